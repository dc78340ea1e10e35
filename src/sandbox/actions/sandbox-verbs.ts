// Verbs that exist only in the sandbox: move the simulated clock, write a file that commands can
// read as file://NAME, and choose the app that runs on an instance or in a task.

import { APP_CLIENTS, APP_RUNTIMES, type AppClient, type AppConfig, type AppRuntime } from '../world/types.js';
import { cliError, sandboxError } from '../errors.js';
import { formatDuration, isoSeconds, parseDuration } from '../time.js';
import { draftOf } from '../world/create.js';
import { findTaskDefinition } from '../world/lookup.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const clockAdvance: VerbSpec<'clock advance'> = {
  verb: 'clock advance',
  operation: 'ClockAdvance',
  summary: 'Move the simulated clock forward (e.g. 50m, 2h).',
  mutates: true,
  sandboxOnly: true,
  params: [{ flag: 'DURATION', key: 'duration', kind: 'positional', required: true }],
  run(world, input) {
    const parsed = parseDuration(input.duration);
    if (!parsed.ok) return failed(cliError(parsed.message));
    const draft = draftOf(world);
    draft.now = world.now + parsed.ms;
    return done(draft, { Now: isoSeconds(draft.now), Advanced: formatDuration(parsed.ms) });
  },
};

export const fileWrite: VerbSpec<'file write'> = {
  verb: 'file write',
  operation: 'FileWrite',
  summary: 'Write a file that commands can read as file://NAME.',
  mutates: true,
  sandboxOnly: true,
  params: [
    { flag: 'NAME', key: 'name', kind: 'positional', required: true },
    { flag: 'CONTENT', key: 'content', kind: 'positional', required: true },
  ],
  run(world, input) {
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(input.name))
      return failed(
        cliError(
          `"${input.name}" is not a file name the sandbox accepts: use letters, digits, dot, dash and underscore.`,
        ),
      );
    const draft = draftOf(world);
    draft.files[input.name] = input.content;
    return done(draft);
  },
};

export const appDeploy: VerbSpec<'app deploy'> = {
  verb: 'app deploy',
  operation: 'AppDeploy',
  summary: 'Choose the app on an instance or in a task definition: SDK client, host or container, a role to assume.',
  mutates: true,
  sandboxOnly: true,
  params: [
    { flag: '--instance-id', key: 'instanceId', kind: 'string' },
    { flag: '--task-definition', key: 'taskDefinition', kind: 'string' },
    { flag: '--client', key: 'client', kind: 'string', choices: APP_CLIENTS },
    { flag: '--runtime', key: 'runtime', kind: 'string', choices: APP_RUNTIMES },
    // 'none' removes the role the app assumes.
    { flag: '--assume-role-arn', key: 'assumeRoleArn', kind: 'string' },
    { flag: '--external-id', key: 'externalId', kind: 'string' },
  ],
  run(world, input, ctx) {
    if ((input.instanceId === undefined) === (input.taskDefinition === undefined)) {
      return failed(cliError('app deploy needs exactly one of --instance-id or --task-definition.'));
    }
    if (input.externalId !== undefined && input.assumeRoleArn === undefined)
      return failed(cliError('--external-id only makes sense with --assume-role-arn.'));
    const draft = draftOf(world);
    const account = profileAccount(draft, ctx);
    let app: AppConfig | undefined;
    if (input.instanceId !== undefined) {
      app = account.instances[input.instanceId]?.app;
      if (!app) return failed(sandboxError(`There is no instance ${input.instanceId} in account ${account.id}.`));
    } else {
      const td = findTaskDefinition(account, input.taskDefinition!);
      if (!td)
        return failed(sandboxError(`There is no task definition ${input.taskDefinition} in account ${account.id}.`));
      if (input.runtime === 'host')
        return failed(cliError('Apps in ECS tasks always run in a container; --runtime applies to instances.'));
      app = td.app;
    }
    if (input.client !== undefined) app.client = input.client as AppClient;
    if (input.runtime !== undefined) app.runtime = input.runtime as AppRuntime;
    if (input.assumeRoleArn === 'none') delete app.assumeRole;
    else if (input.assumeRoleArn !== undefined) {
      app.assumeRole =
        input.externalId !== undefined
          ? { roleArn: input.assumeRoleArn, externalId: input.externalId }
          : { roleArn: input.assumeRoleArn };
    }
    return done(draft, { App: app });
  },
};
