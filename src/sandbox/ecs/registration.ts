// Container instances, derived from the world rather than stored: an EC2 instance joins a cluster
// when the ECS agent on it (configured by ECS_CLUSTER in user data) can register, which it does with
// the instance's own role credentials. So the instance needs an instance profile whose role trusts
// ec2.amazonaws.com and allows ecs:RegisterContainerInstance (AmazonEC2ContainerServiceforEC2Role).
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/instance_IAM_role.html

import { canAssumeRole } from '../../iam/index.js';
import { hexFrom } from '../hash.js';
import { evaluateForSession, roleSession } from '../sessions.js';
import { clusterArn, containerInstanceArn, instanceArn } from '../world/arns.js';
import { instanceProfileOf } from '../world/lookup.js';
import type { Account, ContainerInstance, Instance, World } from '../world/types.js';

export type Registration =
  | { registered: true; containerInstance: ContainerInstance }
  | { registered: false; reason: string };

export function containerInstanceId(instance: Instance): string {
  return hexFrom(`container-instance:${instance.instanceId}`, 32);
}

export function registrationOf(world: World, account: Account, instance: Instance): Registration {
  const settings = instance.ecs;
  if (!settings)
    return { registered: false, reason: 'its user data does not set ECS_CLUSTER, so no ECS agent joins a cluster' };
  if (!account.clusters[settings.cluster])
    return { registered: false, reason: `cluster ${settings.cluster} does not exist in account ${account.id}` };
  const { role } = instanceProfileOf(world, instance);
  if (!role)
    return {
      registered: false,
      reason: 'the instance has no instance profile with a role, so the ECS agent has no credentials to register with',
    };
  const trust = canAssumeRole({
    role: { arn: role.arn, trustPolicy: role.trustPolicy },
    caller: { service: 'ec2.amazonaws.com' },
    now: world.now,
  });
  if (trust.decision !== 'Allow')
    return {
      registered: false,
      reason: `role ${role.name} does not trust ec2.amazonaws.com, so the instance gets no credentials`,
    };
  const session = roleSession(account, role, instance.instanceId, {
    'ec2:SourceInstanceARN': instanceArn(account.id, instance.instanceId),
  });
  const decision = evaluateForSession(world, session, {
    action: 'ecs:RegisterContainerInstance',
    resource: clusterArn(account.id, settings.cluster),
  });
  if (decision.decision !== 'Allow') {
    return {
      registered: false,
      reason: `role ${role.name} does not allow ecs:RegisterContainerInstance (attach AmazonEC2ContainerServiceforEC2Role)`,
    };
  }
  return {
    registered: true,
    containerInstance: {
      arn: containerInstanceArn(account.id, settings.cluster, containerInstanceId(instance)),
      clusterName: settings.cluster,
      instanceId: instance.instanceId,
    },
  };
}

/** The registered container instances of a cluster, in instance-id order. */
export function containerInstancesOf(world: World, account: Account, cluster: string): ContainerInstance[] {
  const out: ContainerInstance[] = [];
  for (const instance of Object.values(account.instances).sort((a, b) => a.instanceId.localeCompare(b.instanceId))) {
    if (instance.ecs?.cluster !== cluster) continue;
    const reg = registrationOf(world, account, instance);
    if (reg.registered) out.push(reg.containerInstance);
  }
  return out;
}
