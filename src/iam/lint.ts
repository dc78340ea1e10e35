// Warnings about policies IAM accepts but a careful engineer would not write. Each warning says
// why it matters and how to fix it.

import { ACCOUNT_ID, parseArn } from './arn.js';
import { policyChecks } from './checks/index.js';
import { positionFor } from './parse.js';
import { checkPrincipalValue } from './principal.js';
import type { LintId, LintWarning, Policy, PolicyKind, Statement } from './types.js';
import { compileWildcard } from './wildcard.js';

export interface LintOptions {
  /** The account the policy lives in; lets the cross-account check tell "other account" from "own account". */
  account?: string;
}

const READ_VERBS =
  /^(get|list|describe|head|view|read|query|scan|batchget|batchcheck|search|select|lookup|check|filter|test|validate)/i;

/** True when an action pattern can cover an action that changes something. */
export function isWriteActionPattern(pattern: string): boolean {
  if (pattern === '*') return true;
  const name = pattern.slice(pattern.indexOf(':') + 1);
  if (name === '' || name.startsWith('*') || name.startsWith('?')) return true;
  return !READ_VERBS.test(name);
}

function hasCondition(s: Statement, keyLower: string): boolean {
  return (s.condition ?? []).some((c) => c.key.toLowerCase() === keyLower);
}

/**
 * True when a Resource pattern covers every IAM role of an account (or of every account), such as
 * "arn:aws:iam::111122223333:role/*". Tested against two role ARNs nobody would name on purpose,
 * one of them with a path: a pattern that matches both matches any role.
 */
export function coversEveryRole(pattern: string): boolean {
  if (pattern === '*') return true;
  const parts = pattern.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return false;
  const fill = (part: string | undefined, fallback: string): string =>
    part === undefined || part === '' || /[*?]/.test(part) ? fallback : part;
  const partition = fill(parts[1], 'aws');
  const account = fill(parts[4], '111122223333');
  const match = compileWildcard(pattern, false);
  return (
    match(`arn:${partition}:iam::${account}:role/iam-tutor-any-role-7q3x`) &&
    match(`arn:${partition}:iam::${account}:role/some/path/Zz9-admin`)
  );
}

