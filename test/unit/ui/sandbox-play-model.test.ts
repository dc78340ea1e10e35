import { describe, expect, it } from 'vitest';
import { getScenario, startSession } from '../../../src/sandbox/index.js';
import { playKeymap } from '../../../src/ui/screens/sandbox/playKeymap.js';
import { playLayout } from '../../../src/ui/screens/sandbox/playLayout.js';
import { initialPlay, type PlayModel, playReduce } from '../../../src/ui/screens/sandbox/playModel.js';
import { actionFor, hintsFor } from '../../../src/ui/shell/keymap.js';
import { noKey as none } from '../../helpers/inkKey.js';
import type { Key } from '../../../src/ui/shell/keys.js';

const keymap = playKeymap({ layout: (m) => playLayout(m, 80, 20), canExit: true });

/** Each key acts on the state the key before produced, as the shell delivers them. */
function press(model: PlayModel, ...keys: Array<string | Partial<Key>>): PlayModel {
  let m = model;
  for (const k of keys) {
    const [input, key] = typeof k === 'string' ? [k, none] : ['', { ...none, ...k }];
    const action = actionFor(keymap, m, input, key);
    if (action) m = playReduce(m, action);
  }
  return m;
}
const footer = (m: PlayModel) => hintsFor(keymap, m).map((h) => `${h.keys} ${h.label}`);
const guided = () => initialPlay(startSession('guided-ec2-dynamodb'));
const typed = (m: PlayModel, text: string) => press(m, ...text.split(''));

describe('sandbox play model and keymap', () => {
  it('types a command (q and ? are letters), runs it on Enter, and recalls it with ↑', () => {
    let m = typed(press(guided(), ':'), 'clock advance 5m q?');
    expect(m.prompt?.text).toBe('clock advance 5m q?');
    expect(footer(m)).toEqual(['Enter run', 'Tab complete', '↑↓ history', 'Esc cancel']);
    m = press(m, { backspace: true }, { backspace: true }, { backspace: true }, { return: true });
    expect(m.prompt).toBeNull();
    expect(m.session.log.at(-2)).toEqual({ kind: 'command', text: 'clock advance 5m' });
    m = press(m, ':', { upArrow: true });
    expect(m.prompt?.text).toBe('clock advance 5m');
    m = press(m, { escape: true });
    expect(m.prompt).toBeNull();
  });

  it('Tab completes at the prompt and lists what fits', () => {
    const m = press(typed(press(guided(), ':'), 'iam create-'), { tab: true });
    expect(m.prompt?.candidates).toEqual(expect.arrayContaining(['create-role', 'create-policy']));
    const one = press(typed(press(guided(), ':'), 'iam create-ro'), { tab: true });
    expect(one.prompt?.text).toBe('iam create-ro'.replace('ro', 'role '));
  });

  it('a Tab that arrives in one read with the letters before it still completes', () => {
    const m = playReduce(press(guided(), ':'), {
      type: 'prompt',
      action: { type: 'insert', text: 'iam create-ro\t--ro\t' },
    });
    expect(m.prompt?.text).toBe('iam create-role --role-name ');
  });

  it('letters then Enter in one read run the command; a line break inside a paste is a space', () => {
    const m = playReduce(press(guided(), ':'), {
      type: 'prompt',
      action: { type: 'insert', text: 'clock\nadvance 5m\r' },
    });
    expect(m.prompt).toBeNull();
    expect(m.session.history).toEqual(['clock advance 5m']);
  });

  it('hints name the action o takes, and s and + only while serving', () => {
    const steps = getScenario('guided-ec2-dynamodb')!.steps!.length;
    let m = guided();
    for (let i = 0; i < steps; i++) m = press(m, 'n');
    m = press(m, 'r');
    expect(m.view).toBe('flow');
    // The diagram first: its player keys, t for the timeline; o acts but is only in the ? list.
    expect(footer(m)).toEqual(['←→ step', 'Space pause', 't timeline', 'f +15 min', 'Esc log']);
    expect(hintsFor(keymap, m, true).map((h) => `${h.keys} ${h.label}`)).toContain('o turn refresh off');
    m = press(m, 't');
    expect(footer(m)).toContain('o turn refresh off');
    expect(footer(m)).toContain('t diagram');
    m = press(m, 'o');
    expect(footer(m)).toContain('o turn refresh on');
    m = press(m, { escape: true }, 'l');
    expect(footer(m)).not.toContain('s stop serving');
    m = playReduce(m, { type: 'live-started', env: { A: 'b' } });
    expect(footer(m)).toEqual(expect.arrayContaining(['+ +15 min', 's stop serving']));
    m = press(m, 's');
    expect(m.live).toBeNull();
    expect(footer(m)).not.toContain('s stop serving');
    expect(footer(m)).toContain('l serve again');
  });

  it('r shows the diagram playing; t and the keys after it act in order; a new run plays again', () => {
    let m = press(guided(), 'r');
    expect(m.flowView).toBe('diagram');
    expect(m.player.playing).toBe(true);
    expect(m.player.cursor).toBe(0);
    // → steps (and pauses) on the diagram; t then ↓ in one read: ↓ picks the timeline's next event.
    m = press(m, { rightArrow: true });
    expect(m.player).toMatchObject({ cursor: 1, playing: false });
    m = press(m, 't', { downArrow: true });
    expect(m.flowView).toBe('timeline');
    expect(m.selected).toBe(1);
    expect(m.player.cursor).toBe(1);
    m = press(m, 't', { end: true });
    expect(m.flowView).toBe('diagram');
    expect(m.player.cursor).toBe(m.player.dwell.length - 1);
    expect(playLayout(m, 80, 24).diagram?.width).toBe(78);
    // f runs the app 15 minutes later: a new run, played from its first step.
    const run = m.session.lastRun;
    m = press(m, 'f');
    expect(m.session.lastRun).not.toBe(run);
    expect(m.player).toMatchObject({ cursor: 0, playing: true });
    // Time passes in as ticks: the animation moves on without a key.
    m = playReduce(m, { type: 'player', action: { type: 'tick', ms: m.player.dwell[0]! } });
    expect(m.player.cursor).toBe(1);
  });

  it('a confirm takes y, and any other key as no', () => {
    let m = press(typed(press(guided(), ':'), 'clock advance 5m'), { return: true });
    m = press(m, 'x');
    expect(footer(m)).toEqual(['y yes', 'n no']);
    m = press(m, 'w');
    expect(m.confirm).toBeNull();
    expect(m.view).toBe('log');
    expect(m.session.history).toEqual(['clock advance 5m']);
    m = press(m, 'x', 'y');
    expect(m.session.history).toEqual([]);
    expect(m.message).toBe('Reset to the scenario start.');
  });

  it('scrolls over what the layout draws, and pages the verb list', () => {
    let m = press(guided(), 'v');
    const { window } = playLayout(m, 80, 20);
    expect(window.overflow).toBe(true);
    m = press(m, { pageDown: true });
    expect(m.offset).toBe(Math.min(window.maxStart, window.rows));
    m = press(m, 'k');
    expect(m.offset).toBe(Math.min(window.maxStart, window.rows) - 1);
    m = press(m, { escape: true });
    expect(m.view).toBe('log');
    expect(m.offset).toBeNull();
    expect(actionFor(keymap, m, '', { ...none, escape: true })).toEqual({ type: 'exit' });
  });
});
