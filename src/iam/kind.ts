// Guesses what a policy document is for from its shape, the way an engineer reading it would.

import type { Policy, PolicyKind } from './types.js';
import { isTrustAction } from './validate.js';

/**
 * Statements that name principals make a trust policy when they leave out Resource (a trust
 * policy is attached to the role, so it has none, and every other policy needs one) or when
 * every action is an STS assume-role action; otherwise a resource-based policy. A document
 * without principals is an identity policy. (Boundaries and SCPs look like identity policies
 * and cannot be told apart by shape.)
 *
 * Reading a principal without Resource as a trust policy whatever its actions is deliberate:
 * permissions pasted into a trust policy ("Action": "s3:GetObject") are the mistake validation
 * must then catch, and it can only do so if the document is judged as a trust policy.
 */
export function guessPolicyKind(policy: Policy): PolicyKind {
  const statements = Array.isArray(policy?.statements) ? policy.statements : [];
  const withPrincipal = statements.filter((s) => s.principal || s.notPrincipal);
  if (withPrincipal.length === 0) return 'identity';
  if (withPrincipal.every((s) => !s.resource && !s.notResource)) return 'trust';
  const actions = withPrincipal.flatMap((s) => s.action ?? []);
  if (actions.length > 0 && actions.every(isTrustAction)) return 'trust';
  return 'resource';
}
