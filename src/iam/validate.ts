// Rules that depend on what a policy is for. IAM refuses to save a policy that breaks them, so
// these are errors, not warnings. Messages follow IAM's wording where we know it.

import { escapePointerToken } from './json-with-positions.js';
import { MALFORMED, positionFor } from './parse.js';
import { checkPrincipalValue, principalEntries } from './principal.js';
import type { Policy, PolicyError, PolicyKind, PrincipalSpec, Statement } from './types.js';
import { compileWildcard, hasWildcard } from './wildcard.js';

/** The actions a role trust policy may grant (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html). */
export const TRUST_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  'sts:AssumeRoleWithSAML',
  'sts:TagSession',
  'sts:SetSourceIdentity',
] as const;

const TRUST_ACTIONS_LOWER = new Set<string>(TRUST_ACTIONS.map((a) => a.toLowerCase()));
const ACTION_FORMAT = /^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/;
/** IAM accepts only ASCII letters and digits in a Sid (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html). */
const SID_FORMAT = /^[0-9A-Za-z]*$/;
/**
 * Policies IAM itself stores, where the Sid rules above apply. Resource-based policies belong to
 * their service, which has its own Sid rules (Lambda, for one, accepts "s3-uploads").
 */
const IAM_STORED_KINDS = new Set<PolicyKind>(['identity', 'boundary', 'trust']);

export function isTrustAction(action: string): boolean {
  const lower = action.toLowerCase();
  if (TRUST_ACTIONS_LOWER.has(lower)) return true;
  if (!hasWildcard(action) || !lower.startsWith('sts:')) return false;
  const m = compileWildcard(action, true);
  return TRUST_ACTIONS.some((a) => m(a));
}

function principalPath(statement: Statement, spec: PrincipalSpec): string {
  return `${statement.path}/${statement.principal === spec ? 'Principal' : 'NotPrincipal'}`;
}

