// Where a policy ARN's document comes from: the IAM engine's catalogue of AWS managed policies
// (plus AdministratorAccess, which the sandbox's users start with) or a customer managed policy
// in one of the world's accounts.

import { type ManagedPolicy, managedPolicies, type PolicyDocumentJson } from '../../iam/index.js';
import { ADMINISTRATOR_ACCESS_ARN } from '../constants.js';
import type { World } from '../world/types.js';

/** AdministratorAccess as AWS publishes it: every action on every resource. */
const ADMINISTRATOR_ACCESS: ManagedPolicy = {
  arn: ADMINISTRATOR_ACCESS_ARN,
  description: 'Full access to every AWS service and resource.',
  version: 'v1',
  docs: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html',
  document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
};

/** Every AWS managed policy the sandbox knows, by ARN. */
export function awsManagedPolicies(): ManagedPolicy[] {
  return [ADMINISTRATOR_ACCESS, ...Object.values(managedPolicies)];
}

export function isAwsManagedArn(arn: string): boolean {
  return arn.startsWith('arn:aws:iam::aws:policy/');
}

/** The document behind a managed policy ARN, or undefined when no such policy exists. */
export function managedPolicyDocument(world: World, arn: string): PolicyDocumentJson | undefined {
  if (isAwsManagedArn(arn)) return awsManagedPolicies().find((p) => p.arn === arn)?.document;
  for (const account of Object.values(world.accounts)) {
    const policy = account.policies[arn];
    if (policy) return policy.document;
  }
  return undefined;
}
