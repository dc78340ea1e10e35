import { describe, expect, it } from 'vitest';
import { formatCommand, getScenario } from '../../../src/sandbox/index.js';
import { type PlaySession, runCommand, runTheApp, startSession } from '../../../src/sandbox/index.js';

// The sandbox starts at 2026-01-01T09:00:00Z. A policy that only allows the read after 10:00
// must follow that simulated clock, not the machine's (which is long past it).
const afterTen = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: 'dynamodb:GetItem',
      Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/Orders',
      Condition: { DateGreaterThan: { 'aws:CurrentTime': '2026-01-01T10:00:00Z' } },
    },
  ],
});

describe('aws:CurrentTime in the sandbox', () => {
  it('is the simulated clock', () => {
    let session: PlaySession = { ...startSession('guided-ec2-dynamodb'), scenarioId: null };
    const guided = getScenario('guided-ec2-dynamodb')!;
    // The guided build, with the timed policy in place of the plain read policy.
    for (const action of guided.referenceSolution) session = runCommand(session, formatCommand(action));
    session = runCommand(
      session,
      'aws iam detach-role-policy --role-name app-role --policy-arn arn:aws:iam::111122223333:policy/orders-read',
    );
    session = runCommand(
      session,
      `aws iam put-role-policy --role-name app-role --policy-name after-ten --policy-document '${afterTen}'`,
    );
    expect(session.log.filter((line) => line.kind === 'error')).toEqual([]);
    expect(runTheApp(session).lastRun?.outcome.result).toBe('denied');
    session = runCommand(session, 'clock advance 2h');
    expect(runTheApp(session).lastRun?.outcome.result).toBe('allowed');
  });
});
