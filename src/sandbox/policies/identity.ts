// The policies that apply to a principal of the world: a user's or a role's attached managed
// policies and inline policies, and a role's permissions boundary, parsed for the IAM engine.

import { parsePolicyValue, type Policy, type PolicyDocumentJson } from '../../iam/index.js';
import type { IamUser, Role, World } from '../world/types.js';
import { managedPolicyDocument } from './catalogue.js';

function parsed(document: PolicyDocumentJson | undefined): Policy | undefined {
  if (!document) return undefined;
  const result = parsePolicyValue(document);
  return result.ok ? result.policy : undefined;
}

function collect(world: World, attached: string[], inline: Record<string, PolicyDocumentJson>): Policy[] {
  const out: Policy[] = [];
  for (const arn of attached) {
    const p = parsed(managedPolicyDocument(world, arn));
    if (p) out.push(p);
  }
  for (const document of Object.values(inline)) {
    const p = parsed(document);
    if (p) out.push(p);
  }
  return out;
}

export function userIdentityPolicies(world: World, user: IamUser): Policy[] {
  return collect(world, user.attachedPolicyArns, user.inlinePolicies);
}

export function roleIdentityPolicies(world: World, role: Role): Policy[] {
  return collect(world, role.attachedPolicyArns, role.inlinePolicies);
}

export function roleBoundary(world: World, role: Role): Policy | undefined {
  return role.permissionsBoundaryArn ? parsed(managedPolicyDocument(world, role.permissionsBoundaryArn)) : undefined;
}

/** Every permissions policy document of a role (managed documents first, then inline), for checks that read them. */
export function rolePolicyDocuments(world: World, role: Role): Array<{ name: string; document: PolicyDocumentJson }> {
  const out: Array<{ name: string; document: PolicyDocumentJson }> = [];
  for (const arn of role.attachedPolicyArns) {
    const document = managedPolicyDocument(world, arn);
    if (document) out.push({ name: arn, document });
  }
  for (const [name, document] of Object.entries(role.inlinePolicies)) out.push({ name, document });
  return out;
}
