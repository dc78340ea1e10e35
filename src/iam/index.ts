// Public surface of the IAM engine. Everything else in src/iam is an implementation detail.

export { type AssumeRoleCaller, type AssumeRoleInput, canAssumeRole } from './assume-role.js';
export { describeCondition, describePrincipal, describeStatement } from './describe.js';
export { type EvaluateOptions, evaluate } from './evaluate.js';
export {
  type ExplainedStatement,
  type ExplainOptions,
  type ExplainResult,
  explainExitCode,
  explainPolicy,
  explainToJson,
  formatExplain,
} from './explain.js';
export { guessPolicyKind } from './kind.js';
export { isWriteActionPattern, type LintOptions, lintPolicy } from './lint.js';
export { type ManagedPolicy, managedPolicies } from './managed-policies.js';
export { MALFORMED, parsePolicy, parsePolicyValue } from './parse.js';
export { checkPrincipalValue } from './principal.js';
export { countedCharacters, policySizeFindings } from './quotas.js';
export type * from './types.js';
export { isTrustAction, TRUST_ACTIONS, validatePolicy } from './validate.js';
export { wildcardMatch } from './wildcard.js';
