// aws ecs register-task-definition: the task role (what the app's code may do), the execution role
// (what the agent may do to start the task: pull images, write logs), the network mode and the
// containers. Registering passes both roles to ECS, so the caller needs iam:PassRole on them.
// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html

import { authorizeProfile } from '../authorize.js';
import { type AwsError, awsError, cliError } from '../errors.js';
import { loadParameterText } from '../policies/documents.js';
import { taskDefinitionArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import type { ContainerDefinition, LaunchType, NetworkMode, TaskDefinition } from '../world/types.js';
import { done, failed, profileAccount } from './support.js';
import type { ActionContext, VerbSpec } from './types.js';
import type { World } from '../world/types.js';

const ROLE_ARN = /^arn:aws:iam::\d{12}:role\/(?:.*\/)?[\w+=,.@-]+$/;

function clientError(message: string, hint?: string): AwsError {
  return awsError('ClientException', message, hint ? { hint } : {});
}

type Parsed = { ok: true; containers: ContainerDefinition[] } | { ok: false; error: AwsError };

function parseContainers(world: World, raw: string): Parsed {
  const loaded = loadParameterText(world, '--container-definitions', raw);
  if (!loaded.ok) return { ok: false, error: cliError(loaded.message) };
  let value: unknown;
  try {
    value = JSON.parse(loaded.text);
  } catch (e) {
    return {
      ok: false,
      error: cliError(
        `Error parsing parameter '--container-definitions': Invalid JSON: ${e instanceof Error ? e.message : String(e)}`,
      ),
    };
  }
  if (!Array.isArray(value) || value.length === 0)
    return { ok: false, error: clientError('Container definitions must be a non-empty list.') };
  const containers: ContainerDefinition[] = [];
  for (const item of value) {
    const c = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof c.name !== 'string' || c.name === '')
      return { ok: false, error: clientError('Container.name should not be null or empty.') };
    if (typeof c.image !== 'string' || c.image === '')
      return { ok: false, error: clientError('Container.image should not be null or empty.') };
    const def: ContainerDefinition = { name: c.name, image: c.image, essential: c.essential !== false };
    const log = c.logConfiguration as { logDriver?: unknown; options?: unknown } | undefined;
    if (log && typeof log.logDriver === 'string') {
      const options: Record<string, string> = {};
      if (typeof log.options === 'object' && log.options !== null) {
        for (const [k, v] of Object.entries(log.options)) options[k] = String(v);
      }
      def.logConfiguration = { logDriver: log.logDriver, options };
    }
    containers.push(def);
  }
  return { ok: true, containers };
}

