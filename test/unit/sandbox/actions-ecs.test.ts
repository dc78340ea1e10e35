import { describe, expect, it } from 'vitest';
import { containerInstancesOf, createWorld } from '../../../src/sandbox/index.js';
import { containerInstance, containers, EXEC_ROLE, ecsRoles, NETWORK, onlyTask, TASK_ROLE } from './ecs-helpers.js';
import { ACCT, attempt, build, failure, q, TRUST_EC2 } from './helpers.js';

const FARGATE_TD = `aws ecs register-task-definition --family orders-app --task-role-arn ${TASK_ROLE} --execution-role-arn ${EXEC_ROLE} --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions file://containers.json`;

describe('ecs register-task-definition', () => {
  it('registers revisions 1, 2 ... of a family with both roles', () => {
    const w = build(ecsRoles(), FARGATE_TD, FARGATE_TD);
    const tds = w.accounts[ACCT]!.taskDefinitions;
    expect(Object.keys(tds)).toEqual(['orders-app:1', 'orders-app:2']);
    expect(tds['orders-app:2']).toMatchObject({
      taskRoleArn: TASK_ROLE,
      executionRoleArn: EXEC_ROLE,
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
    });
    expect(tds['orders-app:2']!.arn).toBe(`arn:aws:ecs:us-east-1:${ACCT}:task-definition/orders-app:2`);
  });

  it('applies the Fargate rules: awsvpc only, task-level cpu and memory, an execution role for awslogs', () => {
    const w = ecsRoles();
    expect(failure(w, FARGATE_TD.replace('--network-mode awsvpc', '--network-mode bridge'))).toMatchObject({
      code: 'ClientException',
      message: "Fargate only supports network mode 'awsvpc'.",
    });
    expect(failure(w, FARGATE_TD.replace('--cpu 256 ', '')).message).toBe(
      "Fargate requires that 'cpu' be defined at the task level.",
    );
    expect(failure(w, FARGATE_TD.replace(`--execution-role-arn ${EXEC_ROLE} `, '')).message).toBe(
      'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
    );
  });

  it('defaults to bridge mode for the EC2 launch type and checks awslogs options', () => {
    const w = build(
      ecsRoles(),
      `aws ecs register-task-definition --family web --container-definitions ${q(containers('nginx:latest', false))}`,
    );
    expect(w.accounts[ACCT]!.taskDefinitions['web:1']!.networkMode).toBe('bridge');
    const noGroup = JSON.stringify([
      {
        name: 'app',
        image: 'nginx',
        logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-region': 'us-east-1' } },
      },
    ]);
    expect(
      failure(w, `aws ecs register-task-definition --family web --container-definitions ${q(noGroup)}`).message,
    ).toBe('Log driver awslogs requires options: awslogs-group');
  });

  it('needs iam:PassRole on the roles it names', () => {
    const deny = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'iam:PassRole', Resource: TASK_ROLE }],
    });
    const w = build(
      ecsRoles(),
      `aws iam put-user-policy --user-name learner --policy-name no-task-role --policy-document ${q(deny)}`,
    );
    const e = failure(w, FARGATE_TD);
    expect(e.code).toBe('AccessDeniedException');
    expect(e.message).toMatch(
      /iam:PassRole on resource: arn:aws:iam::111122223333:role\/task-role with an explicit deny/,
    );
  });

  it('rejects what is not a role ARN and unreadable container definitions', () => {
    expect(failure(ecsRoles(), FARGATE_TD.replace(TASK_ROLE, 'task-role'))).toMatchObject({
      code: 'ClientException',
      message: 'Role is not valid',
    });
    expect(
      failure(ecsRoles(), `aws ecs register-task-definition --family x --container-definitions '[{"name":'`).source,
    ).toBe('cli');
    expect(
      failure(ecsRoles(), `aws ecs register-task-definition --family x --container-definitions '[{"name":"a"}]'`)
        .message,
    ).toBe('Container.image should not be null or empty.');
  });
});

