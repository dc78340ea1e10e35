import { describe, expect, it } from 'vitest';
import {
  accountsWithResources,
  checkSession,
  exporters,
  formatCommand,
  getScenario,
  guideOf,
  fastForward,
  type PlaySession,
  resumeSaved,
  runCommand,
  runNextStep,
  runTheApp,
  savedPlay,
  startSession,
  toggleRefresh,
} from '../../../src/sandbox/index.js';

const MINUTES_15 = 15 * 60 * 1000;

/** The guided build done, so an app on the instance can read the Orders table. */
function builtGuided(): PlaySession {
  const guided = getScenario('guided-ec2-dynamodb')!;
  let session = startSession(guided.id);
  for (let i = 0; i < (guided.steps?.length ?? 0); i++) session = runNextStep(session);
  return session;
}

/** The same world in free play (free play has no goal to say what runs). */
function freePlayWithApp(): PlaySession {
  let session: PlaySession = { ...startSession('guided-ec2-dynamodb'), scenarioId: null };
  for (const action of getScenario('guided-ec2-dynamodb')!.referenceSolution)
    session = runCommand(session, formatCommand(action));
  return session;
}

const whats = (session: PlaySession) => session.lastRun?.events.map((e) => e.what).join('\n') ?? '';

describe('running the app in a sandbox session', () => {
  it('runs the newest instance in free play against the first table, and says what it chose', () => {
    const session = runTheApp(freePlayWithApp());
    expect(session.lastRun?.outcome.result).toBe('allowed');
    expect(session.log.at(-1)?.text).toMatch(
      /^Ran the app: the app on instance i-[0-9a-f]+ calls dynamodb:GetItem on arn:aws:dynamodb:/,
    );
  });

  it('tells free play what is missing instead of running nothing', () => {
    const empty = runTheApp(startSession(null));
    expect(empty.lastRun).toBeUndefined();
    expect(empty.log.at(-1)?.text).toMatch(/nothing for an app to run on/);
  });

  it('keeps the SDK cache across fast-forwards: reused first, refreshed near expiry', () => {
    let session = runTheApp(builtGuided());
    const firstKey = session.lastRun?.cache?.credentials.accessKeyId;
    expect(firstKey).toBeDefined();
    session = fastForward(session, MINUTES_15);
    expect(whats(session)).toContain(`uses cached credentials ${firstKey}`);
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      session = fastForward(session, MINUTES_15);
      seen.push(whats(session));
    }
    expect(seen.join('\n')).toContain('refreshes its credentials');
    expect(session.lastRun?.outcome.result).toBe('allowed');
    expect(session.lastRun?.cache?.credentials.accessKeyId).not.toBe(firstKey);
  });

  it('lets credentials expire when the app never refreshes them, and the call fails', () => {
    let session = toggleRefresh(runTheApp(builtGuided()));
    expect(session.sdkRefresh).toBe(false);
    for (let i = 0; i < 5; i++) session = fastForward(session, MINUTES_15);
    expect(session.lastRun?.outcome.result).toBe('expired');
    expect(toggleRefresh(session).sdkRefresh).toBe(true);
  });

  it('starts the app afresh with r, without the old cache', () => {
    const once = runTheApp(builtGuided());
    const again = runTheApp(fastForward(once, MINUTES_15));
    expect(whats(again)).not.toContain('uses cached credentials');
  });
});

const lambdaTrust = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

