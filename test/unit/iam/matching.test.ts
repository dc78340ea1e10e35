// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are literal ${...} text in these fixtures
// The small matchers the evaluator is built from: wildcards, CIDR ranges, policy variables.

import { describe, expect, it } from 'vitest';
import { wildcardMatch } from '../../../src/iam/index.js';
import { ipInCidr } from '../../../src/iam/ip.js';
import { compileWithVariables, substituteVariables } from '../../../src/iam/variables.js';

describe('wildcardMatch', () => {
  it.each([
    ['s3:Get*', 's3:GetObject', true, true],
    ['s3:Get*', 'S3:GETOBJECT', true, true],
    ['s3:Get*', 'S3:GETOBJECT', false, false],
    ['s3:Get?bject', 's3:GetObject', false, true],
    ['s3:Get?bject', 's3:GetOObject', false, false],
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/', false, true],
    ['arn:aws:s3:::b/*.txt', 'arn:aws:s3:::b/a/b.txt', false, true],
    ['a.b', 'aXb', false, false],
    ['(x)+', '(x)+', false, true],
    ['*', '', false, true],
  ])('%s vs %s (ignore case %s) -> %s', (pattern, value, ignoreCase, expected) => {
    expect(wildcardMatch(pattern, value, ignoreCase)).toBe(expected);
  });
});

describe('ipInCidr', () => {
  it.each([
    ['10.1.2.3', '10.0.0.0/8', true],
    ['11.1.2.3', '10.0.0.0/8', false],
    ['192.0.2.1', '192.0.2.1', true],
    ['192.0.2.1', '192.0.2.1/32', true],
    ['192.0.2.2', '192.0.2.1/32', false],
    ['0.0.0.1', '0.0.0.0/0', true],
    ['2001:db8::1', '2001:db8::/32', true],
    ['2001:db9::1', '2001:db8::/32', false],
    ['::ffff:192.0.2.1', '::ffff:192.0.2.0/120', true],
    ['not-an-ip', '10.0.0.0/8', false],
    ['10.0.0.1', '10.0.0.0/33', false],
    ['256.0.0.1', '0.0.0.0/0', false],
  ])('%s in %s -> %s', (ip, cidr, expected) => {
    expect(ipInCidr(ip, cidr)).toBe(expected);
  });
});

describe('policy variables', () => {
  const lookup = (key: string) => ({ 'aws:username': 'alice', 'aws:principaltag/team': 'data' })[key.toLowerCase()];

  it('substitutes keys case-insensitively and applies defaults', () => {
    expect(substituteVariables('home/${aws:username}/', lookup)).toBe('home/alice/');
    expect(substituteVariables('${AWS:PrincipalTag/team}', lookup)).toBe('data');
    expect(substituteVariables("${aws:userid, 'nobody'}", lookup)).toBe('nobody');
    expect(substituteVariables("${aws:userid, 'it''s'}", lookup)).toBe("it's");
    expect(substituteVariables('${aws:userid}', lookup)).toBeUndefined();
    expect(substituteVariables('${*}${?}${$}', lookup)).toBe('*?$');
  });

  it('keeps substituted text literal when matching wildcards', () => {
    const m = compileWithVariables('arn:aws:s3:::b/${aws:username}/*', lookup, false);
    expect(m?.('arn:aws:s3:::b/alice/file')).toBe(true);
    expect(m?.('arn:aws:s3:::b/bob/file')).toBe(false);
    const literal = compileWithVariables('arn:aws:s3:::b/${*}/${aws:username}', lookup, false);
    expect(literal?.('arn:aws:s3:::b/*/alice')).toBe(true);
    expect(literal?.('arn:aws:s3:::b/x/alice')).toBe(false);
    expect(compileWithVariables('${aws:userid}/*', lookup, false)).toBeUndefined();
  });
});
