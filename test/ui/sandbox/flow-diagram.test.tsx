import { afterEach, describe, expect, it } from 'vitest';
import { SandboxPlay } from '../../../src/ui/screens/sandbox/SandboxPlay.js';
import { startSession } from '../../../src/sandbox/index.js';
import { screens as realScreens } from '../../../src/ui/screens/registry.js';
import { App } from '../../../src/ui/shell/App.js';
import type { ScreenRegistry } from '../../../src/ui/shell/screenTypes.js';
import { renderInFakeTerminal, settled } from '../../helpers/fakeTerminal.js';
import { keys } from '../../helpers/ink.js';
import { TutorTestProviders } from '../../helpers/tutor.js';

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

function renderScenario(scenario: string, columns: number, rows: number) {
  const screens: ScreenRegistry = {
    ...realScreens,
    sandbox: { title: 'Sandbox', component: () => <SandboxPlay initial={startSession(scenario)} progress={null} /> },
  };
  const { stdout, stdin, instance } = renderInFakeTerminal(
    <TutorTestProviders>
      <App initial={[{ name: 'sandbox' }]} screens={screens} onExit={() => {}} />
    </TutorTestProviders>,
    { columns, rows },
  );
  unmount = () => instance.unmount();
  const frame = () => (stdout.frames.at(-1) ?? '').replace(/[ \t]+$/gm, '');
  const waitFor = async (test: (frame: string) => boolean, ms = 4000) => {
    for (let waited = 0; waited < ms && !test(frame()); waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    return frame();
  };
  return {
    frame,
    waitFor,
    press: async (...input: string[]) => {
      await settled(stdout);
      for (const key of input) {
        stdin.write(key);
        await settled(stdout);
      }
    },
  };
}

const stepOf = (frame: string) => Number(/step (\d+)\/\d+/.exec(frame)?.[1]);

describe.each([
  { columns: 80, rows: 24 },
  { columns: 60, rows: 20 },
])('the flow diagram at $columns x $rows', ({ columns, rows }) => {
  it('r plays the hop-limit failure; End shows the 401 arrow and the outcome; ←/→ step; t switches views', async () => {
    const app = renderScenario('hop-limit-container', columns, rows);
    await app.waitFor((f) => f.includes('Goal'));
    await app.press('r');
    // It plays by itself: the step counter moves without a key.
    const first = await app.waitFor((f) => f.includes('▶ playing'));
    expect(first).toMatch(/App +IMDS +EC2 +STS +IAM +DDB/);
    const moved = await app.waitFor((f) => stepOf(f) > stepOf(first));
    expect(stepOf(moved)).toBeGreaterThan(stepOf(first));

    await app.press('\u001B[F'); // End
    const end = app.frame();
    expect(end).toContain('‖ paused · step 12/12');
    // The refused IMDSv1 request: an answer arrow from IMDS marked ✗ with its status code.
    expect(end).toMatch(/│◀┄*✗┄*┤.*✗ 401/);
    expect(end).toMatch(/├─*✗─*▶│.*✗ timeout/);
    expect(end).toContain('no-credentials: CredentialsProviderError');
    for (const line of end.split('\n')) expect([...line].length).toBeLessThanOrEqual(columns);
    expect(end.split('\n').length).toBeLessThanOrEqual(rows);

    await app.press(keys.left, keys.left);
    const back = app.frame();
    expect(back).toContain('step 10/12');
    // The current step's log line is under the diagram.
    expect(back).toContain('sdk falls back to IMDSv1');
    await app.press(keys.right);
    expect(app.frame()).toContain('step 11/12');
    // The request, under the diagram (cut after a / where it does not fit the width).
    expect(app.frame()).toContain('GET http://169.254.169.254/latest/meta-data/');

    await app.press('t');
    const timeline = app.frame();
    expect(timeline).toContain('↑↓ events');
    expect(timeline).not.toContain('step 11/12');
    await app.press('t');
    expect(app.frame()).toContain('step 11/12');
  });

  it('space pauses and resumes; the footer says which it will do', async () => {
    const app = renderScenario('ecs-execution-role-mixup', columns, rows);
    await app.waitFor((f) => f.includes('Goal'));
    await app.press('r');
    await app.waitFor((f) => f.includes('Space pause'));
    await app.press(' ');
    const paused = app.frame();
    expect(paused).toContain('‖ paused');
    expect(paused).toContain('Space play');
    expect(paused).toMatch(/App +(ECS agent|Agent|Agt) +ECS +STS +IAM +DDB/);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(stepOf(app.frame())).toBe(stepOf(paused));
    await app.press(' ');
    const resumed = await app.waitFor((f) => stepOf(f) > stepOf(paused));
    expect(stepOf(resumed)).toBeGreaterThan(stepOf(paused));
    await app.press('\u001B[H'); // Home
    expect(app.frame()).toContain('step 1/');
  });
});