function passRole(world: World, ctx: ActionContext, arn: string): AwsError | undefined {
  return authorizeProfile(
    world,
    ctx.profile,
    { action: 'iam:PassRole', resource: arn, context: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
    'ecs',
  );
}

export const registerTaskDefinition: VerbSpec<'ecs register-task-definition'> = {
  verb: 'ecs register-task-definition',
  operation: 'RegisterTaskDefinition',
  summary: 'Register a task definition: containers, task role, execution role, network mode.',
  mutates: true,
  params: [
    { flag: '--family', key: 'family', kind: 'string', required: true },
    { flag: '--task-role-arn', key: 'taskRoleArn', kind: 'string' },
    { flag: '--execution-role-arn', key: 'executionRoleArn', kind: 'string' },
    { flag: '--network-mode', key: 'networkMode', kind: 'string' },
    { flag: '--requires-compatibilities', key: 'requiresCompatibilities', kind: 'string-list' },
    { flag: '--cpu', key: 'cpu', kind: 'string' },
    { flag: '--memory', key: 'memory', kind: 'string' },
    { flag: '--container-definitions', key: 'containerDefinitions', kind: 'document', required: true },
  ],
  run(world, input, ctx) {
    const denied = authorizeProfile(world, ctx.profile, { action: 'ecs:RegisterTaskDefinition', resource: '*' }, 'ecs');
    if (denied) return failed(denied);
    if (!/^[A-Za-z0-9_-]{1,255}$/.test(input.family))
      return failed(
        clientError('Family contains invalid characters. Use letters, numbers, hyphens and underscores (up to 255).'),
      );
    const compat = input.requiresCompatibilities ?? [];
    const badCompat = compat.find((c) => c !== 'EC2' && c !== 'FARGATE');
    if (badCompat)
      return failed(
        clientError(`Invalid requiresCompatibilities: ${badCompat}. The sandbox supports EC2 and FARGATE.`),
      );
    const fargate = compat.includes('FARGATE');
    const mode = input.networkMode ?? (fargate ? undefined : 'bridge');
    if (mode !== undefined && mode !== 'awsvpc' && mode !== 'bridge' && mode !== 'host') {
      return failed(clientError(`Invalid networkMode: ${mode}. The sandbox supports awsvpc, bridge and host.`));
    }
    if (fargate && mode !== 'awsvpc')
      return failed(
        clientError(
          "Fargate only supports network mode 'awsvpc'.",
          'Add --network-mode awsvpc: every Fargate task gets its own network interface.',
        ),
      );
    if (fargate && !input.cpu) return failed(clientError("Fargate requires that 'cpu' be defined at the task level."));
    if (fargate && !input.memory)
      return failed(clientError("Fargate requires that 'memory' be defined at the task level."));
    for (const arn of [input.taskRoleArn, input.executionRoleArn]) {
      if (arn !== undefined && !ROLE_ARN.test(arn))
        return failed(clientError('Role is not valid', `${arn} is not a role ARN (arn:aws:iam::ACCOUNT:role/NAME).`));
    }
    const parsed = parseContainers(world, input.containerDefinitions);
    if (!parsed.ok) return failed(parsed.error);
    for (const c of parsed.containers) {
      const log = c.logConfiguration;
      if (log?.logDriver !== 'awslogs') continue;
      const missing = ['awslogs-region', 'awslogs-group'].filter((k) => !(k in log.options));
      if (missing.length > 0) return failed(clientError(`Log driver awslogs requires options: ${missing.join(', ')}`));
      if (fargate && !input.executionRoleArn) {
        return failed(
          clientError(
            'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
            'The agent writes your logs with the task execution role: add --execution-role-arn with a role that trusts ecs-tasks.amazonaws.com and has AmazonECSTaskExecutionRolePolicy.',
          ),
        );
      }
    }
    for (const arn of [input.taskRoleArn, input.executionRoleArn]) {
      if (arn === undefined) continue;
      const passDenied = passRole(world, ctx, arn);
      if (passDenied) return failed(passDenied);
    }

    const draft = draftOf(world);
    const account = profileAccount(draft, ctx);
    const previous = Object.values(account.taskDefinitions).filter((t) => t.family === input.family);
    const revision = previous.reduce((max, t) => Math.max(max, t.revision), 0) + 1;
    const latest = previous.find((t) => t.revision === revision - 1);
    const td: TaskDefinition = {
      family: input.family,
      revision,
      arn: taskDefinitionArn(account.id, input.family, revision),
      networkMode: (mode ?? 'awsvpc') as NetworkMode,
      requiresCompatibilities: compat as LaunchType[],
      containerDefinitions: parsed.containers,
      registeredAt: ctx.now,
      app: latest ? structuredClone(latest.app) : { client: 'js-v3', runtime: 'container' },
    };
    if (input.taskRoleArn) td.taskRoleArn = input.taskRoleArn;
    if (input.executionRoleArn) td.executionRoleArn = input.executionRoleArn;
    if (input.cpu) td.cpu = input.cpu;
    if (input.memory) td.memory = input.memory;
    account.taskDefinitions[`${td.family}:${revision}`] = td;
    return done(draft, {
      taskDefinition: {
        taskDefinitionArn: td.arn,
        family: td.family,
        revision,
        ...(td.taskRoleArn ? { taskRoleArn: td.taskRoleArn } : {}),
        ...(td.executionRoleArn ? { executionRoleArn: td.executionRoleArn } : {}),
        networkMode: td.networkMode,
        requiresCompatibilities: td.requiresCompatibilities,
        ...(td.cpu ? { cpu: td.cpu } : {}),
        ...(td.memory ? { memory: td.memory } : {}),
        containerDefinitions: td.containerDefinitions,
        status: 'ACTIVE',
      },
    });
  },
};
