// Everything the dashboard shows, computed from the progress data in one pure function so the
// numbers are tested without a terminal.
import { builtinTopics } from '../../../content/topics.js';
import type { Question } from '../../../content/index.js';
import type { AnswerRecord, ProgressData as StoredProgress, Tally } from '../../../progress/index.js';
import { weakTopics } from '../../../quiz/attempts.js';
import { tallyByTopic } from '../../../quiz/index.js';
import { dueCount, parseCards } from '../../../quiz/srs.js';
import type { ScorePoint } from '../../components/scoreChartModel.js';
import type { LessonRef } from './progressData.js';
import { estimateReadiness, type Readiness } from './readiness.js';
import { ownEntry } from '../../../untrusted/own-entry.js';
import { cleanText } from '../../../untrusted/text.js';

export interface TopicRow {
  id: string;
  title: string;
  answered: number;
  correct: number;
}

/** One practice or drill session: how many questions were answered and how many were right. */
export interface SessionPoint {
  /** ISO 8601 time the session finished. */
  at: string;
  mode: 'practice' | 'drill';
  total: number;
  correct: number;
}

/** How many of the weakest topics the overview names. */
const OVERVIEW_WEAK = 3;

export interface Dashboard {
  lessonsDone: number;
  lessonsTotal: number;
  answered: number;
  correct: number;
  topics: TopicRow[];
  /** The (at most three) weakest topics, worst first, for the overview. */
  weak: string[];
  /** How many topics the rule calls weak in all (the Topics tab marks each). */
  weakCount: number;
  /** Undefined when the saved review cards cannot be read (the message says why). */
  due?: number;
  dueProblem?: string;
  exams: ScorePoint[];
  /** Practice and drill sessions, oldest first. */
  sessions: SessionPoint[];
  examDate?: string;
  readiness?: Readiness;
}

export const defaultLessons: readonly LessonRef[] = builtinTopics.map((t) => ({ id: t.id, title: t.title }));

export function tallyAnswers(answers: readonly AnswerRecord[]): Record<string, Tally> {
  // No prototype: a topic named `constructor` or `__proto__` is a topic like any other.
  // A prototype-free record over the one per-topic count (a topic id could be "constructor").
  const tallies: Record<string, Tally> = Object.create(null);
  for (const [topic, tally] of tallyByTopic(answers)) tallies[topic] = tally;
  return tallies;
}

export function buildDashboard(
  data: StoredProgress,
  questions: readonly Question[],
  now: number,
  lessons: readonly LessonRef[] = defaultLessons,
): Dashboard {
  const tallies = tallyAnswers(data.quiz.answers);
  // Every topic the rule calls weak, worst first: the overview names a few, the Topics tab marks all.
  const weak = weakTopics(tallies, { limit: Number.POSITIVE_INFINITY });
  const titled = new Map(lessons.map((l, i) => [l.id, `${i + 1}. ${l.title}`]));
  const topics: TopicRow[] = lessons.map((l) => ({ id: l.id, title: titled.get(l.id)!, answered: 0, correct: 0 }));
  // Topics answered that the list does not name (a workshop pack's own) follow the curriculum.
  for (const id of Object.keys(tallies))
    if (!titled.has(id)) topics.push({ id, title: cleanText(id), answered: 0, correct: 0 });
  for (const row of topics) {
    row.answered = tallies[row.id]?.total ?? 0;
    row.correct = tallies[row.id]?.correct ?? 0;
  }
  const lessonsDone = lessons.filter((l) => ownEntry(data.lessons.byId, l.id)?.completed === true).length;
  const exams = data.quiz.attempts
    .filter((a) => a.mode === 'exam' && a.scaled !== undefined)
    .map((a) => ({ at: a.finishedAt, scaled: a.scaled! }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const sessions = data.quiz.attempts
    .filter((a) => (a.mode === 'practice' || a.mode === 'drill') && a.total > 0)
    .map(
      (a): SessionPoint => ({
        at: a.finishedAt,
        mode: a.mode as SessionPoint['mode'],
        total: a.total,
        correct: a.correct,
      }),
    )
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const dashboard: Dashboard = {
    lessonsDone,
    lessonsTotal: lessons.length,
    answered: data.quiz.answers.length,
    correct: data.quiz.answers.filter((a) => a.correct).length,
    topics,
    weak: weak.slice(0, OVERVIEW_WEAK),
    weakCount: weak.length,
    exams,
    sessions,
  };
  const cards = parseCards(data.quiz.fsrsCards);
  if (cards.ok) dashboard.due = dueCount(questions, cards.value, now);
  else dashboard.dueProblem = cards.message;
  const examDate = data.settings.examDate;
  if (examDate !== undefined) {
    dashboard.examDate = examDate;
    dashboard.readiness = estimateReadiness({
      examScores: exams.map((e) => e.scaled),
      topicTallies: tallies,
      topicIds: lessons.map((l) => l.id),
      lessonsCompleted: lessonsDone,
      lessonsTotal: lessons.length,
      examDate,
      now,
    });
  }
  return dashboard;
}

/** "████████░░░░" for a share of `width` cells; readable without colour. */
export function bar(done: number, total: number, width: number): string {
  const filled = total <= 0 ? 0 : Math.round((Math.min(done, total) / total) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(Math.max(0, width - filled))}`;
}

export function percentText(correct: number, total: number): string {
  return total === 0 ? '–' : `${Math.round((correct * 100) / total)}%`;
}
