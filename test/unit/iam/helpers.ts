// Shared builders for IAM tests: short names for accounts and ARNs, and policy documents built
// from statements so table rows stay one line where possible.

import { parsePolicy, parsePolicyValue } from '../../../src/iam/index.js';
import type { Policy, PolicyDocumentJson, PolicyStatementJson } from '../../../src/iam/index.js';

export const ACCT = '111122223333';
export const OTHER = '444455556666';
export const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
export const BOB_OTHER = `arn:aws:iam::${OTHER}:user/bob`;
export const APP_ROLE = `arn:aws:iam::${ACCT}:role/AppRole`;
export const APP_SESSION = `arn:aws:sts::${ACCT}:assumed-role/AppRole/i-0abc1234def567890`;
export const OTHER_ROLE_SESSION = `arn:aws:sts::${OTHER}:assumed-role/Deployer/ci`;
export const BUCKET = 'arn:aws:s3:::demo-bucket';
export const OBJECT = 'arn:aws:s3:::demo-bucket/reports/q1.csv';
export const TABLE = `arn:aws:dynamodb:us-east-1:${ACCT}:table/Orders`;
export const INSTANCE = `arn:aws:ec2:us-east-1:${ACCT}:instance/i-0abc1234def567890`;

export type Doc = PolicyDocumentJson;

export function doc(...statements: PolicyStatementJson[]): Doc {
  return { Version: '2012-10-17', Statement: statements };
}

export function allow(
  action: string | string[],
  resource: string | string[] = '*',
  extra: Partial<PolicyStatementJson> = {},
): PolicyStatementJson {
  return { Effect: 'Allow', Action: action, Resource: resource, ...extra };
}

export function deny(
  action: string | string[],
  resource: string | string[] = '*',
  extra: Partial<PolicyStatementJson> = {},
): PolicyStatementJson {
  return { Effect: 'Deny', Action: action, Resource: resource, ...extra };
}

/** Parses a document and fails the test loudly if it does not parse. */
export function P(document: unknown): Policy {
  const parsed = parsePolicyValue(document);
  if (!parsed.ok) throw new Error(`test policy does not parse: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.policy;
}

export function PT(text: string): Policy {
  const parsed = parsePolicy(text);
  if (!parsed.ok) throw new Error(`test policy does not parse: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.policy;
}

export const trustService = (service: string, extra: Partial<PolicyStatementJson> = {}): Doc =>
  doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole', ...extra });

export const trustAws = (principal: string | string[], extra: Partial<PolicyStatementJson> = {}): Doc =>
  doc({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole', ...extra });
