// ECS worlds for tests: a cluster with an EC2 container instance, roles for tasks.

import { createWorld, type World } from '../../../src/sandbox/index.js';
import { ACCT, build, q, READ_ORDERS, TRUST_EC2, TRUST_ECS } from './helpers.js';

export const ECR_IMAGE = `${ACCT}.dkr.ecr.us-east-1.amazonaws.com/orders-app:latest`;
export const NETWORK = '"awsvpcConfiguration={subnets=[subnet-1]}"';

export function containers(image = ECR_IMAGE, awslogs = true): string {
  const def: Record<string, unknown> = { name: 'app', image, essential: true };
  if (awslogs)
    def.logConfiguration = {
      logDriver: 'awslogs',
      options: { 'awslogs-group': '/ecs/orders', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'app' },
    };
  return JSON.stringify([def]);
}

/** Roles: task-role (reads Orders), exec-role (AmazonECSTaskExecutionRolePolicy), both trusting ecs-tasks. */
export function ecsRoles(world: World = createWorld()): World {
  return build(
    world,
    'aws dynamodb create-table --table-name Orders --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST',
    `aws iam create-role --role-name task-role --assume-role-policy-document ${q(TRUST_ECS)}`,
    `aws iam put-role-policy --role-name task-role --policy-name read --policy-document ${q(READ_ORDERS)}`,
    `aws iam create-role --role-name exec-role --assume-role-policy-document ${q(TRUST_ECS)}`,
    'aws iam attach-role-policy --role-name exec-role --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
    `file write containers.json ${q(containers())}`,
    'aws ecs create-cluster --cluster-name orders',
  );
}

/** An EC2 container instance in cluster orders whose instance role may register (and read Orders if asked). */
export function containerInstance(
  world: World,
  options: { userData?: string; metadata?: string; instanceRoleReads?: boolean } = {},
): World {
  const userData = options.userData ?? 'echo ECS_CLUSTER=orders >> /etc/ecs/ecs.config';
  const lines = [
    `aws iam create-role --role-name ecs-instance-role --assume-role-policy-document ${q(TRUST_EC2)}`,
    'aws iam attach-role-policy --role-name ecs-instance-role --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role',
    'aws iam create-instance-profile --instance-profile-name ecs-instance-profile',
    'aws iam add-role-to-instance-profile --instance-profile-name ecs-instance-profile --role-name ecs-instance-role',
    `file write user-data.sh ${q(userData)}`,
    `aws ec2 run-instances --image-id ami-ecs --iam-instance-profile Name=ecs-instance-profile --user-data file://user-data.sh --metadata-options ${options.metadata ?? 'HttpTokens=required,HttpPutResponseHopLimit=2'}`,
  ];
  if (options.instanceRoleReads)
    lines.push(
      `aws iam put-role-policy --role-name ecs-instance-role --policy-name read --policy-document ${q(READ_ORDERS)}`,
    );
  return build(world, ...lines);
}

export const TASK_ROLE = `arn:aws:iam::${ACCT}:role/task-role`;
export const EXEC_ROLE = `arn:aws:iam::${ACCT}:role/exec-role`;

export function onlyTask(world: World) {
  const tasks = Object.values(world.accounts[ACCT]!.tasks);
  return tasks[tasks.length - 1]!;
}
