// A resource-based policy that allows everyone ("Principal": "*" or {"AWS": "*"}) with no
// condition that narrows who can call is open to the public: any AWS account, and for most
// services anonymous callers too. Access Analyzer reports such grants as public access
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-resources.html); the keys
// that narrow the caller are listed on the global condition keys page
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).

import { NEGATED_OPERATORS } from '../condition-operators.js';
import type { Statement } from '../types.js';
import { type Findings, statementName } from './report.js';

/** Keys that tie a request to an account, organisation, network or service source. */
const NARROWING_KEYS = new Set(
  [
    'aws:SourceArn',
    'aws:SourceAccount',
    'aws:SourceOwner',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalServiceName',
    'aws:SourceVpce',
    'aws:SourceVpc',
    'aws:SourceVpcArn',
    'aws:SourceIp',
    'aws:VpcSourceIp',
    'aws:VpceAccount',
    'aws:VpceOrgID',
    'aws:VpceOrgPaths',
    'aws:userid',
    'aws:username',
    'kms:CallerAccount',
  ].map((k) => k.toLowerCase()),
);

function narrows(s: Statement): boolean {
  return (s.condition ?? []).some(
    (c) =>
      NARROWING_KEYS.has(c.key.toLowerCase()) &&
      !c.ifExists &&
      c.base !== 'Null' &&
      !(NEGATED_OPERATORS as ReadonlySet<string>).has(c.base) &&
      c.qualifier !== 'ForAllValues',
  );
}

export function checkPublicAccess(s: Statement, findings: Findings): void {
  if (s.effect !== 'Allow' || !s.principal) return;
  const spec = s.principal;
  const everyone = spec.kind === 'any' || (spec.AWS ?? []).includes('*');
  if (!everyone || narrows(s)) return;
  findings.add(
    'resource-policy-public',
    `${s.path}/Principal`,
    `${statementName(s)} makes the resource public: it allows everyone ("*") with no condition that narrows who the caller is.`,
    'Principal "*" covers every AWS account in the world and, for most services, anonymous callers without credentials. Conditions such as aws:SecureTransport do not narrow who can call.',
    'Name the accounts or roles in Principal, or keep "*" and add a condition on the caller, e.g. "StringEquals": {"aws:PrincipalOrgID": "o-exampleorgid"} or {"aws:SourceAccount": "111122223333"} for a service.',
  );
}
