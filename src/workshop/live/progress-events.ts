// The attendee side, pure: which class events a change in the attendee's own progress data
// stands for. The events already queued are folded into a summary, and whatever the progress data
// holds beyond it becomes new events. Deriving events from the store (instead of from each
// screen) means every way progress is recorded is reported, and a tutor that quit between saving
// progress and queueing the event catches up on its next start without sending anything twice.
import type { ProgressData } from '../../progress/schema.js';
import type { Workshop } from '../schema.js';
import { type EventBody, eventBodySchema } from './protocol.js';

const WIRE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const wireId = (id: string) => (WIRE_ID.test(id) ? id : 'unknown');

export interface SentSummary {
  answers: number;
  lessons: Set<string>;
  /** "lessonId/checkId" */
  checks: Set<string>;
  solved: Set<string>;
  hints: Map<string, number>;
  /** Failed goal checks sent, by challenge. */
  failedChecks: Map<string, number>;
}

export function summarizeSent(events: readonly EventBody[]): SentSummary {
  const sent: SentSummary = {
    answers: 0,
    lessons: new Set(),
    checks: new Set(),
    solved: new Set(),
    hints: new Map(),
    failedChecks: new Map(),
  };
  for (const event of events) {
    if (event.type === 'quiz-answer') sent.answers++;
    else if (event.type === 'step-completed' && event.kind === 'lesson') sent.lessons.add(event.id);
    else if (event.type === 'lesson-check') sent.checks.add(`${event.lessonId}/${event.checkId}`);
    else if (event.type === 'sandbox-check' && event.passed) sent.solved.add(event.challengeId);
    else if (event.type === 'sandbox-check')
      sent.failedChecks.set(event.challengeId, (sent.failedChecks.get(event.challengeId) ?? 0) + 1);
    else if (event.type === 'step-completed' && event.kind === 'challenge') sent.solved.add(event.id);
    else if (event.type === 'hint-used')
      sent.hints.set(event.challengeId, (sent.hints.get(event.challengeId) ?? 0) + 1);
  }
  return sent;
}

/** New events for what `data` holds beyond `sent`, oldest kind of progress first; only the agenda's lessons and challenges. */
export function eventsSince(data: ProgressData, sent: SentSummary, workshop: Pick<Workshop, 'agenda'>): EventBody[] {
  const out: EventBody[] = [];
  const lessons = new Set(workshop.agenda.flatMap((s) => (s.kind === 'lesson' ? [s.id] : [])));
  const challenges = new Set(workshop.agenda.flatMap((s) => (s.kind === 'challenge' ? [s.id] : [])));
  for (const [lessonId, lesson] of Object.entries(data.lessons.byId)) {
    if (!lessons.has(lessonId)) continue;
    for (const [checkId, check] of Object.entries(lesson.checks)) {
      if (!sent.checks.has(`${lessonId}/${checkId}`))
        out.push({ type: 'lesson-check', lessonId, checkId, correct: check.correct });
    }
    if (lesson.completed && !sent.lessons.has(lessonId))
      out.push({ type: 'step-completed', kind: 'lesson', id: lessonId });
  }
  for (const [challengeId, challenge] of Object.entries(data.sandbox.challenges)) {
    if (!challenges.has(challengeId)) continue;
    for (let n = sent.hints.get(challengeId) ?? 0; n < challenge.hintsUsed; n++)
      out.push({ type: 'hint-used', challengeId });
    // Failed checks before the pass: the store counts them, and the count sent is the cursor.
    for (let n = sent.failedChecks.get(challengeId) ?? 0; n < (challenge.checksFailed ?? 0); n++)
      out.push({ type: 'sandbox-check', challengeId, passed: false });
    if (challenge.completed && !sent.solved.has(challengeId))
      out.push({ type: 'sandbox-check', challengeId, passed: true });
  }
  for (const answer of data.quiz.answers.slice(sent.answers)) {
    // Every answer becomes exactly one event (the count is the cursor), so odd values are
    // narrowed to what the wire format takes rather than dropped.
    out.push({
      type: 'quiz-answer',
      questionId: wireId(answer.questionId),
      topic: wireId(answer.topic),
      chosen: answer.chosen.filter((i) => i <= 25).slice(0, 26),
      correct: answer.correct,
      misconceptions: answer.misconceptions.filter((tag) => WIRE_ID.test(tag)).slice(0, 10),
    });
  }
  // Lesson and challenge ids come from the agenda, checked by the pack loader; a check id the wire
  // format would refuse is left out.
  return out.filter((event) => eventBodySchema.safeParse(event).success);
}
