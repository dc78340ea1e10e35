// Guesses what a policy document is for from its shape, the way an engineer reading it would.

import type { Policy, PolicyKind, Statement } from './types.js';
import { isTrustAction } from './validate.js';

/**
 * STS actions that act on the role itself and so belong in its trust policy: the assume-role
 * actions and session tags/identity/context (the Service Authorization Reference lists each with
 * the "role" resource type). A statement that names a principal and allows only these is a trust
 * statement.
 */
const ROLE_SIDE_ACTIONS = new Set(['sts:setcontext']);

function isRoleSideAction(action: string): boolean {
  return isTrustAction(action) || ROLE_SIDE_ACTIONS.has(action.toLowerCase());
}

function hasRoleSideAction(s: Statement): boolean {
  return (s.action ?? []).some(isRoleSideAction);
}

/**
 * A document without principals is an identity policy. (Boundaries and SCPs look like identity
 * policies and cannot be told apart by shape.) With principals, the actions decide: a document
 * where some statement with a principal names an assume-role action is a trust policy, and
 * validation then reports whatever else does not belong there (a permission such as
 * "s3:GetObject" next to "sts:AssumeRole", a Resource element). Otherwise it is a
 * resource-based policy.
 *
 * Until December 2026 any principal without Resource was read as a trust policy, so a bucket
 * policy that forgot Resource got "AssumeRole policy may only specify STS AssumeRole actions"
 * and "lets any principal assume this role". Such a document is now a resource policy, and
 * validation reports the missing Resource, which is the real mistake (Access Analyzer's
 * "Missing resource",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html).
 */
export function guessPolicyKind(policy: Policy): PolicyKind {
  const statements = Array.isArray(policy?.statements) ? policy.statements : [];
  const withPrincipal = statements.filter((s) => s.principal || s.notPrincipal);
  if (withPrincipal.length === 0) return 'identity';
  if (withPrincipal.some(hasRoleSideAction)) return 'trust';
  return 'resource';
}
