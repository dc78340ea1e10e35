// The app's permissions were put on the task EXECUTION role. The agent uses that role to pull the
// image and write logs; the app's code never gets it.

import type { AppRun } from '../credential-flow/types.js';
import { LEARNER_ACCOUNT } from '../constants.js';
import { evaluateForSession, roleSession } from '../sessions.js';
import { findRoleByArn, findTaskDefinitionByArn } from '../world/lookup.js';
import type { Account, Role, World } from '../world/types.js';
import { allOf, callAllowed, condition } from './checks.js';
import { cmd, createTable, ORDERS_CALL, ORDERS_READ, trustService, writeFile } from './fixtures.js';
import type { Scenario } from './types.js';

const CONTAINERS = [
  {
    name: 'app',
    image: `${LEARNER_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/orders-app:latest`,
    essential: true,
    logConfiguration: {
      logDriver: 'awslogs',
      options: { 'awslogs-group': '/ecs/orders-app', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'app' },
    },
  },
];

const EXEC_ROLE_ARN = `arn:aws:iam::${LEARNER_ACCOUNT}:role/orders-exec-role`;
const NETWORK = '"awsvpcConfiguration={subnets=[subnet-0abc1234],securityGroups=[sg-0abc1234]}"';

/** The most recently started running task of the orders-app family. */
function latestTask(world: World) {
  const tasks = Object.values(world.accounts[LEARNER_ACCOUNT]?.tasks ?? {}).filter(
    (t) => t.lastStatus === 'RUNNING' && findTaskDefinitionByArn(world, t.taskDefinitionArn)?.family === 'orders-app',
  );
  return tasks.at(-1);
}

/**
 * The execution roles to check: orders-exec-role and whichever execution role the latest task
 * uses. Each must be unable to read Orders, however the permission got there (inline policy,
 * managed policy, a table resource policy): the IAM engine decides, as it would for the agent.
 */
function executionRolesReadingOrders(
  world: World,
  executionRoleArn: string | undefined,
  sessionName: string,
): { checked: Role[]; reading: Role[] } {
  const roles = new Map<string, { account: Account; role: Role }>();
  const learner = world.accounts[LEARNER_ACCOUNT];
  const named = learner?.roles['orders-exec-role'];
  if (learner && named) roles.set(named.arn, { account: learner, role: named });
  const used = executionRoleArn ? findRoleByArn(world, executionRoleArn) : undefined;
  if (used) roles.set(used.role.arn, used);
  const checked = [...roles.values()];
  const reading = checked.filter(
    ({ account, role }) =>
      evaluateForSession(world, roleSession(account, role, sessionName), ORDERS_CALL).decision === 'Allow',
  );
  return { checked: checked.map((r) => r.role), reading: reading.map((r) => r.role) };
}

