// AWS Organizations, as far as resource control policies need it: create an RCP, attach it to an
// account, update its content. The organisation itself appears with the first policy; its
// management account is outside the sandbox, the learner's account is its one member.
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html

import { authorizeProfile } from '../authorize.js';
import { LEARNER_ACCOUNT } from '../constants.js';
import { awsError } from '../errors.js';
import { draftOf } from '../world/create.js';
import type { Organization, World } from '../world/types.js';
import { loadPolicyArgument } from './policy-argument.js';
import { done, failed } from './support.js';
import type { VerbSpec } from './types.js';

export const ORGANIZATION_ID = 'o-exampleorgid';
export const MANAGEMENT_ACCOUNT = '999988887777';

function policyArn(id: string): string {
  return `arn:aws:organizations::${MANAGEMENT_ACCOUNT}:policy/${ORGANIZATION_ID}/resource_control_policy/${id}`;
}

function organizationOf(draft: World): Organization {
  draft.organization ??= {
    id: ORGANIZATION_ID,
    managementAccount: MANAGEMENT_ACCOUNT,
    members: [LEARNER_ACCOUNT],
    policies: {},
  };
  return draft.organization;
}

const noSuchPolicy = (id: string) =>
  awsError('PolicyNotFoundException', `We can't find a policy with the PolicyId that you specified: ${id}.`);

export const createOrganizationsPolicy: VerbSpec<'organizations create-policy'> = {
  verb: 'organizations create-policy',
  operation: 'CreatePolicy',
  summary: 'Create a resource control policy (RCP) in the organisation.',
  mutates: true,
  params: [
    { flag: '--name', key: 'name', kind: 'string', required: true },
    { flag: '--type', key: 'type', kind: 'string', required: true, choices: ['RESOURCE_CONTROL_POLICY'] },
    { flag: '--content', key: 'content', kind: 'document', required: true },
    { flag: '--description', key: 'description', kind: 'string' },
  ],
  run(world, input, ctx) {
    const denied = authorizeProfile(world, ctx.profile, { action: 'organizations:CreatePolicy', resource: '*' }, 'iam');
    if (denied) return failed(denied);
    const policy = loadPolicyArgument(world, '--content', input.content, 'rcp', 'iam');
    if (!policy.ok) return failed(policy.error);
    const draft = draftOf(world);
    const org = organizationOf(draft);
    const id = `p-${String(Object.keys(org.policies).length + 1).padStart(8, '0')}`;
    org.policies[id] = { id, name: input.name, document: policy.json, targets: [] };
    return done(draft, {
      Policy: { PolicySummary: { Id: id, Arn: policyArn(id), Name: input.name, Type: 'RESOURCE_CONTROL_POLICY' } },
    });
  },
};

export const attachOrganizationsPolicy: VerbSpec<'organizations attach-policy'> = {
  verb: 'organizations attach-policy',
  operation: 'AttachPolicy',
  summary: 'Attach an organisation policy to an account.',
  mutates: true,
  params: [
    { flag: '--policy-id', key: 'policyId', kind: 'string', required: true },
    { flag: '--target-id', key: 'targetId', kind: 'string', required: true },
  ],
  run(world, input, ctx) {
    const denied = authorizeProfile(world, ctx.profile, { action: 'organizations:AttachPolicy', resource: '*' }, 'iam');
    if (denied) return failed(denied);
    const policy = world.organization?.policies[input.policyId];
    if (!policy) return failed(noSuchPolicy(input.policyId));
    if (!world.organization?.members.includes(input.targetId))
      return failed(
        awsError(
          'TargetNotFoundException',
          `We can't find a root, OU, account, or email with the TargetId that you specified: ${input.targetId}.`,
        ),
      );
    if (policy.targets.includes(input.targetId))
      return failed(
        awsError(
          'DuplicatePolicyAttachmentException',
          'The selected policy is already attached to the specified target.',
        ),
      );
    const draft = draftOf(world);
    organizationOf(draft).policies[input.policyId]!.targets.push(input.targetId);
    return done(draft);
  },
};

export const updateOrganizationsPolicy: VerbSpec<'organizations update-policy'> = {
  verb: 'organizations update-policy',
  operation: 'UpdatePolicy',
  summary: "Replace an organisation policy's content.",
  mutates: true,
  params: [
    { flag: '--policy-id', key: 'policyId', kind: 'string', required: true },
    { flag: '--content', key: 'content', kind: 'document', required: true },
  ],
  run(world, input, ctx) {
    const denied = authorizeProfile(world, ctx.profile, { action: 'organizations:UpdatePolicy', resource: '*' }, 'iam');
    if (denied) return failed(denied);
    const existing = world.organization?.policies[input.policyId];
    if (!existing) return failed(noSuchPolicy(input.policyId));
    const policy = loadPolicyArgument(world, '--content', input.content, 'rcp', 'iam');
    if (!policy.ok) return failed(policy.error);
    const draft = draftOf(world);
    organizationOf(draft).policies[input.policyId]!.document = policy.json;
    return done(draft, {
      Policy: {
        PolicySummary: {
          Id: existing.id,
          Arn: policyArn(existing.id),
          Name: existing.name,
          Type: 'RESOURCE_CONTROL_POLICY',
        },
      },
    });
  },
};
