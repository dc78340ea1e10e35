// What to review each day until the exam date (issue #16: "an exam-date view that says what to
// review each day until the date"). Pure: today's date is passed in, nothing reads the clock.
//
// API for the screens:
//   studyPlan({ examDate, today, cards, weakTopics, unreadLessons, openMistakes })
//     -> { kind: 'plan', days: PlanDay[] } | { kind: 'past' | 'today', message }
//
// The rule, stated for the screen in PLAN_RULE:
//  - review cards: each day lists the FSRS cards that fall due by the end of it (overdue ones on
//    the first day), assuming the learner clears the queue daily;
//  - unread lessons: spread in curriculum order over the days before the last one, as evenly as
//    they go (earlier days take the remainder);
//  - weak topics: one per day in turn (weakest first), so each comes back every few days;
//  - open mistakes: on the first day, so they are reviewed while there is time to revisit;
//  - the day before the exam: a full mock exam, and nothing new.
import type { ConceptCards } from './srs.js';

export const PLAN_RULE =
  'Each day: the review cards due that day, a share of the unread lessons, one weak topic in turn; open mistakes on the first day; a full mock exam the day before, nothing new.';

export interface PlanInput {
  /** YYYY-MM-DD. */
  examDate: string;
  /** YYYY-MM-DD: the learner's today, passed in. */
  today: string;
  cards: ConceptCards;
  /** Weakest first (weakTopics from attempts.ts / the competency rule). */
  weakTopics: readonly string[];
  /** In curriculum order. */
  unreadLessons: readonly string[];
  /** How many questions are in the mistakes set now (openMistakes().length). */
  openMistakes: number;
}

export interface PlanDay {
  /** YYYY-MM-DD. */
  date: string;
  /** 1 = today. */
  day: number;
  /** Concept ids whose review cards fall due by the end of this day. */
  dueConcepts: string[];
  lessons: string[];
  weakTopic?: string;
  reviewMistakes: number;
  mockExam: boolean;
}

export type PlanResult = { kind: 'plan'; days: PlanDay[] } | { kind: 'today' | 'past' | 'invalid'; message: string };

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function studyPlan(input: PlanInput): PlanResult {
  const start = dayNumber(input.today);
  const exam = dayNumber(input.examDate);
  if (!Number.isInteger(start) || !Number.isInteger(exam))
    return { kind: 'invalid', message: 'The exam date and today must be dates as YYYY-MM-DD.' };
  if (exam < start) return { kind: 'past', message: `The exam date ${input.examDate} has passed; set a new one.` };
  if (exam === start)
    return { kind: 'today', message: 'The exam is today: rest, and read your bookmarks and mistakes lightly.' };

  const count = exam - start; // days before the exam day
  const dueDay = new Map<string, number>();
  for (const [concept, card] of Object.entries(input.cards)) {
    const due = Math.floor(Date.parse(card.due) / DAY_MS);
    if (Number.isFinite(due)) dueDay.set(concept, Math.max(start, due));
  }
  // Lessons go on the days before the last one (or on the only day when there is one).
  const lessonDays = count > 1 ? count - 1 : 1;
  const perDay = Math.floor(input.unreadLessons.length / lessonDays);
  const extra = input.unreadLessons.length % lessonDays;
  let next = 0;
  const days: PlanDay[] = [];
  for (let i = 0; i < count; i++) {
    const day = start + i;
    const last = i === count - 1;
    const take = i < lessonDays ? perDay + (i < extra ? 1 : 0) : 0;
    const lessons = last && count > 1 ? [] : input.unreadLessons.slice(next, next + take);
    next += lessons.length;
    const weakTopic =
      input.weakTopics.length > 0 && !(last && count > 1) ? input.weakTopics[i % input.weakTopics.length] : undefined;
    days.push({
      date: isoDate(day),
      day: i + 1,
      dueConcepts: [...dueDay]
        .filter(([, d]) => d === day)
        .map(([c]) => c)
        .sort(),
      lessons,
      ...(weakTopic !== undefined ? { weakTopic } : {}),
      reviewMistakes: i === 0 ? input.openMistakes : 0,
      mockExam: last,
    });
  }
  return { kind: 'plan', days };
}
