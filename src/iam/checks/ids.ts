// Names of the checks that follow IAM Access Analyzer policy validation and Parliament
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html).
// Each appears as the id of a LintWarning.

export type CheckId =
  | 'unknown-service'
  | 'unknown-action'
  | 'action-resource-mismatch'
  | 'condition-type-mismatch'
  | 'wildcard-without-like'
  | 'set-operator-single-valued'
  | 'forallvalues-allow'
  | 'unknown-global-condition-key'
  | 'unknown-service-condition-key'
  | 'condition-key-not-for-action'
  | 'resource-policy-public';
