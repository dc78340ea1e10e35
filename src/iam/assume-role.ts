// Can this caller assume this role? The role's trust policy must allow the caller. A caller in
// another account also needs its own identity-based policy to allow sts:AssumeRole on the role,
// and so does a caller in the same account when the trust policy names only the account.
// Services (ec2.amazonaws.com obtaining credentials for an instance profile's role) are judged
// by the trust policy alone.
//
// References: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html

import { type EvaluateOptions, evaluate } from './evaluate.js';
import { parsePolicyValue } from './parse.js';
import type { ContextValue, Decision, Policy, RequestContext } from './types.js';
import { validatePolicy } from './validate.js';

export type AssumeRoleCaller =
  | { service: string }
  | { webIdentityProvider: string }
  | {
      /** The caller's ARN: an IAM user, a role session, or an account root. */
      arn: string;
      account?: string;
      /** For role sessions whose role has a path. */
      roleArn?: string;
      identityPolicies?: Policy[];
      boundary?: Policy;
      scps?: Policy[];
      sessionPolicies?: Policy[];
    };

export interface AssumeRoleInput {
  role: { arn: string; trustPolicy: Policy | unknown };
  caller: AssumeRoleCaller;
  /** Defaults to sts:AssumeRole, or sts:AssumeRoleWithWebIdentity for web identity callers. */
  action?: string;
  context?: Readonly<Record<string, ContextValue>>;
  /** When the request happens, epoch milliseconds (default: Date.now()); see EvaluateOptions.now. */
  now?: number;
}

function toPolicy(value: unknown): { policy?: Policy; error?: string } {
  if (typeof value === 'object' && value !== null && Array.isArray((value as Policy).statements))
    return { policy: value as Policy };
  const parsed = parsePolicyValue(value);
  return parsed.ok ? { policy: parsed.policy } : { error: parsed.errors.map((e) => e.message).join('; ') };
}

export function canAssumeRole(input: AssumeRoleInput): Decision {
  try {
    const { role, caller } = input;
    const trust = toPolicy(role?.trustPolicy);
    if (!trust.policy) {
      return {
        decision: 'ImplicitDeny',
        trace: [{ kind: 'note', step: 'trust', message: `the trust policy cannot be read: ${trust.error}` }],
        summary: 'Implicitly denied: the role has no readable trust policy, so nobody can assume it.',
      };
    }
    const errors = validatePolicy(trust.policy, 'trust');
    if (errors.length > 0) {
      return {
        decision: 'ImplicitDeny',
        trace: errors.map((e) => ({
          kind: 'note' as const,
          step: 'trust' as const,
          message: `${e.code}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`,
        })),
        summary: `Implicitly denied: IAM would reject this trust policy (${errors[0]?.message}), so the role could never be assumed with it.`,
        errors,
      };
    }

    const context = input.context;
    const options: EvaluateOptions = { resourceMustAllow: true };
    if (input.now !== undefined) options.now = input.now;
    let request: RequestContext;
    if ('service' in caller) {
      request = {
        principal: { arn: caller.service, type: 'service' },
        action: input.action ?? 'sts:AssumeRole',
        resource: role.arn,
      };
      if (context) request.context = context;
      return evaluate(request, { identity: [], resource: trust.policy }, options);
    }
    if ('webIdentityProvider' in caller) {
      request = {
        principal: { arn: caller.webIdentityProvider, type: 'web-identity' },
        action: input.action ?? 'sts:AssumeRoleWithWebIdentity',
        resource: role.arn,
      };
      if (context) request.context = context;
      return evaluate(request, { identity: [], resource: trust.policy }, options);
    }
    const principal: RequestContext['principal'] = { arn: caller.arn };
    if (caller.account) principal.account = caller.account;
    if (caller.roleArn) principal.roleArn = caller.roleArn;
    request = { principal, action: input.action ?? 'sts:AssumeRole', resource: role.arn };
    if (context) request.context = context;
    const layers: Parameters<typeof evaluate>[1] = { identity: caller.identityPolicies ?? [], resource: trust.policy };
    if (caller.boundary) layers.boundary = caller.boundary;
    if (caller.scps) layers.scps = caller.scps;
    if (caller.sessionPolicies) layers.sessionPolicies = caller.sessionPolicies;
    return evaluate(request, layers, options);
  } catch (e) {
    return {
      decision: 'ImplicitDeny',
      trace: [
        {
          kind: 'note',
          step: 'input',
          message: `could not evaluate the assume-role request (${e instanceof Error ? e.message : String(e)})`,
        },
      ],
      summary: 'Implicitly denied: the assume-role request could not be evaluated.',
    };
  }
}
