// Instance profile associations on running instances: one association per instance; replace it
// to change the role without a gap; disassociate to take it away.
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateIamInstanceProfile.html
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReplaceIamInstanceProfileAssociation.html

import { authorizeProfile } from '../authorize.js';
import { type AwsError, awsError } from '../errors.js';
import { newId } from '../ids.js';
import { instanceArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import type { Account, Instance } from '../world/types.js';
import { resolveInstanceProfile } from './ec2-profile-argument.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

const PROFILE_FIELDS = { Name: 'string', Arn: 'string' } as const;

function noSuchInstance(id: string): AwsError {
  return awsError('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`);
}

function noSuchAssociation(id: string): AwsError {
  return awsError('InvalidAssociationID.NotFound', `The association ID '${id}' does not exist`);
}

function findAssociation(account: Account, associationId: string): Instance | undefined {
  return Object.values(account.instances).find((i) => i.association?.associationId === associationId);
}

function profileIdOf(account: Account, arn: string): string {
  return Object.values(account.instanceProfiles).find((p) => p.arn === arn)?.instanceProfileId ?? '';
}

function associationOutput(account: Account, instance: Instance, state: string) {
  const a = instance.association!;
  return {
    AssociationId: a.associationId,
    InstanceId: instance.instanceId,
    IamInstanceProfile: { Arn: a.instanceProfileArn, Id: profileIdOf(account, a.instanceProfileArn) },
    State: state,
  };
}

export const associateIamInstanceProfile: VerbSpec<'ec2 associate-iam-instance-profile'> = {
  verb: 'ec2 associate-iam-instance-profile',
  operation: 'AssociateIamInstanceProfile',
  summary: 'Give a running instance an instance profile.',
  mutates: true,
  params: [
    { flag: '--instance-id', key: 'instanceId', kind: 'string', required: true },
    {
      flag: '--iam-instance-profile',
      key: 'iamInstanceProfile',
      kind: 'structure',
      required: true,
      fields: PROFILE_FIELDS,
    },
  ],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'ec2:AssociateIamInstanceProfile', resource: instanceArn(account.id, input.instanceId) },
      'ec2',
    );
    if (denied) return failed(denied);
    const instance = account.instances[input.instanceId];
    if (!instance) return failed(noSuchInstance(input.instanceId));
    if (instance.association) {
      return failed(
        awsError('IncorrectState', `There is an existing association for instance ${instance.instanceId}`, {
          hint: `An instance has at most one instance profile. Use replace-iam-instance-profile-association --association-id ${instance.association.associationId} to swap it.`,
        }),
      );
    }
    return associateProfile(world, ctx, instance.instanceId, input.iamInstanceProfile);
  },
};

export const replaceIamInstanceProfileAssociation: VerbSpec<'ec2 replace-iam-instance-profile-association'> = {
  verb: 'ec2 replace-iam-instance-profile-association',
  operation: 'ReplaceIamInstanceProfileAssociation',
  summary: "Swap a running instance's instance profile for another.",
  mutates: true,
  params: [
    { flag: '--association-id', key: 'associationId', kind: 'string', required: true },
    {
      flag: '--iam-instance-profile',
      key: 'iamInstanceProfile',
      kind: 'structure',
      required: true,
      fields: PROFILE_FIELDS,
    },
  ],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const instance = findAssociation(account, input.associationId);
    const denied = authorizeProfile(
      world,
      ctx.profile,
      {
        action: 'ec2:ReplaceIamInstanceProfileAssociation',
        resource: instanceArn(account.id, instance?.instanceId ?? '*'),
      },
      'ec2',
    );
    if (denied) return failed(denied);
    if (!instance) return failed(noSuchAssociation(input.associationId));
    // A replacement is a new association with a new id; EC2 obtains credentials for the new role from now on.
    return associateProfile(world, ctx, instance.instanceId, input.iamInstanceProfile);
  },
};

export const disassociateIamInstanceProfile: VerbSpec<'ec2 disassociate-iam-instance-profile'> = {
  verb: 'ec2 disassociate-iam-instance-profile',
  operation: 'DisassociateIamInstanceProfile',
  summary: 'Take the instance profile away from an instance.',
  mutates: true,
  params: [{ flag: '--association-id', key: 'associationId', kind: 'string', required: true }],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const instance = findAssociation(account, input.associationId);
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'ec2:DisassociateIamInstanceProfile', resource: instanceArn(account.id, instance?.instanceId ?? '*') },
      'ec2',
    );
    if (denied) return failed(denied);
    if (!instance) return failed(noSuchAssociation(input.associationId));
    const output = { IamInstanceProfileAssociation: associationOutput(account, instance, 'disassociating') };
    const draft = draftOf(world);
    delete profileAccount(draft, ctx).instances[instance.instanceId]!.association;
    return done(draft, output);
  },
};

export const describeIamInstanceProfileAssociations: VerbSpec<'ec2 describe-iam-instance-profile-associations'> = {
  verb: 'ec2 describe-iam-instance-profile-associations',
  operation: 'DescribeIamInstanceProfileAssociations',
  summary: 'List which instance has which instance profile.',
  mutates: false,
  params: [{ flag: '--association-ids', key: 'associationIds', kind: 'string-list' }],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'ec2:DescribeIamInstanceProfileAssociations', resource: '*' },
      'ec2',
    );
    if (denied) return failed(denied);
    const wanted = input.associationIds;
    const instances = Object.values(account.instances)
      .filter((i) => i.association && (!wanted || wanted.includes(i.association.associationId)))
      .sort((a, b) => a.instanceId.localeCompare(b.instanceId));
    const missing = wanted?.find((id) => !instances.some((i) => i.association?.associationId === id));
    if (missing) return failed(noSuchAssociation(missing));
    return done(world, {
      IamInstanceProfileAssociations: instances.map((i) => associationOutput(account, i, 'associated')),
    });
  },
};

/** Associates a profile with an instance (a new association id each time), as associate and replace both do. */
function associateProfile(
  world: Parameters<typeof draftOf>[0],
  ctx: Parameters<typeof resolveInstanceProfile>[1],
  instanceId: string,
  profile: Parameters<typeof resolveInstanceProfile>[2],
) {
  const resolved = resolveInstanceProfile(world, ctx, profile);
  if (!resolved.ok) return failed(resolved.error);
  const draft = draftOf(world);
  const target = profileAccount(draft, ctx);
  const updated = target.instances[instanceId]!;
  updated.association = {
    associationId: newId(draft, 'association'),
    instanceProfileArn: resolved.profile.arn,
    state: 'associated',
    associatedAt: ctx.now,
  };
  return done(draft, { IamInstanceProfileAssociation: associationOutput(target, updated, 'associating') });
}
