// The Plan tab's lines (issue #16: "an exam-date view that says what to review each day until the
// date"), from the core studyPlan. Pure: `now` is passed in (services.now on the screen).
import type { ProgressData as StoredProgress } from '../../../progress/index.js';
import { openMistakes, PLAN_RULE, type PlanDay, parseCards, studyPlan } from '../../../quiz/index.js';
import { ownEntry } from '../../../untrusted/own-entry.js';
import { plural } from '../../../plural.js';
import { cleanText } from '../../../untrusted/text.js';
import type { LessonRef } from './progressData.js';

export type PlanView = { kind: 'days'; rule: string; rows: string[] } | { kind: 'message'; text: string };

export const NO_DATE =
  'No exam date yet: on the Settings tab (press 4) choose "Exam date", press Enter and type it as YYYY-MM-DD.';

/** One row per day until the exam date, or the line that says why there is none. */
export function planView(
  stored: StoredProgress,
  lessons: readonly LessonRef[],
  weakTopics: readonly string[],
  now: number,
): PlanView {
  const examDate = stored.settings.examDate;
  if (examDate === undefined) return { kind: 'message', text: NO_DATE };
  const cards = parseCards(stored.quiz.fsrsCards);
  const titleOf = new Map(lessons.map((l) => [l.id, l.title]));
  const plan = studyPlan({
    examDate,
    today: new Date(now).toISOString().slice(0, 10),
    cards: cards.ok ? cards.value : {},
    weakTopics,
    unreadLessons: lessons.filter((l) => ownEntry(stored.lessons.byId, l.id)?.completed !== true).map((l) => l.id),
    openMistakes: openMistakes(stored.quiz.answers).length,
  });
  if (plan.kind !== 'plan') return { kind: 'message', text: plan.message };
  const title = (id: string) => titleOf.get(id) ?? cleanText(id);
  return { kind: 'days', rule: PLAN_RULE, rows: plan.days.map((day) => dayRow(day, title)) };
}

function dayRow(day: PlanDay, title: (id: string) => string): string {
  const parts: string[] = [];
  if (day.mockExam) parts.push('full mock exam');
  if (day.reviewMistakes > 0) parts.push(`review ${plural(day.reviewMistakes, 'mistake')}`);
  if (day.dueConcepts.length > 0) parts.push(`${plural(day.dueConcepts.length, 'review card')}`);
  if (day.lessons.length > 0) parts.push(`read ${day.lessons.map(title).join(', ')}`);
  if (day.weakTopic !== undefined) parts.push(`practise ${title(day.weakTopic)}`);
  return `Day ${day.day} ${day.date}: ${parts.length > 0 ? parts.join('; ') : 'light review'}`;
}
