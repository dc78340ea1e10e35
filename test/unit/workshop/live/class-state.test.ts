import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkshopPack, packIsUsable } from '../../../../src/workshop/index.js';
import {
  type ClassAction,
  type ClassState,
  emptyClass,
  reduceClass,
  uniqueAttendeeName,
} from '../../../../src/workshop/live/class-state.js';
import { parseEventBatch, parseJoinRequest, type WireEvent } from '../../../../src/workshop/live/protocol.js';
import { classView, liveClassReport } from '../../../../src/workshop/live/views.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');
const load = loadWorkshopPack('workshops/instance-profiles-101', { cwd: repoRoot });
if (!packIsUsable(load)) throw new Error('example pack should load');
const input = { workshop: load.workshop, packName: load.name, content: load.content };
const MIN = 60_000;

function join1(state: ClassState, id: string, name = id, at = 0): ClassState {
  return reduceClass(state, { kind: 'join', attendeeId: id, name, at });
}
function send(state: ClassState, id: string, events: WireEvent[], at = 0): ClassState {
  return reduceClass(state, { kind: 'events', attendeeId: id, events, at });
}
const lesson = (seq: number, id = 'instance-profiles'): WireEvent => ({
  type: 'step-completed',
  kind: 'lesson',
  id,
  seq,
  at: seq,
});

