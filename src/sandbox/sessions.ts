// Requests made with a role's temporary credentials: who the caller is (the assumed-role session
// ARN) and what the IAM engine decides, with the role's permissions policies, its boundary and the
// resource's own policy (bucket policy, table policy) if it has one.

import {
  type ContextValue,
  type Decision,
  evaluate,
  type Policy,
  parsePolicyValue,
  type RequestContext,
} from '../iam/index.js';
import { roleBoundary, roleIdentityPolicies } from './policies/identity.js';
import { assumedRoleArn } from './world/arns.js';
import { findBucket, findTableByArn } from './world/lookup.js';
import type { Account, Role, World } from './world/types.js';
import type { PolicyDocumentJson } from '../iam/index.js';

export interface RoleSession {
  account: Account;
  role: Role;
  sessionName: string;
  /** arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION */
  arn: string;
  /** Condition keys the session carries, e.g. ec2:SourceInstanceARN for instance profile credentials. */
  context?: Record<string, ContextValue>;
}

export function roleSession(
  account: Account,
  role: Role,
  sessionName: string,
  context?: Record<string, ContextValue>,
): RoleSession {
  const session: RoleSession = { account, role, sessionName, arn: assumedRoleArn(account.id, role.name, sessionName) };
  if (context) session.context = context;
  return session;
}

export interface ResourcePolicyRef {
  document: PolicyDocumentJson;
  account: string;
  kind: 'bucket policy' | 'table resource policy';
}

/** The account that owns a resource, and its resource-based policy if it has one. */
export function resourceOwner(world: World, resourceArn: string): { account?: string; policy?: ResourcePolicyRef } {
  const s3 = resourceArn.match(/^arn:aws:s3:::([^/]+)/);
  if (s3) {
    const found = findBucket(world, s3[1]!);
    if (!found) return {};
    return found.bucket.policy
      ? {
          account: found.account.id,
          policy: { document: found.bucket.policy, account: found.account.id, kind: 'bucket policy' },
        }
      : { account: found.account.id };
  }
  if (resourceArn.startsWith('arn:aws:dynamodb:')) {
    const found = findTableByArn(world, resourceArn);
    if (found?.table.resourcePolicy)
      return {
        account: found.account.id,
        policy: { document: found.table.resourcePolicy, account: found.account.id, kind: 'table resource policy' },
      };
    if (found) return { account: found.account.id };
  }
  return {};
}

export interface SessionRequest {
  action: string;
  resource: string;
  context?: Record<string, ContextValue>;
}

/** The RCPs attached to a member account of the simulated organisation, parsed. */
export function organizationRcps(world: World, account: string | undefined): Policy[] {
  const org = world.organization;
  if (!org || account === undefined || !org.members.includes(account)) return [];
  return Object.values(org.policies)
    .filter((p) => p.targets.includes(account))
    .flatMap((p) => {
      const parsed = parsePolicyValue(p.document);
      return parsed.ok ? [parsed.policy] : [];
    });
}

export function evaluateForSession(world: World, session: RoleSession, request: SessionRequest): Decision {
  const owner = resourceOwner(world, request.resource);
  const context: Record<string, ContextValue> = { ...(session.context ?? {}), ...(request.context ?? {}) };
  // AWS puts the caller's organisation in every request from a member account.
  const org = world.organization;
  if (org && (org.members.includes(session.account.id) || org.managementAccount === session.account.id))
    context['aws:PrincipalOrgID'] ??= org.id;
  const req: RequestContext = {
    principal: { arn: session.arn, roleArn: session.role.arn, account: session.account.id, type: 'role-session' },
    action: request.action,
    resource: request.resource,
  };
  if (Object.keys(context).length > 0) req.context = context;
  if (owner.account) req.resourceAccount = owner.account;
  const layers: Parameters<typeof evaluate>[1] = { identity: roleIdentityPolicies(world, session.role) };
  const boundary = roleBoundary(world, session.role);
  if (boundary) layers.boundary = boundary;
  if (owner.policy) {
    const parsed = parsePolicyValue(owner.policy.document);
    if (parsed.ok) layers.resource = parsed.policy;
  }
  // Resource control policies of the resource's account (the engine skips services they do not cover).
  const rcps = organizationRcps(world, owner.account);
  if (rcps.length > 0) {
    layers.rcps = rcps;
    if (org) layers.managementAccount = org.managementAccount;
  }
  return evaluate(req, layers, { now: world.now });
}