export function validatePolicy(policy: Policy, kind: PolicyKind): PolicyError[] {
  const errors: PolicyError[] = [];
  const map = policy?.sourceMap ?? new Map();
  const add = (path: string, message: string, hint?: string): void => {
    const at = positionFor(path, map);
    const e: PolicyError = { code: MALFORMED, message, line: at.line, column: at.column, path };
    if (hint) e.hint = hint;
    errors.push(e);
  };
  const statements = Array.isArray(policy?.statements) ? policy.statements : [];
  const principalKinds = kind === 'trust' || kind === 'resource' || kind === 'rcp';
  const sidsSeen = new Set<string>();

  for (const s of statements) {
    if (IAM_STORED_KINDS.has(kind) && typeof s.sid === 'string') {
      if (!SID_FORMAT.test(s.sid)) {
        add(
          `${s.path}/Sid`,
          'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*',
          `Use only the letters A-Z and a-z and the digits 0-9 (found ${JSON.stringify(s.sid)}); write "ReadReports" rather than "read-reports".`,
        );
      }
      // An empty Sid names nothing; some policy generators write "Sid": "" on every statement.
      if (s.sid !== '' && sidsSeen.has(s.sid)) {
        add(
          `${s.path}/Sid`,
          'Statement IDs (SID) in a single policy must be unique.',
          `Another statement already uses the Sid ${JSON.stringify(s.sid)}; give each statement its own.`,
        );
      }
      sidsSeen.add(s.sid);
    }

    const actions = s.action ?? s.notAction;
    const actionElement = s.action ? 'Action' : 'NotAction';
    if (!actions) add(s.path, 'Policy statement must contain actions.', 'Add "Action": ["service:ActionName"].');
    else if (actions.length === 0) {
      add(
        `${s.path}/${actionElement}`,
        'Policy statement must contain actions.',
        `The ${actionElement} list is empty; name at least one action, e.g. "s3:GetObject".`,
      );
    } else {
      actions.forEach((a, i) => {
        if (a !== '*' && !ACTION_FORMAT.test(a)) {
          add(
            `${s.path}/${actionElement}/${i}`,
            'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
            `Write actions as service:Action, e.g. "s3:GetObject" (found ${JSON.stringify(a)}).`,
          );
        }
      });
    }

    const resources = s.resource ?? s.notResource;
    const resourceElement = s.resource ? 'Resource' : 'NotResource';
    resources?.forEach((r, i) => {
      if (r !== '*' && !r.startsWith('arn:')) {
        add(
          `${s.path}/${resourceElement}/${i}`,
          `Resource ${r} must be in ARN format or "*".`,
          'Resources are ARNs such as "arn:aws:s3:::my-bucket/*".',
        );
      }
    });

    const principal = s.principal ?? s.notPrincipal;
    if (!principalKinds) {
      if (principal) {
        add(
          `${s.path}/${s.principal ? 'Principal' : 'NotPrincipal'}`,
          'Policy document should not specify a principal.',
          kind === 'identity' || kind === 'boundary'
            ? 'An identity-based policy applies to whoever it is attached to; move the principal to a trust or resource policy.'
            : 'Service control policies apply to the accounts they are attached to and cannot name principals.',
        );
      }
      if (!resources)
        add(
          s.path,
          'Policy statement must contain resources.',
          'Add "Resource": "arn:..." (or "*" if the action has no resource).',
        );
      else if (resources.length === 0) {
        add(
          `${s.path}/${resourceElement}`,
          'Policy statement must contain resources.',
          `The ${resourceElement} list is empty; name at least one ARN, or "*".`,
        );
      }
    } else {
      if (kind === 'rcp') {
        // RCP syntax: Principal must be "*" (narrow it with conditions), NotPrincipal is not
        // supported, and Resource is required.
        // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html)
        if (s.notPrincipal)
          add(
            `${s.path}/NotPrincipal`,
            'NotPrincipal is not supported in a resource control policy.',
            'Write "Principal": "*" and narrow it with a condition such as aws:PrincipalOrgID.',
          );
        else if (s.principal && s.principal.kind !== 'any')
          add(
            `${s.path}/Principal`,
            'The Principal element of a resource control policy must be "*".',
            'An RCP covers every caller; narrow it with conditions such as "StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-..."}.',
          );
      }
      if ((kind === 'resource' || kind === 'rcp') && (!resources || resources.length === 0)) {
        // Every policy except a role trust policy needs Resource or NotResource
        // (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-resource).
        add(
          resources ? `${s.path}/${resourceElement}` : s.path,
          'Missing resource: Add a Resource or NotResource element to the policy statement.',
          'A resource-based policy names the resource it covers, e.g. "Resource": "arn:aws:s3:::my-bucket/*" in a bucket policy. Only a role trust policy leaves Resource out, and it allows only sts:AssumeRole and the other STS role actions: if this was meant as a trust policy, permissions such as s3:GetObject belong in the role\'s permissions policy instead.',
        );
      }
      if (!principal) {
        add(
          s.path,
          'Missing required field Principal',
          kind === 'trust'
            ? 'A trust policy names who may assume the role, e.g. "Principal": {"Service": "ec2.amazonaws.com"}.'
            : 'A resource-based policy must name who it applies to.',
        );
      } else if (principal.kind === 'map' && principalEntries(principal).length === 0) {
        // What IAM answers for "Principal": {} or {"AWS": []}.
        add(
          principalPath(s, principal),
          'Invalid principal in policy: The passed in policy has a statement with no principals!',
          'Name at least one principal, e.g. {"Service": "ec2.amazonaws.com"} or {"AWS": "arn:aws:iam::111122223333:root"}; an empty list names nobody.',
        );
      } else {
        for (const entry of principalEntries(principal)) {
          const problem = checkPrincipalValue(entry.type, entry.value);
          if (!problem) continue;
          const base = `${principalPath(s, principal)}/${escapePointerToken(entry.type)}`;
          const raw = principal.kind === 'map' ? principal[entry.type] : undefined;
          // A single string is stored at the type's path, list items under their index.
          const path = raw && raw.length === 1 && !map.has(`${base}/0`) ? base : `${base}/${entry.index}`;
          add(path, problem.message, problem.hint);
        }
      }
    }

    if (kind === 'trust') {
      if (s.notPrincipal) {
        add(
          `${s.path}/NotPrincipal`,
          'NotPrincipal is not supported in a role trust policy.',
          'Name who may assume the role in Principal, and narrow it with conditions.',
        );
      }
      if (resources)
        add(
          `${s.path}/${resourceElement}`,
          `Has prohibited field ${resourceElement}`,
          'A trust policy is attached to the role itself, so it has no Resource element.',
        );
      if (s.notAction) {
        add(
          `${s.path}/NotAction`,
          'AssumeRole policy may only specify STS AssumeRole actions.',
          `Use "Action" with ${TRUST_ACTIONS.join(', ')}.`,
        );
      } else {
        s.action?.forEach((a, i) => {
          if (!isTrustAction(a)) {
            add(
              `${s.path}/Action/${i}`,
              'AssumeRole policy may only specify STS AssumeRole actions.',
              `A trust policy says who may assume the role (${TRUST_ACTIONS.join(', ')}); permissions such as ${JSON.stringify(a)} belong in the role's permissions policies.`,
            );
          }
        });
      }
    }
  }
  return errors;
}
