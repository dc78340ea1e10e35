// aws ecs create-cluster: a cluster to run tasks in (idempotent, as in ECS).

import { authorizeProfile } from '../authorize.js';
import { containerInstancesOf } from '../ecs/registration.js';
import { clusterArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const createCluster: VerbSpec<'ecs create-cluster'> = {
  verb: 'ecs create-cluster',
  operation: 'CreateCluster',
  summary: 'Create an ECS cluster.',
  mutates: true,
  params: [{ flag: '--cluster-name', key: 'clusterName', kind: 'string' }],
  run(world, input, ctx) {
    const name = input.clusterName ?? 'default';
    const account = world.accounts[ctx.profile.account]!;
    const arn = clusterArn(account.id, name);
    const denied = authorizeProfile(world, ctx.profile, { action: 'ecs:CreateCluster', resource: arn }, 'ecs');
    if (denied) return failed(denied);
    const draft = draftOf(world);
    const target = profileAccount(draft, ctx);
    target.clusters[name] ??= { name, arn, createdAt: ctx.now };
    return done(draft, {
      cluster: {
        clusterArn: arn,
        clusterName: name,
        status: 'ACTIVE',
        registeredContainerInstancesCount: containerInstancesOf(draft, target, name).length,
        runningTasksCount: Object.values(target.tasks).filter(
          (t) => t.clusterName === name && t.lastStatus === 'RUNNING',
        ).length,
        pendingTasksCount: 0,
      },
    });
  },
};
