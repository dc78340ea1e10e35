// In a workshop the pack fixes the quiz: the same topics, count and seed for every attendee
// (issue #16: attendees could change them, which undid "the same questions for everyone").
//
// API for the workshop and practice screens:
//   workshopQuizSettings(step)             -> { topics, count, seed, locked: true } to start with
//   requestQuizChange(step, change)        -> ok when the change keeps the pack's settings, else
//                                             { ok: false, message } to show (nothing changes)
//   topicTitle(id, lessons) / topicTitles(ids, lessons) -> titles, never raw ids
//   quizStepLabel(step, lessons)           -> "Quiz: 10 questions on Trust policies, ECS: ..."
import { topicTitle } from '../content/topics.js';
import type { Lesson } from '../content/types.js';
import { plural } from '../plural.js';
import type { QuizStep } from './schema.js';

export interface WorkshopQuizSettings {
  topics: string[];
  count: number;
  /** The pack's seed; a pack without one gets a seed from its topics and count, the same for everyone. */
  seed: number;
  /** Always true: the screen shows the settings but offers no way to change them. */
  locked: true;
}

/** FNV-1a over the step's topics and count: a seed every attendee's machine computes alike. */
function stepSeed(step: Pick<QuizStep, 'topics' | 'count'>): number {
  let hash = 0x811c9dc5;
  for (const char of `${step.topics.join(',')}#${step.count}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function workshopQuizSettings(step: Pick<QuizStep, 'topics' | 'count' | 'seed'>): WorkshopQuizSettings {
  return { topics: [...step.topics], count: step.count, seed: step.seed ?? stepSeed(step), locked: true };
}

export interface QuizChange {
  topics?: readonly string[];
  count?: number;
  seed?: number;
}

/** Any change that differs from the pack is refused with the reason; the same values pass. */
export function requestQuizChange(
  step: Pick<QuizStep, 'topics' | 'count' | 'seed'>,
  change: QuizChange,
): { ok: true; settings: WorkshopQuizSettings } | { ok: false; message: string } {
  const fixed = workshopQuizSettings(step);
  const sameTopics =
    change.topics === undefined ||
    (change.topics.length === fixed.topics.length && change.topics.every((t) => fixed.topics.includes(t)));
  const sameCount = change.count === undefined || change.count === fixed.count;
  const sameSeed = change.seed === undefined || change.seed === fixed.seed;
  if (sameTopics && sameCount && sameSeed) return { ok: true, settings: fixed };
  return {
    ok: false,
    message: `This workshop fixes the quiz (${plural(fixed.count, 'question')}, the same for everyone), so its topics and count cannot be changed here. Practise freely outside the workshop.`,
  };
}

export { topicTitle };

export function topicTitles(ids: readonly string[], lessons: readonly Pick<Lesson, 'id' | 'title'>[] = []): string[] {
  return ids.map((id) => topicTitle(id, lessons));
}

export function quizStepLabel(
  step: Pick<QuizStep, 'topics' | 'count'>,
  lessons: readonly Pick<Lesson, 'id' | 'title'>[] = [],
): string {
  return `Quiz: ${plural(step.count, 'question')} on ${topicTitles(step.topics, lessons).join(', ')}`;
}
