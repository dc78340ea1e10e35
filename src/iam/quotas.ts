// IAM's own size quotas, checked the way IAM checks them: characters, not counting white space.
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html, "IAM and AWS STS
// quotas" and "IAM object character limits"): a managed policy 6,144 characters; a role trust
// policy 2,048 by default, adjustable to 4,096; inline policies, all of one identity together,
// 2,048 for a user, 5,120 for a group, 10,240 for a role.

import type { LintWarning, PolicyError, PolicyKind } from './types.js';

export const MANAGED_POLICY_CHARS = 6144;
export const TRUST_POLICY_CHARS = 2048;
export const TRUST_POLICY_CHARS_MAX = 4096;
export const INLINE_USER_CHARS = 2048;
export const INLINE_GROUP_CHARS = 5120;
export const INLINE_ROLE_CHARS = 10240;

/** Characters IAM counts: everything except white space between JSON tokens. */
export function countedCharacters(text: string): number {
  let count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      count++;
      if (c === 92 /* \ */) {
        i++;
        count++;
      } else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
      count++;
    } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) count++;
  }
  return count;
}

const n = (x: number): string => x.toLocaleString('en-US');

export interface SizeFindings {
  errors: PolicyError[];
  warnings: LintWarning[];
}

/** Size errors (IAM would refuse) and warnings (too big for some places a policy can go). */
export function policySizeFindings(text: string, kind: PolicyKind): SizeFindings {
  const size = countedCharacters(text);
  const errors: PolicyError[] = [];
  const warnings: LintWarning[] = [];
  const error = (message: string, hint: string): void => {
    errors.push({ code: 'LimitExceeded', message, line: 1, column: 1, hint });
  };
  if (kind === 'trust' && size > TRUST_POLICY_CHARS) {
    error(
      `Cannot exceed quota for ACLSizePerRole: ${TRUST_POLICY_CHARS}`,
      `The trust policy has ${n(size)} characters (white space not counted). The default quota is ${n(TRUST_POLICY_CHARS)}${size <= TRUST_POLICY_CHARS_MAX ? `; it can be raised to ${n(TRUST_POLICY_CHARS_MAX)} in Service Quotas` : `, and it cannot be raised above ${n(TRUST_POLICY_CHARS_MAX)}`}. Trust an account or a few roles and narrow with conditions instead of listing many principals.`,
    );
  }
  if ((kind === 'identity' || kind === 'boundary') && size > MANAGED_POLICY_CHARS) {
    const asInline =
      size <= INLINE_ROLE_CHARS
        ? ` As an inline policy it could fit a role (${n(INLINE_ROLE_CHARS)} for all its inline policies together), not a user (${n(INLINE_USER_CHARS)}) or group (${n(INLINE_GROUP_CHARS)}).`
        : ` It is also over every inline quota (user ${n(INLINE_USER_CHARS)}, group ${n(INLINE_GROUP_CHARS)}, role ${n(INLINE_ROLE_CHARS)}).`;
    error(
      `Cannot exceed quota for PolicySize: ${MANAGED_POLICY_CHARS}`,
      `The policy has ${n(size)} characters (white space not counted); a managed policy holds at most ${n(MANAGED_POLICY_CHARS)}.${asInline} Split it into several policies, or use wildcards such as "s3:Get*" where they are safe.`,
    );
  } else if (kind === 'identity' && size > INLINE_USER_CHARS) {
    warnings.push({
      id: 'policy-size',
      message: `The policy has ${n(size)} characters (white space not counted): too big to be inline on an IAM user.`,
      why: `IAM counts all inline policies of one identity together: at most ${n(INLINE_USER_CHARS)} characters for a user, ${n(INLINE_GROUP_CHARS)} for a group and ${n(INLINE_ROLE_CHARS)} for a role. A managed policy may have ${n(MANAGED_POLICY_CHARS)}.`,
      fix: 'Attach it as a customer managed policy, or put it on a group or role.',
      line: 1,
      column: 1,
    });
  }
  return { errors, warnings };
}