describe('protocol validation', () => {
  it('accepts each event type and refuses unknown types, extra fields, bad seqs and oversized batches', () => {
    const good = parseEventBatch({
      events: [
        { type: 'step-completed', kind: 'lesson', id: 'a', seq: 1, at: 1 },
        { type: 'sandbox-check', challengeId: 'c', passed: false, seq: 2, at: 2 },
        { type: 'hint-used', challengeId: 'c', seq: 3, at: 3 },
        { type: 'quiz-answer', questionId: 'q-1', topic: 't', chosen: [1], correct: false, seq: 4, at: 4 },
        { type: 'lesson-check', lessonId: 'a', checkId: 'k', correct: true, seq: 5, at: 5 },
      ],
    });
    expect(good.ok).toBe(true);
    expect(parseEventBatch({ events: [{ type: 'dance', seq: 1, at: 1 }] }).ok).toBe(false);
    expect(parseEventBatch({ events: [{ ...lesson(1), attendee: 'bob' }] }).ok).toBe(false);
    expect(parseEventBatch({ events: [lesson(0)] }).ok).toBe(false);
    expect(parseEventBatch({ events: [{ ...lesson(1), id: '../x\u001b[2J' }] }).ok).toBe(false);
    expect(parseEventBatch({ events: Array.from({ length: 51 }, (_, i) => lesson(i + 1)) }).ok).toBe(false);
    expect(parseEventBatch({ events: [] }).ok).toBe(false);
    expect(parseJoinRequest({ name: 'x'.repeat(201) }).ok).toBe(false);
    const refused = parseEventBatch({
      events: [{ type: 'step-completed', kind: 'lesson', id: '\u001b]0;pwn\u0007', seq: 1, at: 1 }],
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).not.toContain('\u001b');
  });
});

describe('class reducer', () => {
  it('applies each attendee event once, ignoring duplicates', () => {
    let state = join1(emptyClass(), 'a');
    state = send(state, 'a', [lesson(1), lesson(1)]);
    state = send(state, 'a', [lesson(1), lesson(2)]);
    expect(state.attendees.a!.events.map((e) => e.seq)).toEqual([1, 2]);
    const same = send(state, 'a', [lesson(2)]);
    expect(same).toBe(state);
  });

  it('holds events that arrive ahead of a gap and applies them in order when it fills', () => {
    let state = join1(emptyClass(), 'a');
    state = send(state, 'a', [lesson(3), lesson(2)], 5 * MIN);
    expect(state.attendees.a!.events).toEqual([]);
    expect(Object.keys(state.attendees.a!.pending).sort()).toEqual(['2', '3']);
    expect(state.attendees.a!.lastProgressAt).toBe(0);
    state = send(state, 'a', [lesson(1)], 6 * MIN);
    expect(state.attendees.a!.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(state.attendees.a!.pending).toEqual({});
    expect(state.attendees.a!.lastProgressAt).toBe(6 * MIN);
  });

  it('gives the same state whatever order the same events arrive in (replaying a journal)', () => {
    const events = Array.from({ length: 20 }, (_, i) => lesson(i + 1));
    const shuffled = [...events].sort((x, y) => ((x.seq * 7) % 20) - ((y.seq * 7) % 20));
    const inOrder = send(join1(emptyClass(), 'a'), 'a', events);
    let outOfOrder = join1(emptyClass(), 'a');
    for (const event of shuffled) outOfOrder = send(outOfOrder, 'a', [event, event]);
    expect(outOfOrder.attendees.a!.events).toEqual(inOrder.attendees.a!.events);
  });

  it('ignores events for an attendee who never joined and a second join of the same id', () => {
    const state = join1(emptyClass(), 'a', 'alice');
    expect(send(state, 'ghost', [lesson(1)])).toBe(state);
    expect(join1(state, 'a', 'mallory')).toBe(state);
    expect(uniqueAttendeeName(state, 'alice')).toBe('alice-2');
    expect(uniqueAttendeeName(state, 'bob')).toBe('bob');
  });
});

describe('class views', () => {
  const actions: ClassAction[] = [
    { kind: 'join', attendeeId: 'a', name: 'alice', at: 0 },
    { kind: 'join', attendeeId: 'b', name: 'bob', at: 0 },
    { kind: 'join', attendeeId: 'c', name: 'carol', at: 0 },
    { kind: 'events', attendeeId: 'a', at: 2 * MIN, events: [lesson(1)] },
    { kind: 'events', attendeeId: 'b', at: 9 * MIN, events: [lesson(1)] },
  ];
  const question = load.content.questions.find((q) => q.options.length >= 3 && q.topic === 'instance-profiles')!;
  const right = question.options.findIndex((o) => o.correct);
  const wrong = question.options.findIndex((o) => !o.correct);
  const answer = (seq: number, chosen: number): WireEvent => ({
    type: 'quiz-answer',
    questionId: question.id,
    topic: question.topic,
    chosen: [chosen],
    correct: chosen === right,
    misconceptions: [],
    seq,
    at: seq,
  });
  actions.push(
    { kind: 'events', attendeeId: 'a', at: 3 * MIN, events: [answer(2, wrong)] },
    { kind: 'events', attendeeId: 'b', at: 9 * MIN, events: [answer(2, wrong)] },
    { kind: 'events', attendeeId: 'c', at: 1 * MIN, events: [answer(1, right)] },
  );
  const state = actions.reduce(reduceClass, emptyClass());
  const view = classView(state, { ...input, nowMs: 10 * MIN, idleMinutes: 5 });

  it('shows the attendees × steps grid and the step most attendees are on', () => {
    expect(view.grid.map((row) => row.name)).toEqual(['alice', 'bob', 'carol']);
    expect(view.grid[0]!.cells[0]).toBe('done');
    expect(view.grid[2]!.cells[0]).toBe('todo');
    expect(view.grid[0]!.cells.at(-1)).toBe('started');
    expect(view.stuck).toEqual({ step: 1, ref: 'guided-ec2-dynamodb', attendees: 2 });
  });

  it('lists who made no progress for N minutes, measured from the time passed in', () => {
    expect(view.idle).toEqual([
      { name: 'alice', minutes: 7 },
      { name: 'carol', minutes: 9 },
    ]);
    expect(classView(state, { ...input, nowMs: 10 * MIN, idleMinutes: 8 }).idle.map((i) => i.name)).toEqual(['carol']);
  });

  it('does not list as idle someone who has finished every step', () => {
    const agenda = input.workshop.agenda.slice(0, 1);
    const oneStep = { ...input, workshop: { ...input.workshop, agenda } };
    const later = classView(state, { ...oneStep, nowMs: 30 * MIN, idleMinutes: 5 });
    expect(later.grid.filter((row) => row.currentStep === undefined).map((row) => row.name)).toEqual(['alice', 'bob']);
    expect(later.idle.map((i) => i.name)).toEqual(['carol']);
  });

  it('gives per question the share correct and the most chosen wrong option with its text', () => {
    expect(view.questions).toEqual([
      {
        questionId: question.id,
        // The stem from the host's bank, on one line, so the dashboard and `workshop status` quote it.
        stem: question.stem.replace(/\s+/g, ' ').trim(),
        answered: 3,
        correct: 1,
        percentCorrect: 33,
        mostChosenWrong: { chosen: [wrong], text: question.options[wrong]!.text.replace(/\s+/g, ' ').trim(), count: 2 },
      },
    ]);
  });

  it('builds the same class report as workshop report from the events', () => {
    const report = liveClassReport(state, input);
    expect(report.attendees).toEqual(['alice', 'bob', 'carol']);
    expect(report.steps[0]!.finished).toBe(2);
    const quiz = report.steps.at(-1)!;
    expect(quiz.score).toEqual({ correct: 1, answered: 3 });
    expect(quiz.commonWrong[0]!.count).toBe(2);
  });
});
