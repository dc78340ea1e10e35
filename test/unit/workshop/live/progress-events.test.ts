import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../../src/progress/empty-progress.js';
import { createMemoryProgressStore, recordFailedCheck } from '../../../../src/progress/index.js';
import { mergeProgress } from '../../../../src/progress/merge.js';
import type { ProgressData } from '../../../../src/progress/schema.js';
import { emptyClass, reduceClass } from '../../../../src/workshop/live/class-state.js';
import { eventsSince, summarizeSent } from '../../../../src/workshop/live/progress-events.js';
import type { WireEvent } from '../../../../src/workshop/live/protocol.js';
import { progressOf } from '../../../../src/workshop/live/views.js';
import type { AgendaStep } from '../../../../src/workshop/schema.js';

const agenda = [
  { kind: 'lesson', id: 'instance-profiles', index: 0, line: 1 },
  { kind: 'challenge', id: 'guided-ec2-dynamodb', index: 1, line: 2 },
] as AgendaStep[];
const at = '2026-12-07T00:00:00.000Z';

function progress(): ProgressData {
  const data = emptyProgress(0);
  data.lessons.byId['instance-profiles'] = {
    completed: true,
    section: 2,
    checks: { 'ip-check-1': { correct: false, answeredAt: at } },
    lastOpenedAt: at,
  };
  data.lessons.byId['not-in-agenda'] = { completed: true, section: 0, checks: {}, lastOpenedAt: at };
  data.sandbox.challenges['guided-ec2-dynamodb'] = { completed: true, completedAt: at, hintsUsed: 2 };
  data.quiz.answers.push({
    questionId: 'q-1',
    topic: 'instance-profiles',
    correct: false,
    chosen: [2],
    misconceptions: ['m'],
    mode: 'practice',
    at,
  });
  return data;
}

describe('events from the attendee store', () => {
  it('turns each change in the store into one event, only for the agenda', () => {
    const events = eventsSince(progress(), summarizeSent([]), { agenda });
    expect(events.map((e) => e.type)).toEqual([
      'lesson-check',
      'step-completed',
      'hint-used',
      'hint-used',
      'sandbox-check',
      'quiz-answer',
    ]);
  });

  it('sends nothing twice: what was queued is subtracted, and a new answer is the only new event', () => {
    const data = progress();
    const first = eventsSince(data, summarizeSent([]), { agenda });
    expect(eventsSince(data, summarizeSent(first), { agenda })).toEqual([]);
    data.quiz.answers.push({ ...data.quiz.answers[0]!, questionId: 'q-2', correct: true, chosen: [0] });
    data.sandbox.challenges['guided-ec2-dynamodb']!.hintsUsed = 3;
    const next = eventsSince(data, summarizeSent(first), { agenda });
    expect(next).toEqual([
      { type: 'hint-used', challengeId: 'guided-ec2-dynamodb' },
      expect.objectContaining({ type: 'quiz-answer', questionId: 'q-2', correct: true }),
    ]);
  });

  it('sends each failed sandbox check once, before the pass, and the host counts them', () => {
    const data = emptyProgress(0);
    data.sandbox.challenges['guided-ec2-dynamodb'] = { completed: false, hintsUsed: 0, checksFailed: 2 };
    const first = eventsSince(data, summarizeSent([]), { agenda });
    expect(first).toEqual([
      { type: 'sandbox-check', challengeId: 'guided-ec2-dynamodb', passed: false },
      { type: 'sandbox-check', challengeId: 'guided-ec2-dynamodb', passed: false },
    ]);
    expect(eventsSince(data, summarizeSent(first), { agenda })).toEqual([]);
    data.sandbox.challenges['guided-ec2-dynamodb'] = {
      completed: true,
      completedAt: at,
      hintsUsed: 0,
      checksFailed: 3,
    };
    const next = eventsSince(data, summarizeSent(first), { agenda });
    expect(next).toEqual([
      { type: 'sandbox-check', challengeId: 'guided-ec2-dynamodb', passed: false },
      { type: 'sandbox-check', challengeId: 'guided-ec2-dynamodb', passed: true },
    ]);
    // What the host rebuilds from the events: three failures, then solved.
    let state = reduceClass(emptyClass(), { kind: 'join', attendeeId: 'a', name: 'ann', at: 0 });
    const events = [...first, ...next].map((body, i) => ({ ...body, seq: i + 1, at: i }) as WireEvent);
    state = reduceClass(state, { kind: 'events', attendeeId: 'a', events, at: 1 });
    expect(progressOf(state.attendees.a!).sandbox.challenges['guided-ec2-dynamodb']).toMatchObject({
      completed: true,
      checksFailed: 3,
    });
  });

  it('the sandbox store counts failed checks, and merging two stores keeps the larger count', () => {
    const store = createMemoryProgressStore({ now: () => 0 });
    recordFailedCheck(store, 'guided-ec2-dynamodb');
    const after = recordFailedCheck(store, 'guided-ec2-dynamodb');
    expect(after.sandbox.challenges['guided-ec2-dynamodb']).toEqual({
      completed: false,
      hintsUsed: 0,
      checksFailed: 2,
    });
    const other = emptyProgress(0);
    other.sandbox.challenges['guided-ec2-dynamodb'] = { completed: true, completedAt: at, hintsUsed: 1 };
    const merged = mergeProgress(after, other);
    expect(merged.sandbox.challenges['guided-ec2-dynamodb']).toMatchObject({ completed: true, checksFailed: 2 });
  });

  it('keeps one event per answer even when the stored answer has values the wire format refuses', () => {
    const data = emptyProgress(0);
    data.quiz.answers.push({
      questionId: 'bad id\u001b',
      topic: 't',
      correct: false,
      chosen: [99, 1],
      misconceptions: ['ok', 'not ok'],
      mode: 'practice',
      at,
    });
    const [event] = eventsSince(data, summarizeSent([]), { agenda });
    expect(event).toEqual({
      type: 'quiz-answer',
      questionId: 'unknown',
      topic: 't',
      chosen: [1],
      correct: false,
      misconceptions: ['ok'],
    });
  });
});
