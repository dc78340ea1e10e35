// The instructor's live class dashboard: pure model, keymap and lines, with the example pack.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dashboardKeymap } from '../../../src/ui/screens/class/dashboardKeymap.js';
import {
  type DashboardAction,
  type DashboardConfig,
  type DashboardState,
  initialDashboard,
  reduceDashboard,
} from '../../../src/ui/screens/class/dashboardModel.js';
import { dashboardLines } from '../../../src/ui/screens/class/dashboardView.js';
import { spokenLine } from '../../../src/ui/accessibility/spoken.js';
import { actionFor, hintsFor } from '../../../src/ui/shell/keymap.js';
import { inkKey as key } from '../../helpers/inkKey.js';
import type { Key } from '../../../src/ui/shell/keys.js';
import { agendaClock, minutesOverPlan } from '../../../src/workshop/index.js';
import { type ClassState, emptyClass, reduceClass } from '../../../src/workshop/live/class-state.js';
import type { WireEvent } from '../../../src/workshop/live/protocol.js';
import { loadWorkshopPack, packIsUsable } from '../../../src/workshop/index.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const load = loadWorkshopPack('workshops/instance-profiles-101', { cwd: repoRoot });
if (!packIsUsable(load)) throw new Error('example pack should load');
const MIN = 60_000;
const TOKEN = 'T'.repeat(43);
const config: DashboardConfig = {
  input: { workshop: load.workshop, packName: load.name, content: load.content },
  joinCommand: 'iam-tutor workshop instance-profiles-101 --name NAME --join http://127.0.0.1:4100/abcd2345',
  code: 'abcd2345',
  token: TOKEN,
  startedAt: 0,
  idleMinutes: 5,
};
const lessonDone = (seq: number, at: number): WireEvent => ({
  type: 'step-completed',
  kind: 'lesson',
  id: 'instance-profiles',
  seq,
  at,
});

function classOf(names: string[], events: (i: number) => WireEvent[] = () => [], at = 0): ClassState {
  let state = emptyClass();
  names.forEach((name, i) => {
    state = reduceClass(state, { kind: 'join', attendeeId: `id${i}`, name, at });
    const sent = events(i);
    // The host applies them when they were sent.
    const sentAt = Math.max(at, ...sent.map((e) => e.at));
    if (sent.length > 0) state = reduceClass(state, { kind: 'events', attendeeId: `id${i}`, events: sent, at: sentAt });
  });
  return state;
}

const text = (state: DashboardState) => dashboardLines(state).map((row) => row.map((s) => s.text).join(''));
const press = (state: DashboardState, input: string, k: Key = key()): DashboardState => {
  const action: DashboardAction | undefined = actionFor(dashboardKeymap, state, input, k);
  return action === undefined ? state : reduceDashboard(state, action);
};

describe('agenda clock', () => {
  it('plans timed steps back to back and says how far the room is over a step', () => {
    const clock = agendaClock(load.workshop, 0, 20 * MIN + 5_000);
    expect(clock.elapsedSeconds).toBe(20 * 60 + 5);
    expect(clock.plan[0]).toEqual({ start: 0, end: 14 });
    expect(clock.plan[1]).toEqual({ start: 14, end: 28 });
    expect(clock.plannedStep).toBe(1);
    expect(minutesOverPlan(clock, 0)).toBe(6);
    expect(minutesOverPlan(clock, 1)).toBe(0);
    expect(agendaClock(load.workshop, 10 * MIN, 0).elapsedSeconds).toBe(0);
  });
});

