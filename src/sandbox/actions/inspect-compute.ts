// Reading compute back: which instance profile and IMDS options an instance has, and which roles a
// task definition names (the task role for the app, the execution role for ECS itself).
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsResponse.html
// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTaskDefinition.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { hexFrom } from '../hash.js';
import { isoCli } from '../time.js';
import { findInstanceProfileByArn, findTaskDefinition } from '../world/lookup.js';
import type { Account, Instance, TaskDefinition, World } from '../world/types.js';
import { metadataOutput } from './ec2-run-instances.js';
import { done, failed } from './support.js';
import type { VerbSpec } from './types.js';

function instanceOutput(world: World, instance: Instance) {
  const association = instance.association;
  const profile = association ? findInstanceProfileByArn(world, association.instanceProfileArn)?.profile : undefined;
  return {
    InstanceId: instance.instanceId,
    ImageId: instance.imageId,
    InstanceType: instance.instanceType,
    LaunchTime: isoCli(instance.launchedAt),
    // Code 16 is "running" in EC2's state codes.
    State: { Code: 16, Name: instance.state },
    ...(association
      ? { IamInstanceProfile: { Arn: association.instanceProfileArn, Id: profile?.instanceProfileId ?? '' } }
      : {}),
    MetadataOptions: metadataOutput(instance.metadataOptions, 'applied'),
  };
}

export const describeInstances: VerbSpec<'ec2 describe-instances'> = {
  verb: 'ec2 describe-instances',
  operation: 'DescribeInstances',
  summary: 'Show instances: their instance profile and IMDS options (HttpTokens, hop limit, endpoint).',
  mutates: false,
  params: [{ flag: '--instance-ids', key: 'instanceIds', kind: 'string-list' }],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const denied = authorizeProfile(world, ctx.profile, { action: 'ec2:DescribeInstances', resource: '*' }, 'ec2');
    if (denied) return failed(denied);
    const missing = input.instanceIds?.filter((id) => !account.instances[id]) ?? [];
    if (missing.length === 1)
      return failed(awsError('InvalidInstanceID.NotFound', `The instance ID '${missing[0]}' does not exist`));
    if (missing.length > 1)
      return failed(awsError('InvalidInstanceID.NotFound', `The instance IDs '${missing.join(', ')}' do not exist`));
    const instances = Object.values(account.instances)
      .filter((i) => !input.instanceIds || input.instanceIds.includes(i.instanceId))
      .sort((a, b) => a.launchedAt - b.launchedAt || a.instanceId.localeCompare(b.instanceId));
    // The sandbox keeps no reservations: one per instance, with an id derived from the instance's.
    return done(world, {
      Reservations: instances.map((i) => ({
        ReservationId: `r-${hexFrom(i.instanceId, 17)}`,
        OwnerId: account.id,
        Groups: [],
        Instances: [instanceOutput(world, i)],
      })),
    });
  },
};

function taskDefinitionOutput(td: TaskDefinition) {
  return {
    taskDefinitionArn: td.arn,
    containerDefinitions: td.containerDefinitions,
    family: td.family,
    ...(td.taskRoleArn ? { taskRoleArn: td.taskRoleArn } : {}),
    ...(td.executionRoleArn ? { executionRoleArn: td.executionRoleArn } : {}),
    networkMode: td.networkMode,
    revision: td.revision,
    status: td.status ?? 'ACTIVE',
    requiresCompatibilities: td.requiresCompatibilities,
    ...(td.cpu ? { cpu: td.cpu } : {}),
    ...(td.memory ? { memory: td.memory } : {}),
    registeredAt: isoCli(td.registeredAt),
    ...(td.deregisteredAt !== undefined ? { deregisteredAt: isoCli(td.deregisteredAt) } : {}),
  };
}

export const describeTaskDefinition: VerbSpec<'ecs describe-task-definition'> = {
  verb: 'ecs describe-task-definition',
  operation: 'DescribeTaskDefinition',
  summary: "Show a task definition: its task role (the app's) and execution role (ECS's own).",
  mutates: false,
  params: [{ flag: '--task-definition', key: 'taskDefinition', kind: 'string', required: true }],
  run(world, input, ctx) {
    const denied = authorizeProfile(world, ctx.profile, { action: 'ecs:DescribeTaskDefinition', resource: '*' }, 'ecs');
    if (denied) return failed(denied);
    const account: Account = world.accounts[ctx.profile.account]!;
    const td = findTaskDefinition(account, input.taskDefinition);
    if (!td || (input.taskDefinition.startsWith('arn:') && input.taskDefinition !== td.arn))
      return failed(awsError('ClientException', 'Unable to describe task definition.'));
    return done(world, { taskDefinition: taskDefinitionOutput(td) });
  },
};