describe('ecs run-task', () => {
  it('runs a Fargate task with a credential id for its task role', () => {
    const w = build(
      ecsRoles(),
      FARGATE_TD,
      `aws ecs run-task --cluster orders --task-definition orders-app --launch-type FARGATE --network-configuration ${NETWORK}`,
    );
    const t = onlyTask(w);
    expect(t.lastStatus).toBe('RUNNING');
    expect(t.taskArn).toMatch(/^arn:aws:ecs:us-east-1:111122223333:task\/orders\/[0-9a-f]{32}$/);
    expect(t.containerInstanceArn).toBeUndefined();
  });

  it('explains the errors ECS gives: cluster, task definition, network configuration, launch type', () => {
    const w = build(ecsRoles(), FARGATE_TD);
    expect(
      failure(w, 'aws ecs run-task --cluster nope --task-definition orders-app --launch-type FARGATE'),
    ).toMatchObject({ code: 'ClusterNotFoundException', message: 'Cluster not found.' });
    expect(failure(w, 'aws ecs run-task --cluster orders --task-definition nope --launch-type FARGATE')).toMatchObject({
      code: 'ClientException',
      message: 'TaskDefinition not found.',
    });
    expect(
      failure(w, 'aws ecs run-task --cluster orders --task-definition orders-app --launch-type FARGATE').message,
    ).toBe("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
    expect(
      failure(
        w,
        `aws ecs run-task --cluster orders --task-definition orders-app --launch-type EC2 --network-configuration ${NETWORK}`,
      ).message,
    ).toBe('Task definition does not support launch_type EC2.');
  });

  it("refuses a task role that does not trust ecs-tasks.amazonaws.com, with ECS's message", () => {
    const w = build(
      ecsRoles(),
      `aws iam update-assume-role-policy --role-name task-role --policy-document ${q(TRUST_EC2)}`,
      FARGATE_TD,
    );
    const e = failure(
      w,
      `aws ecs run-task --cluster orders --task-definition orders-app --launch-type FARGATE --network-configuration ${NETWORK}`,
    );
    expect(e.code).toBe('ClientException');
    expect(e.message).toBe(
      `ECS was unable to assume the role '${TASK_ROLE}' that was provided for this task. Please verify that the role being passed has the proper trust relationship and permissions and that your IAM user has permissions to pass this role.`,
    );
  });

  it('stops the task when the execution role cannot pull from ECR', () => {
    const w = build(
      ecsRoles(),
      'aws iam detach-role-policy --role-name exec-role --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
      FARGATE_TD,
    );
    const r = attempt(
      w,
      `aws ecs run-task --cluster orders --task-definition orders-app --launch-type FARGATE --network-configuration ${NETWORK}`,
    );
    expect(r.outcome.ok).toBe(true);
    const t = onlyTask(r.world);
    expect(t.lastStatus).toBe('STOPPED');
    expect(t.stoppedReason).toMatch(
      /^CannotPullContainerError: .*ecr:GetAuthorizationToken.*because no identity-based policy allows/,
    );
  });

  it('needs a registered container instance for the EC2 launch type', () => {
    const td = `aws ecs register-task-definition --family web --task-role-arn ${TASK_ROLE} --container-definitions file://containers.json`;
    const w = build(ecsRoles(), td);
    expect(failure(w, 'aws ecs run-task --cluster orders --task-definition web').message).toBe(
      'No Container Instances were found in your cluster.',
    );
    const withHost = containerInstance(w);
    expect(containerInstancesOf(withHost, withHost.accounts[ACCT]!, 'orders')).toHaveLength(1);
    const t = onlyTask(build(withHost, 'aws ecs run-task --cluster orders --task-definition web'));
    expect(t.lastStatus).toBe('RUNNING');
    expect(t.containerInstanceArn).toMatch(
      /^arn:aws:ecs:us-east-1:111122223333:container-instance\/orders\/[0-9a-f]{32}$/,
    );
  });

  it('does not register an instance whose role lacks ecs:RegisterContainerInstance', () => {
    let w = containerInstance(ecsRoles());
    w = build(
      w,
      'aws iam detach-role-policy --role-name ecs-instance-role --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role',
    );
    expect(containerInstancesOf(w, w.accounts[ACCT]!, 'orders')).toEqual([]);
  });
});

describe('ecs create-cluster', () => {
  it('is idempotent', () => {
    const w = build(
      createWorld(),
      'aws ecs create-cluster --cluster-name orders',
      'aws ecs create-cluster --cluster-name orders',
    );
    expect(Object.keys(w.accounts[ACCT]!.clusters)).toEqual(['orders']);
  });
});

describe('ecs delete-cluster', () => {
  it('deletes an empty cluster; the answer shows it INACTIVE', () => {
    const r = attempt(
      build(createWorld(), 'aws ecs create-cluster --cluster-name orders'),
      'aws ecs delete-cluster --cluster orders',
    );
    expect(r.outcome.ok && r.outcome.output).toMatchObject({
      cluster: {
        clusterArn: `arn:aws:ecs:us-east-1:${ACCT}:cluster/orders`,
        clusterName: 'orders',
        status: 'INACTIVE',
      },
    });
    expect(r.world.accounts[ACCT]!.clusters).toEqual({});
    expect(
      build(r.world, 'aws ecs create-cluster --cluster-name orders').accounts[ACCT]!.clusters.orders,
    ).toBeDefined();
  });

  it('takes the cluster ARN too, and answers ClusterNotFoundException for an unknown cluster', () => {
    const w = build(createWorld(), 'aws ecs create-cluster --cluster-name orders');
    expect(
      build(w, `aws ecs delete-cluster --cluster arn:aws:ecs:us-east-1:${ACCT}:cluster/orders`).accounts[ACCT]!
        .clusters,
    ).toEqual({});
    const e = failure(w, 'aws ecs delete-cluster --cluster nope');
    expect(e).toMatchObject({ code: 'ClusterNotFoundException', message: 'Cluster not found.' });
    expect(e.line).toMatch(/when calling the DeleteCluster operation/);
  });

  it('refuses while tasks run or container instances are registered', () => {
    const running = build(
      ecsRoles(),
      FARGATE_TD,
      `aws ecs run-task --cluster orders --task-definition orders-app --launch-type FARGATE --network-configuration ${NETWORK}`,
    );
    expect(failure(running, 'aws ecs delete-cluster --cluster orders')).toMatchObject({
      code: 'ClusterContainsTasksException',
      message: 'The Cluster cannot be deleted while Tasks are active.',
    });
    const hosted = containerInstance(ecsRoles());
    expect(failure(hosted, 'aws ecs delete-cluster --cluster orders')).toMatchObject({
      code: 'ClusterContainsContainerInstancesException',
      message: 'The Cluster cannot be deleted while Container Instances are active.',
    });
    // Terminating the instance deregisters it, and then the cluster can go.
    const host = Object.keys(hosted.accounts[ACCT]!.instances)[0]!;
    expect(
      build(hosted, `aws ec2 terminate-instances --instance-ids ${host}`, 'aws ecs delete-cluster --cluster orders')
        .accounts[ACCT]!.clusters,
    ).toEqual({});
  });
});

describe('ecs deregister-task-definition', () => {
  const RUN = `aws ecs run-task --cluster orders --task-definition orders-app --launch-type FARGATE --network-configuration ${NETWORK}`;

  it('marks one revision INACTIVE; running tasks keep running, new ones need an ACTIVE revision', () => {
    const w = build(ecsRoles(), FARGATE_TD, FARGATE_TD, RUN);
    const r = attempt(w, 'aws ecs deregister-task-definition --task-definition orders-app:2');
    expect(r.outcome.ok && r.outcome.output).toMatchObject({
      taskDefinition: { family: 'orders-app', revision: 2, status: 'INACTIVE' },
    });
    expect(r.world.accounts[ACCT]!.taskDefinitions['orders-app:2']!.status).toBe('INACTIVE');
    expect(onlyTask(r.world).lastStatus).toBe('RUNNING');
    // The bare family name now means revision 1, the latest ACTIVE one.
    expect(onlyTask(build(r.world, RUN)).taskDefinitionArn).toBe(
      `arn:aws:ecs:us-east-1:${ACCT}:task-definition/orders-app:1`,
    );
    const e = failure(r.world, RUN.replace('orders-app', 'orders-app:2'));
    expect(e).toMatchObject({ code: 'InvalidParameterException', message: 'TaskDefinition is inactive' });
    // The next registration still gets the next number.
    expect(Object.keys(build(r.world, FARGATE_TD).accounts[ACCT]!.taskDefinitions)).toEqual([
      'orders-app:1',
      'orders-app:2',
      'orders-app:3',
    ]);
  });

  it('takes the full ARN, needs a revision, and says when the revision does not exist', () => {
    const w = build(ecsRoles(), FARGATE_TD);
    expect(
      build(
        w,
        `aws ecs deregister-task-definition --task-definition arn:aws:ecs:us-east-1:${ACCT}:task-definition/orders-app:1`,
      ).accounts[ACCT]!.taskDefinitions['orders-app:1']!.status,
    ).toBe('INACTIVE');
    expect(failure(w, 'aws ecs deregister-task-definition --task-definition orders-app').code).toBe('ClientException');
    const e = failure(w, 'aws ecs deregister-task-definition --task-definition orders-app:7');
    expect(e).toMatchObject({ code: 'ClientException', message: 'TaskDefinition not found.' });
    expect(e.line).toMatch(/when calling the DeregisterTaskDefinition operation/);
  });

  it('with every revision INACTIVE, the family name finds nothing to run', () => {
    const w = build(ecsRoles(), FARGATE_TD, 'aws ecs deregister-task-definition --task-definition orders-app:1');
    expect(failure(w, RUN)).toMatchObject({ code: 'ClientException', message: 'TaskDefinition not found.' });
  });
});

describe('ec2 terminate-instances on an ECS container instance', () => {
  it('stops the tasks that ran on it', () => {
    const td = `aws ecs register-task-definition --family web --task-role-arn ${TASK_ROLE} --container-definitions file://containers.json`;
    const w = build(containerInstance(ecsRoles()), td, 'aws ecs run-task --cluster orders --task-definition web');
    const host = Object.keys(w.accounts[ACCT]!.instances)[0]!;
    const r = attempt(w, `aws ec2 terminate-instances --instance-ids ${host}`);
    expect(onlyTask(r.world).lastStatus).toBe('STOPPED');
    expect(r.outcome.ok && r.outcome.notes?.join('\n')).toMatch(/the ECS task running on it stopped with it/);
    expect(containerInstancesOf(r.world, r.world.accounts[ACCT]!, 'orders')).toEqual([]);
  });
});
