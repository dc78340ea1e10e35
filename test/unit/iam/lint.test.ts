import { describe, expect, it } from 'vitest';
import { isWriteActionPattern, lintPolicy } from '../../../src/iam/index.js';
import type { LintId, PolicyKind } from '../../../src/iam/index.js';
import { ACCT, allow, doc, OTHER, P, PT, trustAws, trustService } from './helpers.js';

const ids = (document: unknown, kind: PolicyKind, account?: string): LintId[] =>
  lintPolicy(P(document), kind, account !== undefined ? { account } : {}).map((w) => w.id);

describe('lintPolicy', () => {
  it('has nothing to say about a least-privilege policy', () => {
    expect(lintPolicy(P(doc(allow('s3:GetObject', 'arn:aws:s3:::app/*'))), 'identity')).toEqual([]);
    expect(lintPolicy(P(trustService('ec2.amazonaws.com')), 'trust')).toEqual([]);
  });

  it('warns about Action "*" and about write actions on Resource "*"', () => {
    expect(ids(doc(allow('*', '*')), 'identity')).toEqual(['action-star', 'resource-star-write']);
    expect(ids(doc(allow(['s3:PutObject', 's3:GetObject'], '*')), 'identity')).toEqual(['resource-star-write']);
  });

  it('does not warn about read-only actions on "*"', () => {
    expect(ids(doc(allow(['s3:Get*', 's3:List*', 'ec2:Describe*'], '*')), 'identity')).toEqual([]);
  });

  it('warns about iam:PassRole on every role, also through iam:*', () => {
    expect(ids(doc(allow('iam:PassRole', '*')), 'identity')).toContain('passrole-star');
    expect(ids(doc(allow('iam:*', '*')), 'identity')).toContain('passrole-star');
    expect(ids(doc(allow('iam:PassRole', `arn:aws:iam::${ACCT}:role/app-*`)), 'identity')).not.toContain(
      'passrole-star',
    );
  });

  it('warns about iam:PassRole on every role of an account, not only on "*"', () => {
    expect(ids(doc(allow('iam:PassRole', `arn:aws:iam::${ACCT}:role/*`)), 'identity')).toContain('passrole-star');
    expect(ids(doc(allow('iam:PassRole', 'arn:aws:iam::*:role/*')), 'identity')).toContain('passrole-star');
    expect(
      ids(doc(allow('iam:PassRole', [`arn:aws:iam::${ACCT}:role/app-web`, `arn:aws:iam::${ACCT}:*`])), 'identity'),
    ).toContain('passrole-star');
    const [w] = lintPolicy(P(doc(allow('iam:PassRole', `arn:aws:iam::${ACCT}:role/*`))), 'identity').filter(
      (x) => x.id === 'passrole-star',
    );
    expect(w?.message).toContain(`"arn:aws:iam::${ACCT}:role/*"`);
    expect(ids(doc(allow('iam:PassRole', `arn:aws:iam::${ACCT}:role/ecs/*`)), 'identity')).not.toContain(
      'passrole-star',
    );
    expect(ids(doc(allow('s3:GetObject', `arn:aws:iam::${ACCT}:role/*`)), 'identity')).not.toContain('passrole-star');
  });

  it('warns about Allow with NotAction on every resource', () => {
    const notIam = { Version: '2012-10-17', Statement: { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' } };
    expect(ids(notIam, 'identity')).toEqual(['notaction-resource-star']);
    const [w] = lintPolicy(
      PT(
        '{"Version":"2012-10-17","Statement":{"Effect":"Allow",\n"NotAction":["iam:*","organizations:*"],"Resource":"*"}}',
      ),
      'identity',
    );
    expect(w).toMatchObject({ id: 'notaction-resource-star', line: 2, column: 13 });
    expect(w?.message).toContain('iam:*, organizations:*');
    // Scoped to some resources, or as a Deny, it is the documented pattern and not flagged.
    expect(
      ids(
        {
          Version: '2012-10-17',
          Statement: { Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: 'arn:aws:s3:::*' },
        },
        'identity',
      ),
    ).toEqual([]);
    expect(
      ids({ Version: '2012-10-17', Statement: { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' } }, 'identity'),
    ).toEqual([]);
  });

  it('warns about a repeated key at the position of the repeat', () => {
    const text =
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow",\n  "Action":"s3:GetObject",\n  "Action":"s3:PutObject","Resource":"arn:aws:s3:::b/*"}}';
    const warnings = lintPolicy(PT(text), 'identity');
    expect(warnings.map((w) => w.id)).toEqual(['duplicate-key']);
    expect(warnings[0]).toMatchObject({ line: 3, column: 3, path: '/Statement/Action' });
    expect(warnings[0]?.message).toMatch(/^The key "Action" appears more than once in the same object \(\/Statement\)/);
    const condition =
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{\n"StringEquals":{"aws:PrincipalTag/team":"a"},\n"StringEquals":{"aws:RequestedRegion":"eu-west-1"}}}}';
    expect(lintPolicy(PT(condition), 'identity')).toMatchObject([
      { id: 'duplicate-key', line: 3, column: 1, path: '/Statement/Condition/StringEquals' },
    ]);
  });

  it('warns about a cross-account trust without sts:ExternalId', () => {
    expect(ids(trustAws(`arn:aws:iam::${OTHER}:root`), 'trust', ACCT)).toEqual(['cross-account-no-external-id']);
    expect(
      ids(
        trustAws(`arn:aws:iam::${OTHER}:root`, { Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }),
        'trust',
        ACCT,
      ),
    ).toEqual([]);
  });

  it('does not warn about the own account when the account is known', () => {
    expect(ids(trustAws(`arn:aws:iam::${ACCT}:role/Admin`), 'trust', ACCT)).toEqual([]);
  });

  it('phrases the external-ID warning as a question when the account is unknown', () => {
    const [w] = lintPolicy(P(trustAws(OTHER)), 'trust');
    expect(w?.message).toMatch(/^If account 444455556666 belongs to a third party/);
    expect(w?.fix).toMatch(/sts:ExternalId/);
  });

  it('warns about Principal "*" in a trust policy without conditions', () => {
    expect(ids(trustAws('*'), 'trust')).toEqual(['trust-star-no-condition']);
    expect(
      ids({ Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' } }, 'trust'),
    ).toEqual(['trust-star-no-condition']);
    expect(ids(trustAws('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }), 'trust')).toEqual([]);
  });

  it('warns about NotPrincipal with Allow', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', NotPrincipal: { AWS: ACCT }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    };
    expect(ids(policy, 'resource')).toEqual(['notprincipal-allow']);
  });

  it('warns about a missing or old Version', () => {
    expect(ids({ Statement: allow('s3:GetObject', 'arn:aws:s3:::b/*') }, 'identity')).toEqual(['version-missing']);
    expect(ids({ Version: '2008-10-17', Statement: allow('s3:GetObject', 'arn:aws:s3:::b/*') }, 'identity')).toEqual([
      'version-2008',
    ]);
  });

  it('gives every warning a why, a fix and (from text) a position', () => {
    const policy = PT('{"Version":"2012-10-17",\n"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}');
    for (const w of lintPolicy(policy, 'identity')) {
      expect(w.why.length).toBeGreaterThan(20);
      expect(w.fix.length).toBeGreaterThan(10);
      expect(w.line).toBe(2);
    }
  });
});

describe('isWriteActionPattern', () => {
  it.each([
    ['s3:PutObject', true],
    ['s3:Put*', true],
    ['s3:*', true],
    ['*', true],
    ['iam:PassRole', true],
    ['s3:GetObject', false],
    ['ec2:Describe*', false],
    ['dynamodb:BatchGetItem', false],
    ['logs:FilterLogEvents', false],
  ])('%s -> %s', (pattern, write) => {
    expect(isWriteActionPattern(pattern)).toBe(write);
  });
});
