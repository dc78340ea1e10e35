// Guesses what a policy document is for from its shape, the way an engineer reading it would.

import type { Policy, PolicyKind } from './types.js';
import { isTrustAction } from './validate.js';

/**
 * Statements that name principals make a trust policy when every action is an STS assume-role
 * action, else a resource-based policy; a document without principals is an identity policy.
 * (Boundaries and SCPs look like identity policies and cannot be told apart by shape.)
 */
export function guessPolicyKind(policy: Policy): PolicyKind {
  const statements = Array.isArray(policy?.statements) ? policy.statements : [];
  const withPrincipal = statements.filter((s) => s.principal || s.notPrincipal);
  if (withPrincipal.length === 0) return 'identity';
  const actions = withPrincipal.flatMap((s) => s.action ?? []);
  const noResources = withPrincipal.every((s) => !s.resource && !s.notResource);
  if (actions.length > 0 && actions.every(isTrustAction)) return 'trust';
  // A principal with no Resource at all is how trust policies are written even when the action is wrong.
  if (noResources && actions.some((a) => a.toLowerCase().startsWith('sts:'))) return 'trust';
  return 'resource';
}
