import { describe, expect, it } from 'vitest';
import { type AppRun, runApp, type World } from '../../../src/sandbox/index.js';
import { containerInstance, EXEC_ROLE, ecsRoles, NETWORK, onlyTask, TASK_ROLE } from './ecs-helpers.js';
import { ACCT, build, GET_ORDERS } from './helpers.js';

const FARGATE = (taskRole: boolean) =>
  `aws ecs register-task-definition --family app ${taskRole ? `--task-role-arn ${TASK_ROLE} ` : ''}--execution-role-arn ${EXEC_ROLE} --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions file://containers.json`;
const RUN_FARGATE = `aws ecs run-task --cluster orders --task-definition app --launch-type FARGATE --network-configuration ${NETWORK}`;

function ec2Task(world: World, mode: 'bridge' | 'awsvpc' | 'host', taskRole: boolean): World {
  const td = `aws ecs register-task-definition --family app ${taskRole ? `--task-role-arn ${TASK_ROLE} ` : ''}--execution-role-arn ${EXEC_ROLE} --network-mode ${mode} --container-definitions file://containers.json`;
  const run = `aws ecs run-task --cluster orders --task-definition app${mode === 'awsvpc' ? ` --network-configuration ${NETWORK}` : ''}`;
  return build(world, td, run);
}

function runTask(world: World): AppRun {
  return runApp(world, { taskArn: onlyTask(world).taskArn }, GET_ORDERS);
}

describe('ECS: task role through the agent endpoint', () => {
  it('the app gets the TASK role from 169.254.170.2 via AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', () => {
    const w = build(ecsRoles(), FARGATE(true), RUN_FARGATE);
    const task = onlyTask(w);
    const run = runTask(w);
    expect(run.outcome).toMatchObject({
      result: 'allowed',
      credentialSource: 'container-endpoint',
      roleArn: TASK_ROLE,
      principalArn: `arn:aws:sts::${ACCT}:assumed-role/task-role/${task.taskId}`,
    });
    const env = run.events.find((e) => e.what.startsWith('sets AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'))!;
    expect(env.what).toBe(
      `sets AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/${task.credentialId} in the containers`,
    );
    const served = run.events.find((e) => e.what.startsWith("serves the task role's credentials"))!;
    expect(served.detail?.[0]).toBe(`GET http://169.254.170.2/v2/credentials/${task.credentialId}`);
    expect(run.events.some((e) => e.actor === 'imds')).toBe(false);
  });

  it("shows the execution role's work (image pull, logs) as separate agent events", () => {
    const run = runTask(build(ecsRoles(), FARGATE(true), RUN_FARGATE));
    const pull = run.events.find((e) => e.what.startsWith('pull image'))!;
    expect(pull).toMatchObject({ actor: 'ecs-agent', status: 'ok' });
    expect(pull.why).toMatch(/task execution role exec-role/);
    expect(run.events.find((e) => e.what.startsWith('send logs'))?.why).toMatch(/task execution role exec-role/);
  });

  it('no task role on Fargate: the variable is unset and there is no instance role to fall back on', () => {
    const run = runTask(build(ecsRoles(), FARGATE(false), RUN_FARGATE));
    expect(run.events.find((e) => e.what === 'container credentials provider: skipped')?.why).toMatch(
      /no task role \(the execution role is for the agent, never for the app\)/,
    );
    expect(run.events.find((e) => /nothing to find/.test(e.what))?.why).toMatch(/Fargate/);
    expect(run.outcome.result).toBe('no-credentials');
  });

  it('a stopped task reports its stopped reason', () => {
    const w = build(
      ecsRoles(),
      'aws iam detach-role-policy --role-name exec-role --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
      FARGATE(true),
      RUN_FARGATE,
    );
    const run = runTask(w);
    expect(run.outcome.result).toBe('failed');
    expect(run.outcome.error?.code).toBe('TaskStopped');
    expect(run.events.find((e) => e.what.startsWith('pull image'))?.status).toBe('fail');
  });
});

describe('ECS on EC2 without a task role: the instance role through IMDS', () => {
  it('bridge mode, hop limit 2: the container reaches the INSTANCE role', () => {
    const w = ec2Task(containerInstance(ecsRoles(), { instanceRoleReads: true }), 'bridge', false);
    const run = runTask(w);
    expect(run.outcome).toMatchObject({
      result: 'allowed',
      credentialSource: 'imds',
      roleArn: `arn:aws:iam::${ACCT}:role/ecs-instance-role`,
    });
  });

  it('bridge mode, hop limit 1 with tokens required: the token never arrives', () => {
    const w = ec2Task(
      containerInstance(ecsRoles(), {
        instanceRoleReads: true,
        metadata: 'HttpTokens=required,HttpPutResponseHopLimit=1',
      }),
      'bridge',
      false,
    );
    const run = runTask(w);
    expect(run.events.find((e) => /response never arrives/.test(e.what))).toBeDefined();
    expect(run.outcome.result).toBe('no-credentials');
  });

  it('bridge mode blocked by the DOCKER-USER iptables rule', () => {
    const userData =
      'echo ECS_CLUSTER=orders >> /etc/ecs/ecs.config\niptables --insert DOCKER-USER 1 --in-interface docker+ --destination 169.254.169.254/32 --jump DROP';
    const run = runTask(ec2Task(containerInstance(ecsRoles(), { instanceRoleReads: true, userData }), 'bridge', false));
    expect(run.events.find((e) => e.actor === 'imds')?.why).toMatch(/iptables rule in the DOCKER-USER chain/);
    expect(run.outcome.result).toBe('no-credentials');
  });

  it('awsvpc mode blocked by ECS_AWSVPC_BLOCK_IMDS=true, and not blocked without it', () => {
    const blocked =
      'echo ECS_CLUSTER=orders >> /etc/ecs/ecs.config\necho ECS_AWSVPC_BLOCK_IMDS=true >> /etc/ecs/ecs.config';
    const run = runTask(
      ec2Task(containerInstance(ecsRoles(), { instanceRoleReads: true, userData: blocked }), 'awsvpc', false),
    );
    expect(run.events.find((e) => e.actor === 'imds')?.why).toMatch(/ECS_AWSVPC_BLOCK_IMDS=true/);
    expect(run.outcome.result).toBe('no-credentials');
    expect(
      runTask(ec2Task(containerInstance(ecsRoles(), { instanceRoleReads: true }), 'awsvpc', false)).outcome.result,
    ).toBe('allowed');
  });

  it('with a task role the container endpoint comes first, even where IMDS is reachable', () => {
    const run = runTask(ec2Task(containerInstance(ecsRoles(), { instanceRoleReads: true }), 'bridge', true));
    expect(run.outcome).toMatchObject({ credentialSource: 'container-endpoint', roleArn: TASK_ROLE });
  });

  it('without an execution role on EC2 the agent pulls with the container instance role', () => {
    const td = `aws ecs register-task-definition --family app --task-role-arn ${TASK_ROLE} --network-mode bridge --container-definitions file://containers.json`;
    const w = build(containerInstance(ecsRoles()), td, 'aws ecs run-task --cluster orders --task-definition app');
    expect(runTask(w).events.find((e) => e.what.startsWith('pull image'))?.why).toMatch(
      /container instance role ecs-instance-role/,
    );
  });
});
