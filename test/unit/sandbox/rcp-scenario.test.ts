// The RCP scenario: the data-perimeter RCP is what refuses the partner, AWS's error wording names
// it, and only a partner-sized exception solves it.

import { describe, expect, it } from 'vitest';
import { applyActions, checkGoal, getScenario, parseCommand, startScenario } from '../../../src/sandbox/index.js';
import { notAuthorizedMessage } from '../../../src/sandbox/denial.js';
import { outsiderDecision, partnerReadDecision } from '../../../src/sandbox/scenarios/rcp-data-perimeter.js';
import { evaluateForSession, roleSession } from '../../../src/sandbox/sessions.js';

const scenario = getScenario('rcp-data-perimeter')!;

function afterCommands(...lines: string[]) {
  const actions = lines.map((l) => {
    if (l.startsWith('file write ')) {
      const [, , name, ...rest] = l.split(' ');
      return { verb: 'file write' as const, input: { name: name!, content: rest.join(' ') } };
    }
    const p = parseCommand(l);
    if (!p.ok) throw new Error(p.message);
    return p.action;
  });
  const applied = applyActions(startScenario(scenario), actions);
  if (applied.failure) throw new Error(applied.failure.command);
  return applied.world;
}

describe('rcp-data-perimeter', () => {
  it('refuses the partner with an explicit deny in a resource control policy', () => {
    const world = startScenario(scenario);
    const read = partnerReadDecision(world);
    expect(read?.decision).toBe('ExplicitDeny');
    expect(read?.summary).toContain('resource control policy');
    const account = world.accounts['444455556666']!;
    const decision = evaluateForSession(world, roleSession(account, account.roles['partner-reports-reader']!, 's'), {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::learner-reports/daily/2024-06-01.csv',
    });
    expect(
      notAuthorizedMessage(
        'arn:aws:sts::444455556666:assumed-role/partner-reports-reader/s',
        's3:GetObject',
        'arn:aws:s3:::learner-reports/daily/2024-06-01.csv',
        decision,
      ),
    ).toMatch(/with an explicit deny in a resource control policy$/);
    expect(checkGoal(scenario, world).met).toBe(false);
  });

  it('is not solved by dropping the perimeter', () => {
    const open = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
    });
    const world = afterCommands(
      `file write open.json ${open}`,
      'aws organizations update-policy --policy-id p-00000002 --content file://open.json',
    );
    expect(partnerReadDecision(world)?.decision).toBe('Allow');
    expect(outsiderDecision(world)).toBe('Allow');
    expect(checkGoal(scenario, world).met).toBe(false);
  });

  it('is not solved by a wider bucket policy: the RCP Deny still wins', () => {
    const wide = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::learner-reports/*' }],
    });
    const world = afterCommands(
      `file write wide.json ${wide}`,
      'aws s3api put-bucket-policy --bucket learner-reports --policy file://wide.json',
    );
    expect(partnerReadDecision(world)?.decision).toBe('ExplicitDeny');
  });

  it('is met by the reference solution, which keeps other outsiders out', () => {
    const solved = applyActions(startScenario(scenario), scenario.referenceSolution);
    expect(solved.failure).toBeUndefined();
    expect(partnerReadDecision(solved.world)?.decision).toBe('Allow');
    expect(outsiderDecision(solved.world)).toBe('ExplicitDeny');
    expect(checkGoal(scenario, solved.world).met).toBe(true);
  });

  it('refuses an RCP that names a principal, as Organizations would', () => {
    const named = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: { AWS: '111122223333' }, Action: 's3:*', Resource: '*' }],
    });
    expect(() =>
      afterCommands(
        `file write named.json ${named}`,
        'aws organizations update-policy --policy-id p-00000002 --content file://named.json',
      ),
    ).toThrow(/update-policy/);
  });
});

describe('IAM size quotas in the sandbox', () => {
  it('refuses a trust policy over 2,048 characters with LimitExceeded, as IAM does', () => {
    const principals = Array.from({ length: 60 }, (_, i) => `arn:aws:iam::111122223333:role/deployer-${i}`);
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole' }],
    });
    const world = applyActions(startScenario(scenario), [
      { verb: 'file write', input: { name: 'big-trust.json', content: trust } },
      parseCommandOrThrow('aws iam create-role --role-name big --assume-role-policy-document file://big-trust.json'),
    ]);
    expect(world.failure?.outcome.ok).toBe(false);
    expect(world.failure && !world.failure.outcome.ok && world.failure.outcome.line).toMatch(
      /LimitExceeded.*ACLSizePerRole: 2048/,
    );
  });
});

function parseCommandOrThrow(line: string) {
  const p = parseCommand(line);
  if (!p.ok) throw new Error(p.message);
  return p.action;
}
