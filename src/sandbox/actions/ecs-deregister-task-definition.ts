// aws ecs deregister-task-definition: mark one revision (family:revision or its ARN) INACTIVE.
// Tasks already running from it keep running; ECS runs no new task from it, and a bare family name
// then means the latest revision still ACTIVE. The revision stays on record, so the family's next
// registration still gets the next number.
// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeregisterTaskDefinition.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { draftOf } from '../world/create.js';
import { findTaskDefinition } from '../world/lookup.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const deregisterTaskDefinition: VerbSpec<'ecs deregister-task-definition'> = {
  verb: 'ecs deregister-task-definition',
  operation: 'DeregisterTaskDefinition',
  summary: 'Mark a task definition revision INACTIVE (family:revision); running tasks keep running.',
  mutates: true,
  params: [{ flag: '--task-definition', key: 'taskDefinition', kind: 'string', required: true }],
  run(world, input, ctx) {
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'ecs:DeregisterTaskDefinition', resource: '*' },
      'ecs',
    );
    if (denied) return failed(denied);
    const key =
      input.taskDefinition.match(/^arn:aws:ecs:[^:]+:\d{12}:task-definition\/(.+)$/)?.[1] ?? input.taskDefinition;
    if (!key.includes(':')) {
      // The API reference: a revision must be given. (The exact wording of ECS's refusal is the sandbox's.)
      return failed(
        awsError(
          'ClientException',
          'A revision must be specified: use family:revision or the full task definition ARN.',
          { hint: `For example ${key}:1.` },
        ),
      );
    }
    const account = world.accounts[ctx.profile.account]!;
    const td = findTaskDefinition(account, input.taskDefinition);
    if (!td || (input.taskDefinition.startsWith('arn:') && input.taskDefinition !== td.arn))
      return failed(awsError('ClientException', 'TaskDefinition not found.'));
    const draft = draftOf(world);
    const target = profileAccount(draft, ctx).taskDefinitions[`${td.family}:${td.revision}`]!;
    // Deregistering an INACTIVE revision again changes nothing.
    if (target.status !== 'INACTIVE') {
      target.status = 'INACTIVE';
      target.deregisteredAt = ctx.now;
    }
    return done(draft, {
      taskDefinition: {
        taskDefinitionArn: target.arn,
        family: target.family,
        revision: target.revision,
        ...(target.taskRoleArn ? { taskRoleArn: target.taskRoleArn } : {}),
        ...(target.executionRoleArn ? { executionRoleArn: target.executionRoleArn } : {}),
        networkMode: target.networkMode,
        status: 'INACTIVE',
      },
    });
  },
};
