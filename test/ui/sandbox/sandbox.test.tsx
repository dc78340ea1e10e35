import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { ProgressClient } from '../../../src/app/index.js';
import { createMemoryProgressStore, type ProgressStore } from '../../../src/progress/index.js';
import { getScenario } from '../../../src/sandbox/index.js';
import { screens } from '../../../src/ui/screens/registry.js';
import { App } from '../../../src/ui/shell/App.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import { keys } from '../../helpers/ink.js';
import { TutorTestProviders } from '../../helpers/tutor.js';

const now = Date.UTC(2026, 10, 22, 12);

function renderSandbox(initial: Route[], given?: ProgressStore) {
  const store = given ?? createMemoryProgressStore({ now: () => now });
  const instance = render(
    <TutorTestProviders options={{ client: new ProgressClient(store, () => now), services: { now: () => now } }}>
      <App initial={initial} screens={screens} onExit={() => {}} />
    </TutorTestProviders>,
  );
  const frame = () => instance.lastFrame() ?? '';
  const press = async (...input: string[]) => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    for (const chunk of input) {
      instance.stdin.write(chunk);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const waitFor = async (pattern: RegExp | string | ((frame: string) => boolean)) => {
    const test = (f: string) =>
      typeof pattern === 'string' ? f.includes(pattern) : typeof pattern === 'function' ? pattern(f) : pattern.test(f);
    for (let i = 0; i < 100 && !test(frame()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    return frame();
  };
  return { instance, frame, press, waitFor, store };
}

describe('sandbox screens', () => {
  it('lists the guided build, every challenge and free play', async () => {
    const app = renderSandbox([{ name: 'home' }, { name: 'sandbox' }]);
    const frame = await app.waitFor('Free play');
    expect(frame).toContain(getScenario('guided-ec2-dynamodb')!.title);
    expect(frame).toContain(getScenario('trust-instance-arn')!.title);
    app.instance.unmount();
  });

  it('runs the guided build step by step, plays an allowed timeline and saves completion', async () => {
    const app = renderSandbox([{ name: 'home' }, { name: 'sandbox', params: { scenario: 'guided-ec2-dynamodb' } }]);
    await app.waitFor('Next step (n)');
    const steps = getScenario('guided-ec2-dynamodb')!.steps!.length;
    for (let i = 0; i < steps; i++) await app.press('n');
    expect(await app.waitFor(/✓ Goal|Press : to type/)).not.toContain('Next step (n)');
    // r shows the flow diagram; t switches to the classic timeline.
    await app.press('r', 't');
    const timeline = await app.waitFor('The call was allowed');
    expect(timeline).toContain('IMDSv2 session token issued');
    expect(app.store.read().sandbox.challenges['guided-ec2-dynamodb']?.completed).toBe(true);
    await app.press(keys.down);
    expect(app.frame()).toMatch(/› \d\d:\d\d:\d\d sdk/);
    await app.press(keys.escape);
    expect(await app.waitFor('Press : to type')).toContain('Goal');
    app.instance.unmount();
  });

  it('shows AWS wording for a trust policy that names an instance, and hints on request', async () => {
    const app = renderSandbox([{ name: 'home' }, { name: 'sandbox', params: { scenario: 'trust-instance-arn' } }]);
    await app.waitFor('Goal');
    await app.press(':');
    await app.press(
      `aws iam create-role --role-name probe --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:ec2:us-east-1:111122223333:instance/i-0abc"},"Action":"sts:AssumeRole"}]}'`,
    );
    await app.press(keys.enter);
    expect((await app.waitFor('MalformedPolicyDocument')).replace(/\s+/g, ' ')).toMatch(/Invalid principal in policy/);
    await app.press('h');
    expect(await app.waitFor('Hint 1/')).toContain('Hint 1/');
    expect(app.store.read().sandbox.challenges['trust-instance-arn']?.hintsUsed).toBe(1);
    app.instance.unmount();
  });

  it('checks a challenge goal: missed on the setup, met after the reference solution', async () => {
    const scenario = getScenario('missing-instance-profile')!;
    const app = renderSandbox([{ name: 'home' }, { name: 'sandbox', params: { scenario: scenario.id } }]);
    await app.waitFor('Goal');
    await app.press('c');
    expect(await app.waitFor('Not yet:')).toContain('Not yet:');
    // Counted, so an attendee's live class hears of the failed check too.
    expect(app.store.read().sandbox.challenges[scenario.id]?.checksFailed).toBe(1);
    const { formatCommand } = await import('../../../src/sandbox/index.js');
    for (const action of scenario.referenceSolution) {
      await app.press(':', formatCommand(action), keys.enter);
    }
    await app.press('c');
    // The debrief follows the verdict: the goal line gets its ✓ and the AWS pages are listed.
    const met = await app.waitFor('✓ Goal:');
    expect(met).toContain(scenario.debrief.docs.at(-1)!.url);
    expect(app.store.read().sandbox.challenges[scenario.id]).toMatchObject({ completed: true, checksFailed: 1 });
    app.instance.unmount();
  });

  it('lists the verbs, and serves live endpoints whose requests appear in the log', async () => {
    const app = renderSandbox([{ name: 'home' }, { name: 'sandbox', params: { scenario: 'guided-ec2-dynamodb' } }]);
    await app.waitFor('Goal');
    await app.press('v');
    expect(await app.waitFor('aws iam create-role --role-name')).toContain('aws iam create-role --role-name');
    await app.press(keys.escape, 'l');
    const live = await app.waitFor(/AWS_EC2_METADATA_SERVICE_ENDPOINT=http:\/\/127\.0\.0\.1:\d+\//);
    const endpoint = /AWS_EC2_METADATA_SERVICE_ENDPOINT=(http:\/\/127\.0\.0\.1:\d+\/)/.exec(live)![1]!;
    const response = await fetch(`${endpoint}latest/api/token`, {
      method: 'PUT',
      headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '60' },
    });
    expect(response.status).toBe(200);
    expect(await app.waitFor('IMDSv2 token issued')).toContain('imds PUT /latest/api/token 200');
    app.instance.unmount();
  });

  it('shows the live requests under the credential-flow timeline while the endpoints serve', async () => {
    const app = renderSandbox([{ name: 'home' }, { name: 'sandbox', params: { scenario: 'guided-ec2-dynamodb' } }]);
    await app.waitFor('Goal');
    const steps = getScenario('guided-ec2-dynamodb')!.steps!.length;
    for (let i = 0; i < steps; i++) await app.press('n');
    await app.press('l');
    const live = await app.waitFor(/AWS_EC2_METADATA_SERVICE_ENDPOINT=http:\/\/127\.0\.0\.1:\d+\//);
    const endpoint = /AWS_EC2_METADATA_SERVICE_ENDPOINT=(http:\/\/127\.0\.0\.1:\d+\/)/.exec(live)![1]!;
    await app.press(keys.escape, 'r', 't');
    const before = await app.waitFor('Live requests');
    expect(before).toContain('No requests yet');
    expect(before).toContain('the app calls dynamodb:GetItem');
    const response = await fetch(`${endpoint}latest/meta-data/iam/security-credentials/`);
    expect(response.status).toBe(401);
    const after = await app.waitFor('IMDSv1 refused');
    // Both are on one screen: the simulated timeline and the real request the server just answered.
    expect(after).toContain('the app calls dynamodb:GetItem');
    expect(after).toContain('GET /latest/meta-data/iam/security-credentials/');
    app.instance.unmount();
  });

  it('+ in the live view moves the session clock (timeline and saved world) and the live endpoints together', async () => {
    const app = renderSandbox([{ name: 'home' }, { name: 'sandbox', params: { scenario: 'guided-ec2-dynamodb' } }]);
    await app.waitFor('Goal');
    await app.press('l');
    await app.waitFor(/AWS_EC2_METADATA_SERVICE_ENDPOINT=http:\/\/127\.0\.0\.1:\d+\//);
    const clock = () => (app.store.read().sandbox.lastWorld as { world?: { now: number } } | null)?.world?.now;
    await app.press(':', 'clock advance 1m', keys.enter);
    await app.waitFor('1m');
    const before = clock();
    expect(before).toBeDefined();
    await app.press('l', '+');
    const after = await app.waitFor('sandbox clock +15 min');
    expect(after).toContain('sandbox clock +15 min');
    expect(clock()).toBe(before! + 15 * 60_000);
    app.instance.unmount();
  });

  it('footer hints say what a key does now: o names the action, s only while serving, no q while typing', async () => {
    const app = renderSandbox([{ name: 'home' }, { name: 'sandbox', params: { scenario: 'guided-ec2-dynamodb' } }]);
    await app.waitFor('Goal');
    // Typing at the prompt: q and ? are letters of the command, so the footer does not offer them.
    await app.press(':');
    const typing = await app.waitFor('Enter run');
    expect(typing).not.toContain('q quit');
    expect(typing).not.toContain('? help');
    await app.press(keys.escape);
    expect(await app.waitFor('q quit')).toContain(': command');
    const steps = getScenario('guided-ec2-dynamodb')!.steps!.length;
    for (let i = 0; i < steps; i++) await app.press('n');
    await app.press('r', 't');
    // Refresh is on by default: the hint offers turning it off, and after o, turning it on.
    expect(await app.waitFor('o turn refresh off')).toContain('o turn refresh off');
    await app.press('o');
    expect(await app.waitFor('o turn refresh on')).toContain('o turn refresh on');
    await app.press(keys.escape, 'l');
    expect(await app.waitFor('s stop serving')).toContain('+ +15 min');
    await app.press('s');
    const stopped = await app.waitFor((f: string) => !f.includes('s stop serving'));
    expect(stopped).not.toContain('s stop serving');
    expect(stopped).not.toContain('+ +15 min');
    // Nothing moves on the live view, so no move hint either.
    expect(stopped).not.toMatch(/↑↓\S* move/);
    app.instance.unmount();
  });

  it('reopening a solved scenario offers the solved world or a fresh start', async () => {
    const { completeChallenge } = await import('../../../src/progress/index.js');
    const { formatCommand, runCommand, savedPlay, scenarios, startSession, checkSession } = await import(
      '../../../src/sandbox/index.js'
    );
    const scenario = getScenario('missing-instance-profile')!;
    let solved = startSession(scenario.id);
    for (const action of scenario.referenceSolution) solved = runCommand(solved, formatCommand(action));
    solved = checkSession(solved).session;
    const app = renderSandbox([{ name: 'home' }, { name: 'sandbox' }]);
    completeChallenge(app.store, scenario.id, savedPlay(solved));
    app.instance.unmount();
    const again = renderSandbox([{ name: 'home' }, { name: 'sandbox' }], app.store);
    await again.waitFor('Free play');
    const position = scenarios.findIndex((s) => s.id === scenario.id);
    await again.press(...Array.from({ length: position }, () => keys.down), keys.enter);
    expect(await again.waitFor('View your solved world')).toContain('Start again');
    await again.press(keys.enter);
    expect(await again.waitFor('✓ Goal:')).toContain('Resumed your last world');
    again.instance.unmount();
  });

  it('edits a policy file in place: IAM checks it as you type, Esc saves it for file://', async () => {
    const app = renderSandbox([{ name: 'home' }, { name: 'sandbox', params: { scenario: 'guided-ec2-dynamodb' } }]);
    await app.waitFor('Goal');
    await app.press('p');
    expect(await app.waitFor('aws> edit ')).toContain('aws> edit ');
    await app.press('trust-e', keys.tab, keys.enter);
    const open = await app.waitFor('Editing trust-ec2.json');
    expect(open).toContain('IAM accepts this as a trust policy');
    expect(open).toContain('Ctrl+S save');
    // A comma too many, typed at the end of the first line: the error names its line and column.
    await app.press(keys.down, ',');
    const broken = await app.waitFor('Syntax errors in policy');
    expect(broken).toMatch(/✗ \d+:\d+ Syntax errors in policy/);
    expect(broken).toContain('(not saved)');
    await app.press(keys.escape);
    expect(await app.waitFor('Saved trust-ec2.json')).toContain('file://trust-ec2.json');
    await app.press('n', 'n');
    expect(await app.waitFor('MalformedPolicyDocument')).toContain('MalformedPolicyDocument');
    app.instance.unmount();
  });

  it('exports the world as CloudFormation', async () => {
    const app = renderSandbox([{ name: 'home' }, { name: 'sandbox', params: { scenario: 'guided-ec2-dynamodb' } }]);
    await app.waitFor('Goal');
    await app.press('e', keys.right);
    expect(await app.waitFor('CloudFormation')).toContain('AWSTemplateFormatVersion');
    app.instance.unmount();
  });
});