export const ecsExecutionRoleMixup: Scenario = {
  id: 'ecs-execution-role-mixup',
  title: 'ECS: the permissions are on the execution role',
  summary:
    'A Fargate task should read Orders. Someone gave the DynamoDB permission to the task execution role and set no task role. The image pulls, the logs flow, and the app finds no credentials.',
  kind: 'challenge',
  lesson: 'ecs-roles',
  setup: [
    writeFile('trust-ecs-tasks.json', trustService('ecs-tasks.amazonaws.com')),
    writeFile('orders-read.json', ORDERS_READ),
    writeFile('containers.json', CONTAINERS),
    createTable('Orders'),
    cmd('aws iam create-role --role-name orders-exec-role --assume-role-policy-document file://trust-ecs-tasks.json'),
    cmd(
      'aws iam attach-role-policy --role-name orders-exec-role --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
    ),
    cmd(
      'aws iam put-role-policy --role-name orders-exec-role --policy-name orders-read --policy-document file://orders-read.json',
    ),
    cmd('aws ecs create-cluster --cluster-name orders'),
    cmd(
      `aws ecs register-task-definition --family orders-app --execution-role-arn ${EXEC_ROLE_ARN} --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions file://containers.json`,
    ),
    cmd(
      `aws ecs run-task --cluster orders --task-definition orders-app --launch-type FARGATE --network-configuration ${NETWORK}`,
    ),
  ],
  goal: {
    description:
      'A running orders-app task reads Orders through its own task role, and the execution role keeps only what the agent needs.',
    appRun: (world) => {
      const task = latestTask(world);
      return task ? { target: { taskArn: task.taskArn }, call: ORDERS_CALL } : undefined;
    },
    check: (world: World, run: AppRun | undefined) => {
      const task = latestTask(world);
      const td = task ? findTaskDefinitionByArn(world, task.taskDefinitionArn) : undefined;
      const exec = executionRolesReadingOrders(world, td?.executionRoleArn, task?.taskId ?? 'ecs-agent');
      return allOf(
        callAllowed(run, 'The app in the latest orders-app task reads Orders'),
        condition(
          run?.outcome.credentialSource === 'container-endpoint' &&
            td?.taskRoleArn !== undefined &&
            td.taskRoleArn !== td.executionRoleArn,
          'The app gets its credentials from the ECS agent for a task role of its own.',
          'The app must get its credentials from a task role (set --task-role-arn), separate from the execution role.',
        ),
        condition(
          exec.checked.length > 0 && exec.reading.length === 0,
          'The execution role can no longer read Orders.',
          exec.reading.length > 0
            ? `${exec.reading.map((r) => r.name).join(' and ')} can still call dynamodb:GetItem on Orders. Take that permission off the execution role, whichever policy grants it: the agent never needs to read Orders.`
            : 'The task needs its execution role (orders-exec-role) for the image pull and the logs.',
        ),
      );
    },
  },
  hints: [
    'Run the task\'s app. The agent\'s steps (image pull, logs) succeed with the execution role. Then the SDK finds no AWS_CONTAINER_CREDENTIALS_RELATIVE_URI, and on Fargate there is nothing else to try (IMDS is out of reach): the AWS CLI says "Unable to locate credentials", the JavaScript SDK "Could not load credentials from any providers".',
    'The execution role is for the ECS agent: pulling images from ECR, writing logs, fetching secrets. The role your code uses is the task role, and the agent serves only that one at 169.254.170.2.',
    'Create orders-task-role trusting ecs-tasks.amazonaws.com with the orders-read policy, remove orders-read from orders-exec-role, register a new revision of orders-app with --task-role-arn, and run a new task.',
  ],
  debrief: {
    takeaways: [
      'An ECS task has two roles with different users. The task execution role is used by the ECS agent (or Fargate) to pull images and send logs; the task role is what the application code gets.',
      "Both trust ecs-tasks.amazonaws.com. Only the task role's credentials are served to the containers, through the agent's endpoint at 169.254.170.2 and the AWS_CONTAINER_CREDENTIALS_RELATIVE_URI variable; no keys are injected.",
      "Without a task role the SDK's chain goes on: on Fargate it finds nothing; on EC2 it may reach the instance's role through IMDS, which is usually worse.",
      'Keep each role to its job: application permissions on the execution role never reach the app, they only widen what the role used for launching tasks can do.',
    ],
    docs: [
      {
        title: 'Amazon ECS Developer Guide: Amazon ECS task IAM role',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
      },
      {
        title: 'Amazon ECS Developer Guide: Amazon ECS task execution IAM role',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
      },
      {
        title: 'Amazon ECS Best Practices Guide: Using IAM roles with Amazon ECS tasks',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/security-iam-roles.html',
      },
    ],
  },
  referenceSolution: [
    cmd('aws iam create-role --role-name orders-task-role --assume-role-policy-document file://trust-ecs-tasks.json'),
    cmd(
      'aws iam put-role-policy --role-name orders-task-role --policy-name orders-read --policy-document file://orders-read.json',
    ),
    cmd('aws iam delete-role-policy --role-name orders-exec-role --policy-name orders-read'),
    cmd(
      `aws ecs register-task-definition --family orders-app --task-role-arn arn:aws:iam::${LEARNER_ACCOUNT}:role/orders-task-role --execution-role-arn ${EXEC_ROLE_ARN} --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions file://containers.json`,
    ),
    cmd(
      `aws ecs run-task --cluster orders --task-definition orders-app --launch-type FARGATE --network-configuration ${NETWORK}`,
    ),
  ],
};
