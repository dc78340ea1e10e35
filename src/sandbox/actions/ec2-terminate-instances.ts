// aws ec2 terminate-instances: shut instances down for good. Whatever was tied to the instance goes
// with it: its instance profile association (the role's credentials stop being served) and, for
// an ECS container instance, its registration and the tasks that ran on it. One unknown id fails
// the whole request and terminates nothing.
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TerminateInstances.html
//
// EC2 keeps a terminated instance visible (state terminated) for about an hour, and terminating it
// again succeeds. The sandbox removes it at once, so a second terminate-instances for the same id
// answers InvalidInstanceID.NotFound.

import { authorizeProfile } from '../authorize.js';
import { containerInstanceId } from '../ecs/registration.js';
import { awsError } from '../errors.js';
import { instanceArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

/** EC2's instance state codes (InstanceState in the API reference). */
const RUNNING = { Code: 16, Name: 'running' } as const;
const SHUTTING_DOWN = { Code: 32, Name: 'shutting-down' } as const;

export const terminateInstances: VerbSpec<'ec2 terminate-instances'> = {
  verb: 'ec2 terminate-instances',
  operation: 'TerminateInstances',
  summary: 'Terminate instances; their instance profile associations go with them.',
  mutates: true,
  params: [{ flag: '--instance-ids', key: 'instanceIds', kind: 'string-list', required: true }],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const ids = [...new Set(input.instanceIds)];
    for (const id of ids) {
      const denied = authorizeProfile(
        world,
        ctx.profile,
        { action: 'ec2:TerminateInstances', resource: instanceArn(account.id, id) },
        'ec2',
      );
      if (denied) return failed(denied);
    }
    const missing = ids.filter((id) => !account.instances[id]);
    if (missing.length === 1)
      return failed(awsError('InvalidInstanceID.NotFound', `The instance ID '${missing[0]}' does not exist`));
    if (missing.length > 1)
      return failed(awsError('InvalidInstanceID.NotFound', `The instance IDs '${missing.join(', ')}' do not exist`));

    const draft = draftOf(world);
    const target = profileAccount(draft, ctx);
    const notes: string[] = [];
    for (const id of ids) {
      const instance = target.instances[id]!;
      if (instance.association)
        notes.push(`${id}: its instance profile association ${instance.association.associationId} ends with it.`);
      const hostId = containerInstanceId(instance);
      const stopped = Object.values(target.tasks).filter(
        (t) => t.lastStatus === 'RUNNING' && t.containerInstanceArn?.split('/').pop() === hostId,
      );
      for (const task of stopped) task.lastStatus = 'STOPPED';
      if (stopped.length > 0)
        notes.push(
          `${id}: ${stopped.length === 1 ? 'the ECS task' : `the ${stopped.length} ECS tasks`} running on it stopped with it (${stopped.map((t) => t.taskId).join(', ')}).`,
        );
      delete target.instances[id];
    }
    return done(
      draft,
      {
        TerminatingInstances: ids.map((id) => ({
          InstanceId: id,
          CurrentState: SHUTTING_DOWN,
          PreviousState: RUNNING,
        })),
      },
      notes,
    );
  },
};
