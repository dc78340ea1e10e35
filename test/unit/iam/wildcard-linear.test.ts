// The wildcard matcher against a reference, and the pattern that made the old backtracking RegExp
// take 30 s for one evaluation (review 2026-12-iam, B9). A backtracking matcher would hang this
// file instead of failing it, which is itself the failure; no timing is asserted.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, wildcardMatch } from '../../../src/iam/index.js';
import { ALICE, allow, doc, P } from './helpers.js';

/** Reference: the textbook dynamic programme over (pattern prefix, value prefix). */
function reference(pattern: string, value: string): boolean {
  const m = pattern.length;
  const n = value.length;
  let row = new Array<boolean>(n + 1).fill(false);
  row[0] = true;
  for (let i = 1; i <= m; i++) {
    const next = new Array<boolean>(n + 1).fill(false);
    const p = pattern[i - 1];
    next[0] = p === '*' && row[0]!;
    for (let j = 1; j <= n; j++) {
      if (p === '*') next[j] = row[j]! || next[j - 1]!;
      else next[j] = row[j - 1]! && (p === '?' || p === value[j - 1]);
    }
    row = next;
  }
  return row[n]!;
}

const alphabet = fc.constantFrom('a', 'b', 'A', ':', '/', '.', '$', '(', '\\');
const patternChar = fc.oneof(alphabet, fc.constant('*'), fc.constant('?'));

describe('wildcard matching', () => {
  it('agrees with the reference on random patterns and values', () => {
    fc.assert(
      fc.property(fc.array(patternChar, { maxLength: 14 }), fc.array(alphabet, { maxLength: 14 }), (p, v) => {
        const pattern = p.join('');
        const value = v.join('');
        expect(wildcardMatch(pattern, value, false)).toBe(reference(pattern, value));
      }),
      { numRuns: 3000 },
    );
  });

  it('is case-insensitive for actions when asked, and case-sensitive otherwise', () => {
    fc.assert(
      fc.property(fc.array(patternChar, { maxLength: 10 }), fc.array(alphabet, { maxLength: 10 }), (p, v) => {
        const pattern = p.join('');
        const value = v.join('');
        expect(wildcardMatch(pattern, value, true)).toBe(reference(pattern.toLowerCase(), value.toLowerCase()));
      }),
      { numRuns: 1000 },
    );
  });

  const pathological = `arn:aws:s3:::${'*a'.repeat(30)}b`;
  const name = `arn:aws:s3:::${'a'.repeat(40)}`;

  it('answers the pathological Resource pattern, and the same shape that does match', () => {
    expect(wildcardMatch(pathological, name, false)).toBe(false);
    expect(wildcardMatch(pathological, `${name}b`, false)).toBe(true);
    const request = { principal: { arn: ALICE }, action: 's3:GetObject', resource: name };
    expect(evaluate(request, { identity: [P(doc(allow('s3:GetObject', pathological)))] }).decision).toBe(
      'ImplicitDeny',
    );
  });

  it('answers the same shape in Action and StringLike', () => {
    const action = `s3:${'*a'.repeat(30)}b`;
    const request = { principal: { arn: ALICE }, action: `s3:${'a'.repeat(40)}`, resource: '*' };
    expect(evaluate(request, { identity: [P(doc(allow(action)))] }).decision).toBe('ImplicitDeny');
    const like = P(
      doc(allow('s3:GetObject', '*', { Condition: { StringLike: { 'aws:userid': `${'*a'.repeat(30)}b` } } })),
    );
    const withId = { ...request, action: 's3:GetObject', context: { 'aws:userid': 'a'.repeat(40) } };
    expect(evaluate(withId, { identity: [like] }).decision).toBe('ImplicitDeny');
    const matching = { ...withId, context: { 'aws:userid': `${'a'.repeat(40)}b` } };
    expect(evaluate(matching, { identity: [like] }).decision).toBe('Allow');
  });

  it('keeps a substituted variable literal even when its value holds wildcards', () => {
    const policy = P(doc(allow('s3:GetObject', `arn:aws:s3:::demo/\${aws:username}/*${'*a'.repeat(20)}`)));
    const request = {
      principal: { arn: 'arn:aws:iam::111122223333:user/a*' },
      action: 's3:GetObject',
      resource: `arn:aws:s3:::demo/a*/${'a'.repeat(30)}`,
    };
    expect(evaluate(request, { identity: [policy] }).decision).toBe('Allow');
    expect(
      evaluate({ ...request, resource: `arn:aws:s3:::demo/ab/${'a'.repeat(30)}` }, { identity: [policy] }).decision,
    ).toBe('ImplicitDeny');
  });
});
