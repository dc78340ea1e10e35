import { describe, expect, it } from 'vitest';
import {
  applyActions,
  checkGoal,
  getScenario,
  parseCommand,
  scenarioIds,
  scenarios,
  startScenario,
} from '../../../src/sandbox/index.js';
import { FIRST_INSTANCE } from '../../../src/sandbox/scenarios/fixtures.js';
import { wildcardActions } from '../../../src/sandbox/scenarios/least-privilege.js';
import { ACCT, q } from './helpers.js';

function solved(id: string) {
  const s = getScenario(id)!;
  const applied = applyActions(startScenario(s), s.referenceSolution);
  if (applied.failure) throw new Error(`reference solution of ${id} failed at ${applied.failure.command}`);
  return applied.world;
}

function apply(id: string, ...lines: string[]) {
  const s = getScenario(id)!;
  const actions = lines.map((l) => {
    const p = parseCommand(l);
    if (!p.ok) throw new Error(p.message);
    return p.action;
  });
  const applied = applyActions(startScenario(s), actions);
  if (applied.failure)
    throw new Error(`${applied.failure.command}: ${!applied.failure.outcome.ok && applied.failure.outcome.line}`);
  return checkGoal(s, applied.world);
}

describe('the scenario catalogue', () => {
  it('has exactly the ids that lessons may link to, in ids.ts', () => {
    expect(scenarios.map((s) => s.id)).toEqual([...scenarioIds]);
  });

  it('has one guided build and at least 8 challenges, each with 2-4 hints and AWS documentation', () => {
    expect(scenarios.filter((s) => s.kind === 'guided').map((s) => s.id)).toEqual(['guided-ec2-dynamodb']);
    expect(scenarios.filter((s) => s.kind === 'challenge').length).toBeGreaterThanOrEqual(8);
    for (const s of scenarios) {
      expect(s.hints.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.hints.length, s.id).toBeLessThanOrEqual(4);
      expect(s.debrief.takeaways.length, s.id).toBeGreaterThan(0);
      expect(s.debrief.docs.length, s.id).toBeGreaterThan(0);
      for (const d of s.debrief.docs) expect(d.url, s.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
  });

  it('the guided build explains every step, and its steps are its reference solution', () => {
    const g = getScenario('guided-ec2-dynamodb')!;
    expect(g.steps?.length).toBeGreaterThanOrEqual(5);
    expect(g.steps!.map((s) => s.action)).toEqual(g.referenceSolution);
    for (const step of g.steps!) expect(step.explanation.length).toBeGreaterThan(40);
  });

  it('names the first instance the setups launch', () => {
    const w = startScenario(getScenario('missing-instance-profile')!);
    expect(Object.keys(w.accounts[ACCT]!.instances)).toEqual([FIRST_INSTANCE]);
    expect(w.log.every((e) => e.origin === 'setup')).toBe(true);
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))('scenario %s', (_id, scenario) => {
  it('is not met on its setup', () => {
    const result = checkGoal(scenario, startScenario(scenario));
    expect(result.met).toBe(false);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('is met after its reference solution', () => {
    const result = checkGoal(scenario, solved(scenario.id));
    expect(result.reasons.join('\n')).not.toMatch(/not yet/);
    expect(result.met).toBe(true);
  });

  it('starts the same way every time', () => {
    expect(startScenario(scenario)).toEqual(startScenario(scenario));
  });
});

describe('what the goals refuse', () => {
  it('least-privilege rejects a wildcard action even when it is scoped to the table', () => {
    const getStar = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'dynamodb:Get*', Resource: `arn:aws:dynamodb:us-east-1:${ACCT}:table/Orders` },
      ],
    });
    const r = apply(
      'least-privilege',
      `aws iam put-role-policy --role-name app-role --policy-name get --policy-document ${q(getStar)}`,
      'aws iam delete-role-policy --role-name app-role --policy-name too-broad',
    );
    expect(r.met).toBe(false);
    expect(r.reasons[0]).toMatch(/wildcard: dynamodb:Get\*/);
  });

  it('least-privilege rejects an AWS managed read-only policy and a GetItem on every table', () => {
    expect(
      apply(
        'least-privilege',
        'aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess',
        'aws iam delete-role-policy --role-name app-role --policy-name too-broad',
      ).met,
    ).toBe(false);
    const anyTable = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' }],
    });
    const r = apply(
      'least-privilege',
      `aws iam put-role-policy --role-name app-role --policy-name get --policy-document ${q(anyTable)}`,
      'aws iam delete-role-policy --role-name app-role --policy-name too-broad',
    );
    expect(r.met).toBe(false);
    expect(r.reasons[0]).toBe('app-role can still read the Customers table.');
  });

  it('wildcardActions spots * and ? in Allow actions and NotAction', () => {
    expect(
      wildcardActions({
        Statement: [{ Effect: 'Allow', Action: ['s3:Get?bject', 'dynamodb:GetItem'], Resource: '*' }],
      }),
    ).toEqual(['s3:Get?bject']);
    expect(wildcardActions({ Statement: { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' } })).toEqual([
      'NotAction "iam:*"',
    ]);
    expect(wildcardActions({ Statement: { Effect: 'Deny', Action: '*', Resource: '*' } })).toEqual([]);
  });

  it('imdsv2-v1-client is not solved by switching tokens back to optional', () => {
    const r = apply(
      'imdsv2-v1-client',
      `aws ec2 modify-instance-metadata-options --instance-id ${FIRST_INSTANCE} --http-tokens optional`,
    );
    expect(r.run?.outcome.result).toBe('allowed');
    expect(r.met).toBe(false);
  });

  it('hop-limit-container is not solved by moving the app to the host or by a hop limit of 64', () => {
    expect(apply('hop-limit-container', `app deploy --instance-id ${FIRST_INSTANCE} --runtime host`).met).toBe(false);
    expect(
      apply(
        'hop-limit-container',
        `aws ec2 modify-instance-metadata-options --instance-id ${FIRST_INSTANCE} --http-put-response-hop-limit 64`,
      ).met,
    ).toBe(false);
  });

  it('explicit-deny is not solved by deleting the freeze altogether', () => {
    const r = apply('explicit-deny', 'aws iam delete-role-policy --role-name app-role --policy-name freeze-orders');
    expect(r.run?.outcome.result).toBe('allowed');
    expect(r.met).toBe(false);
  });

  it('ecs-execution-role-mixup is not solved by using the execution role as the task role', () => {
    const arn = `arn:aws:iam::${ACCT}:role/orders-exec-role`;
    const r = apply(
      'ecs-execution-role-mixup',
      `aws ecs register-task-definition --family orders-app --task-role-arn ${arn} --execution-role-arn ${arn} --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions file://containers.json`,
      'aws ecs run-task --cluster orders --task-definition orders-app --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-0abc1234]}"',
    );
    expect(r.run?.outcome.result).toBe('allowed');
    expect(r.met).toBe(false);
  });

  it('ecs-execution-role-mixup is not solved by moving the permission to a managed policy on the execution role', () => {
    const s = getScenario('ecs-execution-role-mixup')!;
    const loophole = [
      'aws iam create-policy --policy-name orders-read --policy-document file://orders-read.json',
      `aws iam attach-role-policy --role-name orders-exec-role --policy-arn arn:aws:iam::${ACCT}:policy/orders-read`,
    ].map((l) => {
      const p = parseCommand(l);
      if (!p.ok) throw new Error(p.message);
      return p.action;
    });
    // The reference solution (task role, inline policy off the execution role), then the same permission back as a managed policy.
    const applied = applyActions(startScenario(s), [...s.referenceSolution, ...loophole]);
    expect(applied.failure).toBeUndefined();
    const r = checkGoal(s, applied.world);
    expect(r.run?.outcome.result).toBe('allowed');
    expect(r.met).toBe(false);
    expect(r.reasons[0]).toBe(
      'orders-exec-role can still call dynamodb:GetItem on Orders. Take that permission off the execution role, whichever policy grants it: the agent never needs to read Orders.',
    );
  });

  it("trust-instance-arn: the blog post's trust policy is refused by IAM", () => {
    expect(() =>
      apply(
        'trust-instance-arn',
        'aws iam create-role --role-name app-role --assume-role-policy-document file://trust-instance.json',
      ),
    ).toThrow(/MalformedPolicyDocument.*Invalid principal in policy/);
  });
});

describe('trust-instance-arn keeps the role to one instance', () => {
  it('is not solved with a permissions policy that works from any instance', () => {
    const anyInstance = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: `arn:aws:dynamodb:us-east-1:${ACCT}:table/Orders` },
      ],
    });
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    const r = apply(
      'trust-instance-arn',
      `aws iam create-role --role-name app-role --assume-role-policy-document ${q(trust)}`,
      `aws iam put-role-policy --role-name app-role --policy-name read --policy-document ${q(anyInstance)}`,
      'aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role',
      `aws ec2 associate-iam-instance-profile --instance-id ${FIRST_INSTANCE} --iam-instance-profile Name=app-profile`,
    );
    expect(r.run?.outcome.result).toBe('allowed');
    expect(r.met).toBe(false);
    expect(r.reasons[0]).toMatch(/ec2:SourceInstanceARN/);
  });
});
