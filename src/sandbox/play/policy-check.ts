// What the policy editor shows as the learner types: IAM's own errors and the linter's warnings
// for the text, each at its line and column, from the same engine the sandbox's verbs use.
import { guessPolicyKind, lintPolicy, parsePolicy, type PolicyKind, validatePolicy } from '../../iam/index.js';
import { LEARNER_ACCOUNT } from '../constants.js';

export interface PolicyFinding {
  severity: 'error' | 'warning';
  line: number;
  column: number;
  message: string;
}

export interface PolicyCheck {
  /** The kind the text reads as (a Principal with sts:AssumeRole is a trust policy). */
  kind: PolicyKind | null;
  findings: PolicyFinding[];
}

export function checkPolicyText(text: string): PolicyCheck {
  const parsed = parsePolicy(text);
  if (!parsed.ok)
    return {
      kind: null,
      findings: parsed.errors.map((e) => ({ severity: 'error', line: e.line, column: e.column, message: e.message })),
    };
  const kind = guessPolicyKind(parsed.policy);
  const errors: PolicyFinding[] = validatePolicy(parsed.policy, kind).map((e) => ({
    severity: 'error',
    line: e.line,
    column: e.column,
    message: e.message,
  }));
  const warnings: PolicyFinding[] = lintPolicy(parsed.policy, kind, { account: LEARNER_ACCOUNT }).map((w) => ({
    severity: 'warning',
    line: w.line ?? 1,
    column: w.column ?? 1,
    message: `${w.message} ${w.fix}`,
  }));
  const byPlace = (a: PolicyFinding, b: PolicyFinding) => a.line - b.line || a.column - b.column;
  return { kind, findings: [...errors.sort(byPlace), ...warnings.sort(byPlace)] };
}

/** A new file's text: the shape of a policy, for the learner to fill in. */
export const NEW_POLICY_TEXT = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "",
      "Resource": ""
    }
  ]
}`;
