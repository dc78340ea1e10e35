// Builders for sandbox tests: worlds from command lines, as a learner would type them.

import { expect } from 'vitest';
import { applyAction, type ActionResult, createWorld, parseCommand, type World } from '../../../src/sandbox/index.js';

export const ACCT = '111122223333';
export const PARTNER = '444455556666';
export const ORDERS = `arn:aws:dynamodb:us-east-1:${ACCT}:table/Orders`;

export const TRUST_EC2 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
export const TRUST_ECS = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
export const TRUST_LAMBDA = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
export const READ_ORDERS = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: ORDERS }],
});

/** Runs one typed command; the result, whether it succeeded or not. */
export function attempt(world: World, line: string): ActionResult {
  const parsed = parseCommand(line);
  if (!parsed.ok) throw new Error(`test command does not parse: ${line}\n${parsed.message}`);
  return applyAction(world, parsed.action);
}

/** Runs commands that must all succeed and returns the world after them. */
export function build(world: World, ...lines: string[]): World {
  let w = world;
  for (const line of lines) {
    const r = attempt(w, line);
    if (!r.outcome.ok) throw new Error(`test setup failed: ${line}\n${r.outcome.line}`);
    w = r.world;
  }
  return w;
}

/** The error a command fails with (and a failure of the test when it succeeds). */
export function failure(
  world: World,
  line: string,
): { code: string; message: string; line: string; hint?: string; source: string } {
  const r = attempt(world, line);
  if (r.outcome.ok) throw new Error(`expected ${line} to fail, it succeeded`);
  expect(r.world).toBe(world);
  return { ...r.outcome.error, line: r.outcome.line };
}

export const q = (json: string): string => `'${json}'`;

/** A table, a role trusting EC2 with GetItem on it, a profile holding the role and an instance with the profile. */
export function ec2App(options: { metadata?: string; trust?: string; policy?: string } = {}): {
  world: World;
  instanceId: string;
} {
  const world = build(
    createWorld(),
    'aws dynamodb create-table --table-name Orders --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST',
    `aws iam create-role --role-name app-role --assume-role-policy-document ${q(options.trust ?? TRUST_EC2)}`,
    `aws iam put-role-policy --role-name app-role --policy-name read --policy-document ${q(options.policy ?? READ_ORDERS)}`,
    'aws iam create-instance-profile --instance-profile-name app-profile',
    'aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role',
    `aws ec2 run-instances --image-id ami-1 --iam-instance-profile Name=app-profile --metadata-options ${options.metadata ?? 'HttpTokens=required,HttpPutResponseHopLimit=1'}`,
  );
  const instanceId = Object.keys(world.accounts[ACCT]!.instances)[0]!;
  return { world, instanceId };
}

export const GET_ORDERS = { action: 'dynamodb:GetItem', resource: ORDERS };