export function lintPolicy(policy: Policy, kind: PolicyKind, options: LintOptions = {}): LintWarning[] {
  const warnings: LintWarning[] = [];
  const map = policy?.sourceMap ?? new Map();
  const warn = (id: LintId, path: string | undefined, message: string, why: string, fix: string): void => {
    const w: LintWarning = { id, message, why, fix };
    if (path !== undefined) {
      const at = positionFor(path, map);
      w.line = at.line;
      w.column = at.column;
      w.path = path;
    }
    warnings.push(w);
  };

  // Repeated keys: the parser keeps the last value and drops the others without a word.
  for (const d of Array.isArray(policy?.duplicateKeys) ? policy.duplicateKeys : []) {
    const where = d.path.slice(0, d.path.lastIndexOf('/')) || 'the top level';
    warnings.push({
      id: 'duplicate-key',
      message: `The key ${JSON.stringify(d.key)} appears more than once in the same object (${where}); iam-tutor reads only the last one.`,
      why: 'JSON does not define what a repeated key means. Most readers, this one included, keep the last value and silently drop the earlier ones, so the policy does not do what the text appears to say.',
      fix: `Merge the values into a single ${JSON.stringify(d.key)}, e.g. one list with every action.`,
      line: d.line,
      column: d.column,
      path: d.path,
    });
  }

  if (policy?.version === undefined) {
    warn(
      'version-missing',
      undefined,
      'The policy has no Version element.',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal IAM policy variable, not a template
      'Without "Version": "2012-10-17" IAM reads the policy with the 2008 rules, where policy variables such as ${aws:username} are plain text.',
      'Add "Version": "2012-10-17" at the top of the document.',
    );
  } else if (policy.version === '2008-10-17') {
    warn(
      'version-2008',
      '/Version',
      'The policy uses the old language version 2008-10-17.',
      'The 2008 language predates policy variables and some newer features.',
      'Use "Version": "2012-10-17".',
    );
  }

  const permissionKinds = kind === 'identity' || kind === 'boundary' || kind === 'resource';
  const statements = Array.isArray(policy?.statements) ? policy.statements : [];
  for (const s of statements) {
    if (s.effect !== 'Allow') {
      continue;
    }
    const actions = s.action ?? [];
    const resourceStar = (s.resource ?? []).includes('*');

    if (permissionKinds && actions.includes('*')) {
      warn(
        'action-star',
        `${s.path}/Action`,
        `Statement ${s.sid ?? `#${s.index + 1}`} allows every action ("Action": "*").`,
        'Every action includes deleting data, changing IAM and turning off logging; one leaked credential could do all of it.',
        'List the actions the workload calls, e.g. "s3:GetObject", and add more when something fails.',
      );
    }
    if (permissionKinds && resourceStar) {
      const writes = actions.filter((a) => a !== '*' && isWriteActionPattern(a));
      if (writes.length > 0 || actions.includes('*')) {
        warn(
          'resource-star-write',
          `${s.path}/Resource`,
          `Statement ${s.sid ?? `#${s.index + 1}`} allows write actions (${(writes.length > 0 ? writes : ['*']).slice(0, 3).join(', ')}) on every resource ("Resource": "*").`,
          'A write action on "*" reaches every bucket, table or queue in the account, not just the one the workload owns.',
          'Name the resources in ARNs, e.g. "arn:aws:s3:::my-app-bucket/*".',
        );
      }
    }
    // Access Analyzer's "Pass role with star in resource" and "Pass role with NotResource"
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html).
    const everyRole = resourceStar ? '*' : s.notResource ? 'NotResource' : (s.resource ?? []).find(coversEveryRole);
    if (
      permissionKinds &&
      everyRole !== undefined &&
      actions.some((a) => a !== '*' && compileWildcard(a, true)('iam:PassRole'))
    ) {
      warn(
        'passrole-star',
        `${s.path}/${everyRole === 'NotResource' ? 'NotResource' : 'Resource'}`,
        everyRole === 'NotResource'
          ? `Statement ${s.sid ?? `#${s.index + 1}`} allows iam:PassRole on every role except those in NotResource.`
          : `Statement ${s.sid ?? `#${s.index + 1}`} allows iam:PassRole on every role${everyRole === '*' ? '' : ` (${JSON.stringify(everyRole)})`}.`,
        'Whoever holds this can hand any role, including an administrator role, to an EC2 instance or Lambda function they control and act with its permissions.',
        'Limit Resource to the role ARNs the workload passes, and add the iam:PassedToService condition.',
      );
    }
    if (permissionKinds && s.notAction && resourceStar) {
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
      const excluded = s.notAction.slice(0, 3).join(', ') + (s.notAction.length > 3 ? ', ...' : '');
      warn(
        'notaction-resource-star',
        `${s.path}/NotAction`,
        `Statement ${s.sid ?? `#${s.index + 1}`} allows every action except ${excluded || 'none'} on every resource (Allow with NotAction and "Resource": "*").`,
        'Allow with NotAction grants everything not listed: every other service, and actions AWS adds later. With "Resource": "*" that is close to administrator access.',
        'List the actions the workload needs in Action instead. To forbid the listed actions, use a Deny statement with Action.',
      );
    }

    if (s.notPrincipal) {
      warn(
        'notprincipal-allow',
        `${s.path}/NotPrincipal`,
        `Statement ${s.sid ?? `#${s.index + 1}`} combines NotPrincipal with Allow.`,
        'Allow with NotPrincipal grants access to everyone not listed, including anonymous callers and every other account.',
        'Name the principals to allow in Principal instead, or use a Deny statement with a condition on aws:PrincipalArn.',
      );
    }

    if (kind === 'trust' && s.principal) {
      const spec = s.principal;
      const everyone = spec.kind === 'any' || (spec.AWS ?? []).includes('*');
      if (everyone && (s.condition ?? []).length === 0) {
        warn(
          'trust-star-no-condition',
          `${s.path}/Principal`,
          `Statement ${s.sid ?? `#${s.index + 1}`} lets any AWS principal in any account assume this role.`,
          'With "*" and no condition, anyone with an AWS account who learns the role ARN can obtain its credentials.',
          'Name the trusted account, role or service in Principal, or at least add a condition such as aws:PrincipalOrgID.',
        );
      }
      if (spec.kind === 'map' && !hasCondition(s, 'sts:externalid')) {
        for (const value of spec.AWS ?? []) {
          // Values IAM would refuse are reported by validation; linting them too would only add noise.
          if (checkPrincipalValue('AWS', value)) continue;
          const account = ACCOUNT_ID.test(value) ? value : parseArn(value)?.account;
          if (!account || !ACCOUNT_ID.test(account)) continue;
          if (options.account !== undefined && account === options.account) continue;
          warn(
            'cross-account-no-external-id',
            `${s.path}/Principal`,
            options.account !== undefined
              ? `Account ${account} is another account and the statement has no sts:ExternalId condition.`
              : `If account ${account} belongs to a third party (a vendor or SaaS), the statement has no sts:ExternalId condition.`,
            'A third party that serves many customers can be tricked into using your role for someone else (the confused deputy problem); the external ID ties each customer to its own role.',
            'Add "Condition": {"StringEquals": {"sts:ExternalId": "<id the third party gave you>"}}.',
          );
          break;
        }
      }
    }
  }
  // The checks that need the service authorization data (unknown actions, condition key types ...).
  warnings.push(...policyChecks(policy, kind));
  return warnings;
}
