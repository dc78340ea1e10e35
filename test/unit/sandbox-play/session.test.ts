import { describe, expect, it } from 'vitest';
import { formatCommand, getScenario, scenarios } from '../../../src/sandbox/index.js';
import {
  checkSession,
  guideOf,
  revealHint,
  runCommand,
  runNextStep,
  runTheApp,
  startSession,
} from '../../../src/sandbox/index.js';

describe('sandbox play session', () => {
  it('walks the guided build step by step to a met goal and an allowed call', () => {
    const guided = getScenario('guided-ec2-dynamodb')!;
    let session = startSession(guided.id);
    expect(checkSession(session).result?.met).toBe(false);
    for (let i = 0; i < (guided.steps?.length ?? 0); i++) session = runNextStep(session);
    expect(session.reached).toHaveLength(guided.steps!.length);
    expect(guideOf(session).next).toBeUndefined();
    const { session: checked, result } = checkSession(session);
    expect(result?.met).toBe(true);
    expect(checked.goalMet).toBe(true);
    expect(runTheApp(session).lastRun?.outcome.result).toBe('allowed');
  });

  it.each(scenarios.filter((s) => s.kind === 'challenge').map((s) => [s.id]))(
    '%s: typing the reference solution meets the goal',
    (id) => {
      const scenario = getScenario(id)!;
      let session = startSession(id);
      for (const action of scenario.referenceSolution) session = runCommand(session, formatCommand(action));
      expect(session.log.filter((line) => line.kind === 'error')).toEqual([]);
      expect(checkSession(session).result?.met).toBe(true);
    },
  );

  it('logs the AWS CLI error for a bad trust policy, and the command as typed', () => {
    let session = startSession(null);
    session = runCommand(
      session,
      `aws iam create-role --role-name app --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:ec2:us-east-1:111122223333:instance/i-0abc"},"Action":"sts:AssumeRole"}]}'`,
    );
    const errors = session.log.filter((line) => line.kind === 'error').map((line) => line.text);
    expect(errors.join('\n')).toMatch(/MalformedPolicyDocument/);
    expect(session.history).toHaveLength(1);
  });

  it('explains an unknown command instead of throwing', () => {
    const session = runCommand(startSession(null), 'aws iam frobnicate --x 1');
    expect(session.log.at(-1)?.kind).toBe('error');
  });

  it('reveals hints in order and says when there are no more', () => {
    const scenario = getScenario('missing-instance-profile')!;
    let session = startSession(scenario.id);
    for (let i = 0; i < scenario.hints.length; i++) session = revealHint(session);
    expect(session.hintsShown).toBe(scenario.hints.length);
    expect(
      session.log.filter((line) => line.kind === 'hint').map((line) => line.text.replace(/^Hint \d+\/\d+: /, '')),
    ).toEqual(scenario.hints);
    session = revealHint(session);
    expect(session.log.at(-1)?.text).toBe('That was the last hint.');
  });
});

describe('sandbox prompt helpers', () => {
  it('lists every verb with its flags', async () => {
    const { verbUsage } = await import('../../../src/sandbox/index.js');
    expect(verbUsage().some((usage) => usage.startsWith('aws iam create-role') && usage.includes('--role-name'))).toBe(
      true,
    );
  });

  it('adds the debrief with documentation the first time the goal is met', () => {
    const scenario = getScenario('missing-instance-profile')!;
    let session = startSession(scenario.id);
    for (const action of scenario.referenceSolution) session = runCommand(session, formatCommand(action));
    const once = checkSession(session).session;
    expect(once.log.some((line) => line.text.includes(scenario.debrief.docs[0]!.url))).toBe(true);
    const twice = checkSession(once).session;
    expect(twice.log.filter((line) => line.text === 'What to take away:')).toHaveLength(1);
  });
});

describe('read commands in the log', () => {
  it('keep the whole answer: get-role shows the trust policy, folded to the pane', async () => {
    const { logRows } = await import('../../../src/ui/screens/sandbox/logLines.js');
    const scenario = getScenario('guided-ec2-dynamodb')!;
    let session = startSession(scenario.id);
    for (const action of scenario.referenceSolution) session = runCommand(session, formatCommand(action));
    session = runCommand(session, 'aws iam get-role --role-name app-role');
    const answer = session.log.at(-1)!;
    expect(answer.kind).toBe('ok');
    const text = (width: number) => logRows([answer], width).map((row) => row.map((s) => s.text).join(''));
    for (const width of [76, 56]) {
      const rows = text(width);
      for (const row of rows) expect([...row].length, row).toBeLessThanOrEqual(width);
      expect(rows.join('\n')).toContain('"AssumeRolePolicyDocument": {');
      expect(rows.join('\n')).toContain('"Service": "ec2.amazonaws.com"');
      expect(rows.join('\n')).toContain('"MaxSessionDuration": 3600');
    }
  });

  it('a command that changes the world still answers with its key fields only', () => {
    const session = runCommand(startSession(null), 'aws ecs create-cluster --cluster-name orders');
    expect(session.log.at(-1)).toEqual({ kind: 'ok', text: expect.stringContaining('orders') });
  });
});
