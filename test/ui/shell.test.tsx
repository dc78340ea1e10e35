import { Text } from 'ink';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { type CommandDef, commandTable } from '../../src/cli/command-table.js';
// Routes are typed, so a stand-in screen takes the Help route's place.
import type { ScreenRegistry } from '../../src/ui/shell/screenTypes.js';
import { useKeys } from '../../src/ui/shell/useKeys.js';
import { screens } from '../../src/ui/screens/registry.js';
import { keys, renderApp } from '../helpers/ink.js';

function Greedy() {
  useKeys((input) => input === 'q', [{ keys: 'q', label: 'is mine' }]);
  return <Text>greedy screen</Text>;
}

/** Takes keys only once `ready` resolves, like a screen whose content is still loading. */
let releaseSlow: () => void = () => {};
function SlowCounter() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    releaseSlow = () => setReady(true);
  }, []);
  return ready ? <CountingKeys /> : <Text>loading…</Text>;
}
function CountingKeys() {
  const [typed, setTyped] = useState('');
  useKeys((input) => {
    if (input !== 'j' && input !== 'k') return false;
    setTyped((t) => t + input);
    return true;
  }, []);
  return <Text>typed:{typed}.</Text>;
}

describe('home screen and navigation', () => {
  it('lists every section with key hints in the footer', () => {
    const app = renderApp();
    const frame = app.lastFrame();
    for (const label of ['Lessons', 'Practice quiz', 'Exam simulation', 'Sandbox', 'Progress', 'Help', 'Quit']) {
      expect(frame).toContain(label);
    }
    expect(frame).toContain('? help');
    expect(frame).toContain('q quit');
    // At the root there is nowhere to go back to, so Esc is not advertised.
    expect(frame).not.toContain('Esc back');
    app.unmount();
  });

  it('moves with arrows and j/k, wrapping around', async () => {
    const app = renderApp();
    await app.press(keys.down, 'j');
    expect(app.lastFrame()).toMatch(/› Exam simulation/);
    await app.press('k', keys.up, keys.up);
    expect(app.lastFrame()).toMatch(/› Quit/);
    app.unmount();
  });

  it('handles several letters arriving in one chunk as separate keys', async () => {
    const app = renderApp();
    await app.press('jjj');
    expect(await app.waitForFrame(/› Sandbox/)).toMatch(/› Sandbox/);
    app.unmount();
  });

  it('opens a section with Enter and returns with Esc or Backspace, keeping the cursor', async () => {
    const app = renderApp();
    await app.press('j', 'j', 'j', 'j', 'j', keys.enter);
    expect(app.lastFrame()).toContain('iam-tutor · Help');
    expect(app.lastFrame()).toContain('Esc back');
    await app.press(keys.escape);
    expect(app.lastFrame()).toContain('iam-tutor · Home');
    expect(app.lastFrame()).toMatch(/› Help/);
    await app.press(keys.enter, keys.backspace);
    expect(app.lastFrame()).toMatch(/› Help/);
    app.unmount();
  });

  it('lists every command family on the Help screen, workshop and progress export included', async () => {
    const app = renderApp();
    await app.press('k', 'k', keys.enter);
    // The Help screen scrolls: read it from the top to the bottom, one line at a time.
    let seen = await app.waitForFrame('iam-tutor · Help');
    for (let i = 0; i < 60; i++) {
      await app.press('j');
      seen += `\n${app.lastFrame()}`;
    }
    // The list comes from the CLI's command table: every command, one line each.
    for (const command of commandTable as readonly CommandDef[]) {
      expect(seen).toContain(['iam-tutor', command.name, command.args].filter((part) => part !== '').join(' '));
    }
    app.unmount();
  });

  it('opens and closes the help overlay with ?', async () => {
    const app = renderApp();
    await app.press('?');
    expect(app.lastFrame()).toContain('Keys everywhere');
    // While help is open, q closes help instead of quitting.
    await app.press('q');
    expect(app.lastFrame()).not.toContain('Keys everywhere');
    expect(app.exitCodes).toEqual([]);
    app.unmount();
  });

  it('quits with q (0) and Ctrl+C (130)', async () => {
    const first = renderApp();
    await first.press('q');
    expect(first.exitCodes).toEqual([0]);
    const second = renderApp();
    await second.press(keys.ctrlC);
    expect(second.exitCodes).toEqual([130]);
  });

  it('still quits with 130 when Ctrl+C arrives in one chunk with other keys, after acting on them', async () => {
    const app = renderApp();
    await app.press(`j${keys.ctrlC}`);
    // The Ctrl+C is replayed a render after the j: wait for it rather than for a fixed pause.
    for (let waited = 0; app.exitCodes.length === 0 && waited < 2000; waited += 10)
      await new Promise((r) => setTimeout(r, 10));
    expect(app.exitCodes).toEqual([130]);
    const typed = renderApp();
    await typed.press(`jj${keys.enter}`);
    expect(await typed.waitForFrame('iam-tutor · Exam')).toContain('iam-tutor · Exam');
    typed.unmount();
  });

  it('chooses Quit from the menu', async () => {
    const app = renderApp();
    await app.press(keys.up, keys.enter);
    expect(app.exitCodes).toEqual([0]);
  });

  it('lets the active screen take a key before the global keys', async () => {
    const custom: ScreenRegistry = { ...screens, help: { title: 'Greedy', component: Greedy } };
    const app = renderApp({ initial: [{ name: 'home' }, { name: 'help' }], screens: custom });
    await app.press('q');
    expect(app.exitCodes).toEqual([]);
    expect(app.lastFrame()).toContain('q is mine');
    await app.press(keys.escape);
    expect(app.lastFrame()).toContain('iam-tutor · Home');
    app.unmount();
  });

  it('leaves out a global hint when the screen gives that key its own meaning', async () => {
    function EscIsMine() {
      useKeys(
        () => false,
        [
          { keys: 'Esc', label: 'close panel' },
          { keys: '↑↓', label: 'events' },
        ],
      );
      return <Text>panel</Text>;
    }
    const custom: ScreenRegistry = { ...screens, help: { title: 'Panel', component: EscIsMine } };
    const app = renderApp({ initial: [{ name: 'home' }, { name: 'help' }], screens: custom });
    const footer = await app.waitForFrame('Esc close panel');
    expect(footer).not.toContain('Esc back');
    expect(footer).not.toContain('↑↓/jk move');
    expect(footer).toContain('? help');
    app.unmount();
  });

  it('keeps keys typed while a screen loads and hands them over once it takes keys', async () => {
    const custom: ScreenRegistry = { ...screens, help: { title: 'Slow', component: SlowCounter } };
    const app = renderApp({ initial: [{ name: 'home' }, { name: 'help' }], screens: custom });
    await app.press('j', 'k', 'j');
    expect(app.lastFrame()).toContain('loading…');
    releaseSlow();
    expect(await app.waitForFrame('typed:jkj.')).toContain('typed:jkj.');
    app.unmount();
  });

  it('still goes back at once from a loading screen, and forgets what was typed there', async () => {
    const custom: ScreenRegistry = { ...screens, help: { title: 'Slow', component: SlowCounter } };
    const app = renderApp({ initial: [{ name: 'home' }, { name: 'help' }], screens: custom });
    await app.press('j', 'j', keys.escape);
    expect(app.lastFrame()).toContain('iam-tutor · Home');
    // The two j's were meant for the loading screen, so the home cursor has not moved.
    expect(app.lastFrame()).toMatch(/› Lessons/);
    app.unmount();
  });
});