describe('class dashboard', () => {
  it('fits 30 attendees in 80x24 and scrolls; every row stays inside the body', () => {
    const names = Array.from({ length: 30 }, (_, i) => `attendee-number-${i}-with-a-long-name`);
    let state = initialDashboard(config, classOf(names), 1 * MIN, { width: 80, height: 19 });
    let lines = text(state);
    expect(lines.length).toBeLessThanOrEqual(19);
    for (const row of lines) expect([...row].length).toBeLessThanOrEqual(80);
    expect(lines.some((row) => row.startsWith('attendee-number…'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^1–\d+ of 30 ↑↓$/);
    for (let i = 0; i < 40; i++) state = press(state, '', key({ downArrow: true }));
    lines = text(state);
    expect(lines.at(-1)).toMatch(/–30 of 30 ↑↓$/);
    expect(lines.some((row) => row.startsWith('attendee-number…') && row.includes('step 1'))).toBe(true);
  });

  it('at 50 columns pans the steps with ←→, and only offers ←→ when steps are hidden', () => {
    const state = initialDashboard(config, classOf(['an-attendee-with-a-long-name']), 0, { width: 50, height: 15 });
    expect(hintsFor(dashboardKeymap, state).map((h) => h.keys)).toContain('←→');
    expect(text(state).find((row) => row.startsWith('attendee'))).toContain('steps 1–8 of 9');
    const panned = press(state, 'l');
    expect(text(panned).find((row) => row.startsWith('attendee'))).toContain('steps 2–9 of 9');
    const wide = initialDashboard(config, classOf(['alice']), 0, { width: 80, height: 19 });
    expect(hintsFor(dashboardKeymap, wide).map((h) => h.keys)).not.toContain('←→');
  });

  it('shows progress, the timer, the stuck step, who is idle, and cleans names', () => {
    const state = initialDashboard(
      config,
      classOf(['alice', 'bob', 'eve\u001b[2J'], (i) => (i === 0 ? [lessonDone(1, 19 * MIN)] : [])),
      20 * MIN,
      { width: 80, height: 19 },
    );
    const lines = text(state);
    expect(lines).toContain('Time 20:00 of 90 min • by plan: step 2 (minutes 14–28)');
    expect(lines).toContain('3 attendees • most on step 1 instance-profiles (2) • 6 min over plan');
    expect(lines.find((row) => row.startsWith('alice'))).toMatch(/^alice\s+✓ · · · · · · · · step 2$/);
    expect(lines.find((row) => row.startsWith('bob'))).toContain('step 1 idle 20m');
    expect(lines.find((row) => row.startsWith('No progress'))).toBe('No progress for 5+ min (2): bob 20m, eve␛[2J 20m');
    expect(lines.join('\n')).not.toContain('\u001b');
  });

  const question = load.content.questions.find((q) => q.options.length >= 3 && q.topic === 'instance-profiles')!;
  const wrongIndex = question.options.findIndex((o) => !o.correct);
  const answer = (seq: number, correct: boolean, questionId = question.id): WireEvent => ({
    type: 'quiz-answer',
    questionId,
    topic: question.topic,
    chosen: [correct ? question.options.findIndex((o) => o.correct) : wrongIndex],
    correct,
    misconceptions: [],
    seq,
    at: 0,
  });
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  /** Three attendees answer the question (one right), and one answers an id the bank lacks. */
  const answered = (size: { width: number; height: number }) =>
    press(
      initialDashboard(
        config,
        classOf(['a', 'b', 'c'], (i) => [
          answer(1, i === 0),
          ...(i === 0 ? [answer(2, true, 'gone-question-99')] : []),
        ]),
        0,
        size,
      ),
      '\t',
      key({ tab: true }),
    );

  for (const size of [
    { width: 80, height: 19 },
    { width: 60, height: 15 },
  ]) {
    it(`quotes each question's stem with its id after it, and the wrong answer chosen most, at ${size.width} columns`, () => {
      const lines = text(answered(size));
      expect(lines.length).toBeLessThanOrEqual(size.height);
      for (const row of lines) expect([...row].length).toBeLessThanOrEqual(size.width);
      // The stem, cut with … to leave room for the id, which ends the row; below it the share right.
      const at = lines.findIndex((r) => r.endsWith(`(${question.id})`));
      expect(at).toBeGreaterThan(-1);
      const shown = lines[at]!.slice(0, -`(${question.id})`.length).trim();
      expect(shown.endsWith('…')).toBe(true);
      expect(flat(question.stem).startsWith(shown.slice(0, -1))).toBe(true);
      expect(shown.length).toBeGreaterThan(30);
      const wrongText = flat(question.options[wrongIndex]!.text);
      expect(lines[at + 1]).toMatch(/^ {2}33% right of 3 • 2× /);
      expect(lines[at + 1]).toContain(`2× ${wrongText.slice(0, 30)}`);
      const unknown = lines.indexOf("(not in this version's bank) (gone-question-99)");
      expect(unknown).toBeGreaterThan(-1);
      expect(lines[unknown + 1]).toBe('  100% right of 1 • no wrong answers');
      expect(lines.join('\n')).not.toContain(`${question.id} 33%`);
    });
  }

  it('reads as words to a screen reader: no marks, counts and the scroll indicator spoken', () => {
    const names = Array.from({ length: 30 }, (_, i) => `p${i}`);
    const grid = initialDashboard(
      config,
      classOf(names, (i) => (i === 0 ? [lessonDone(1, 0)] : [])),
      20 * MIN,
      { width: 80, height: 19 },
    );
    const spokenGrid = dashboardLines(grid).map(spokenLine);
    expect(spokenGrid).toContain('Attendees and the 9 agenda steps:');
    expect(spokenGrid).toContain(
      'p0: done: step 1; not started: steps 2 to 9; now on step 2, no progress for 20 minutes.',
    );
    expect(spokenGrid).toContain('p1: not started: steps 1 to 9; now on step 1, no progress for 20 minutes.');
    expect(spokenGrid.at(-1)).toMatch(/^attendees 1 to \d+ of 30 shown; up and down arrows scroll\.$/);
    expect(spokenGrid).toContain('Time 20:00 of 90 min, by plan: step 2 (minutes 14 to 28)');
    const questions = dashboardLines(answered({ width: 80, height: 19 })).map(spokenLine);
    expect(questions).toContain(`Question: ${flat(question.stem)} (${question.id})`);
    expect(questions).toContain(
      `33% right of 3 answers; wrong answer chosen most: 2 chose ${flat(question.options[wrongIndex]!.text)}`,
    );
    expect(questions).toContain('100% right of 1 answer; no wrong answers');
    const all = [...spokenGrid, ...questions].join('\n');
    expect(all).not.toMatch(/[×↑↓✓·•–]|[\u2500-\u259f]/);
  });

  it('hides the token until t; q asks first, and while asking only y, q, n and Esc act', () => {
    const state = initialDashboard(config, classOf(['alice']), 0, { width: 80, height: 19 });
    expect(text(state).join('\n')).not.toContain(TOKEN);
    expect(text(state).join('\n')).toContain('abcd2345');
    expect(text(press(state, 't')).join('\n')).toContain(TOKEN);
    const asking = press(state, 'q');
    expect(asking.confirmEnd).toBe(true);
    expect(text(asking).at(-1)).toContain('End the class?');
    expect(hintsFor(dashboardKeymap, asking).map((h) => h.keys)).toEqual(['y/q', 'n']);
    expect(press(asking, '', key({ downArrow: true }))).toBe(asking);
    expect(press(asking, '\t', key({ tab: true }))).toBe(asking);
    expect(press(asking, 'n').confirmEnd).toBe(false);
    expect(press(asking, '', key({ escape: true })).confirmEnd).toBe(false);
    expect(press(asking, 'y').ended).toBe(true);
    expect(press(asking, 'q').ended).toBe(true);
    expect(state.ended).toBe(false);
  });

  it('takes a new class state and a tick without losing the scroll position', () => {
    const names = Array.from({ length: 30 }, (_, i) => `p${i}`);
    let state = initialDashboard(config, classOf(names), 0, { width: 80, height: 19 });
    state = press(state, 'j');
    state = press(state, 'j');
    const more = reduceClass(state.classState, {
      kind: 'events',
      attendeeId: 'id0',
      events: [lessonDone(1, 0)],
      at: 5 * MIN,
    });
    state = reduceDashboard(state, { kind: 'class', state: more });
    state = reduceDashboard(state, { kind: 'tick', nowMs: 6 * MIN });
    expect(state.row).toBe(2);
    expect(state.view.grid[0]!.cells[0]).toBe('done');
    expect(state.view.idle.length).toBe(29);
    expect(reduceDashboard(state, { kind: 'class', state: more })).toBe(state);
  });
});
