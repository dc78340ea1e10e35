// aws sts get-caller-identity: who is signing? As the learner (the sandbox's administrator user),
// or with `--as app` as the app: whatever credentials its SDK finds, on its instance (the instance
// role's session, named after the instance id) or in its ECS task (the task role's session, named
// after the task id). `--as` is the sandbox's addition: on AWS you would run the same command on the
// instance or in the container. No permission is needed to call it.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html

import { cliError } from '../errors.js';
import { runApp } from '../credential-flow/run-app.js';
import type { AppTarget } from '../credential-flow/types.js';
import { findRoleByArn } from '../world/lookup.js';
import type { Account } from '../world/types.js';
import { done, failed } from './support.js';
import type { VerbSpec } from './types.js';

/** The app `--as` names: `app` (the newest running task, else the newest instance), an instance id, or a task id or ARN. */
export function appTargetOf(account: Account, who: string): AppTarget | undefined {
  const tasks = Object.values(account.tasks)
    .filter((t) => t.lastStatus === 'RUNNING')
    .sort((a, b) => b.startedAt - a.startedAt);
  const instances = Object.values(account.instances).sort((a, b) => b.launchedAt - a.launchedAt);
  if (who === 'app') {
    if (tasks[0]) return { taskArn: tasks[0].taskArn };
    if (instances[0]) return { instanceId: instances[0].instanceId };
    return undefined;
  }
  if (account.instances[who]) return { instanceId: who };
  const task = Object.values(account.tasks).find((t) => t.taskArn === who || t.taskId === who);
  return task ? { taskArn: task.taskArn } : undefined;
}

export const getCallerIdentity: VerbSpec<'sts get-caller-identity'> = {
  verb: 'sts get-caller-identity',
  operation: 'GetCallerIdentity',
  summary:
    'Who is calling: you (the learner), or with --as app (or an instance or task id) the app, with the credentials its SDK finds.',
  mutates: false,
  params: [{ flag: '--as', key: 'as', kind: 'string' }],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    if (input.as === undefined || input.as === 'learner' || input.as === 'me') {
      const user = account.users[ctx.profile.userName];
      if (!user) return failed(cliError(`The profile ${ctx.profile.name} names no user in account ${account.id}.`));
      return done(world, { UserId: user.userId, Account: account.id, Arn: user.arn });
    }
    const target = appTargetOf(account, input.as);
    if (!target)
      return failed(
        cliError(
          input.as === 'app'
            ? `There is no app in account ${account.id} yet: no running task and no instance.`
            : `There is no instance or task "${input.as}" in account ${account.id}.`,
          '--as takes app, an instance id (i-...) or a task id or ARN; without --as you ask as yourself.',
        ),
      );
    const run = runApp(world, target, { action: 'sts:GetCallerIdentity', resource: '*' });
    const { outcome } = run;
    const principal = outcome.principalArn;
    // GetCallerIdentity needs no permission, so a denied call still says who the caller is.
    if (principal === undefined || (outcome.result !== 'allowed' && outcome.result !== 'denied')) {
      const where = 'instanceId' in target ? `on ${target.instanceId}` : 'in the task';
      return failed(
        cliError(
          outcome.result === 'no-credentials'
            ? 'Unable to locate credentials. You can configure credentials by running "aws configure".'
            : (outcome.error?.message ?? 'The app could not call STS.'),
          `The app ${where} has no usable credentials: r runs it and shows where its SDK looked.`,
        ),
      );
    }
    const role = outcome.roleArn ? findRoleByArn(world, outcome.roleArn)?.role : undefined;
    const session = principal.slice(principal.lastIndexOf('/') + 1);
    const accountId = principal.split(':')[4] ?? account.id;
    return done(world, {
      UserId: role ? `${role.roleId}:${session}` : session,
      Account: accountId,
      Arn: principal,
    });
  },
};
