// aws ecs delete-cluster: delete a cluster that has no registered container instances and no
// running tasks. The answer shows the cluster INACTIVE.
// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteCluster.html

import { authorizeProfile } from '../authorize.js';
import { containerInstancesOf } from '../ecs/registration.js';
import { awsError } from '../errors.js';
import { clusterArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const deleteCluster: VerbSpec<'ecs delete-cluster'> = {
  verb: 'ecs delete-cluster',
  operation: 'DeleteCluster',
  summary: 'Delete an ECS cluster (no container instances or running tasks left in it).',
  mutates: true,
  params: [{ flag: '--cluster', key: 'cluster', kind: 'string', required: true }],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const name = input.cluster.match(/^arn:aws:ecs:[^:]+:\d{12}:cluster\/(.+)$/)?.[1] ?? input.cluster;
    const arn = clusterArn(account.id, name);
    const denied = authorizeProfile(world, ctx.profile, { action: 'ecs:DeleteCluster', resource: arn }, 'ecs');
    if (denied) return failed(denied);
    const cluster = account.clusters[name];
    if (!cluster || (input.cluster.startsWith('arn:') && input.cluster !== cluster.arn))
      return failed(awsError('ClusterNotFoundException', 'Cluster not found.'));
    const hosts = containerInstancesOf(world, account, name);
    if (hosts.length > 0) {
      return failed(
        awsError(
          'ClusterContainsContainerInstancesException',
          'The Cluster cannot be deleted while Container Instances are active.',
          {
            hint: `Registered: ${hosts.map((h) => h.instanceId).join(', ')}. Deregister them (the sandbox has no deregister-container-instance; terminate the instances instead).`,
          },
        ),
      );
    }
    const running = Object.values(account.tasks).filter((t) => t.clusterName === name && t.lastStatus === 'RUNNING');
    if (running.length > 0) {
      return failed(
        awsError('ClusterContainsTasksException', 'The Cluster cannot be deleted while Tasks are active.', {
          hint: `Running: ${running.map((t) => t.taskId).join(', ')}.`,
        }),
      );
    }
    const draft = draftOf(world);
    delete profileAccount(draft, ctx).clusters[name];
    return done(draft, {
      cluster: {
        clusterArn: cluster.arn,
        clusterName: name,
        status: 'INACTIVE',
        registeredContainerInstancesCount: 0,
        runningTasksCount: 0,
        pendingTasksCount: 0,
      },
    });
  },
};