describe('guided steps and resuming', () => {
  it('stays on a step AWS refused, so n retries it', () => {
    const guided = getScenario('guided-ec2-dynamodb')!;
    let session = runNextStep(startSession(guided.id));
    // app-role made by hand, trusting Lambda: step 2 (a role that trusts EC2) is not done, and
    // doing it collides with the role that exists.
    session = runCommand(session, `file write trust-lambda.json '${JSON.stringify(lambdaTrust)}'`);
    session = runCommand(
      session,
      'iam create-role --role-name app-role --assume-role-policy-document file://trust-lambda.json',
    );
    const after = runNextStep(session);
    expect(guideOf(after).next).toBe(1);
    expect(after.log.some((line) => line.text.includes('EntityAlreadyExists'))).toBe(true);
    expect(after.log.at(-1)?.text).toMatch(/n retries it/);
  });

  it('resumes a saved session with its steps, hints, history and goal where they were left', () => {
    const guided = getScenario('guided-ec2-dynamodb')!;
    let session = startSession(guided.id);
    session = runNextStep(runNextStep(runCommand(session, 'clock advance 1m')));
    const saved = JSON.parse(JSON.stringify(savedPlay({ ...session, hintsShown: 1 })));
    const resumed = resumeSaved(saved)!;
    expect(resumed.scenarioId).toBe(guided.id);
    expect(resumed.reached).toEqual([0, 1]);
    expect(resumed.history.at(0)).toBe('clock advance 1m');
    expect(resumed.hintsShown).toBe(1);
    // The next step continues the build instead of colliding with what already exists.
    const next = runNextStep(resumed);
    expect(guideOf(next).next).toBe(3);
    expect(next.log.some((line) => line.kind === 'error')).toBe(false);
  });

  it('resumes a world saved before steps were kept, and refuses a damaged record', () => {
    const old = { scenarioId: null, world: startSession(null).world };
    expect(resumeSaved(JSON.parse(JSON.stringify(old)))?.reached).toEqual([]);
    expect(resumeSaved({ scenarioId: 'x' })).toBeNull();
    expect(resumeSaved('nope')).toBeNull();
    // The older format's "next step" index becomes the steps before it.
    const guided = getScenario('guided-ec2-dynamodb')!;
    const older = { scenarioId: guided.id, world: startSession(guided.id).world, step: 2 };
    expect(resumeSaved(older)?.reached).toEqual([0, 1]);
    expect(resumeSaved({ ...older, step: -3 })?.reached).toEqual([]);
  });
});

describe('command summaries', () => {
  it("names a nested ARN by its parent, so the profile's ARN is not read as the instance's", () => {
    const session = freePlayWithApp();
    const launched = session.log.find((line) => line.kind === 'ok' && line.text.includes('InstanceId'));
    expect(launched?.text).toMatch(/IamInstanceProfile\.Arn: arn:aws:iam::111122223333:instance-profile\//);
    expect(launched?.text).not.toMatch(/(^|· )Arn:/);
  });
});

describe('goal check marks', () => {
  it('marks each reason by whether it holds, not by the overall verdict', () => {
    const session = startSession('imdsv2-v1-client');
    const checked = checkSession(session).session;
    const kept = checked.log.find((line) => line.text.startsWith('The instance still requires IMDSv2'));
    const call = checked.log.find((line) => line.text.startsWith('The app reads the Orders table'));
    expect(kept?.kind).toBe('goal-met');
    expect(call?.kind).toBe('goal-missed');
  });
});

describe('export choices', () => {
  it('offers the partner account once something is built there, with its own file name', () => {
    let session = startSession(null);
    expect(accountsWithResources(session.world)).toEqual(['111122223333']);
    session = runCommand(
      session,
      'aws dynamodb create-table --table-name Shared --attribute-definitions AttributeName=pk,AttributeType=S --key-schema AttributeName=pk,KeyType=HASH --billing-mode PAY_PER_REQUEST --profile partner',
    );
    expect(session.log.some((line) => line.kind === 'error')).toBe(false);
    const accounts = accountsWithResources(session.world);
    expect(accounts).toEqual(['111122223333', '444455556666']);
    const cfn = exporters.find((e) => e.label === 'CloudFormation')!;
    expect(cfn.file('444455556666', session.world)).toBe('iam-tutor-sandbox-partner.yaml');
    expect(cfn.render(session.world, '444455556666')).toContain('Shared');
    expect(cfn.render(session.world, '111122223333')).not.toContain('Shared');
  });
});
