// A readiness estimate for the exam date. It is an ESTIMATE, and the screen says so: AWS scales
// CLF-C02 results by equating across exam forms and publishes no formula, and our mock exams
// are not the real one. The heuristic, out of 100:
//
//   50  recent mock exams   the mean scaled score of the last 3 mock exams, mapped linearly
//                           from 400 (0 points) to 800 (50 points); no mock exam yet: 0
//   30  topic coverage      share of the curriculum topics that meet competencies by the one
//                           rule (src/quiz/competency-rule.ts; every answer counts)
//   20  lessons             share of the curriculum lessons completed
//
//   75 and up "on track", 50-74 "getting there", below 50 "not yet".
//
// Days left do not change the number; they set the pace in the advice (lessons left per week).
import type { Tally } from '../../../progress/index.js';
import { judge, MEETS_PERCENT } from '../../../quiz/index.js';
import { plural } from '../../../plural.js';

export const RECENT_EXAMS = 3;
export const EXAM_POINTS = 50;
export const COVERAGE_POINTS = 30;
export const LESSON_POINTS = 20;
const EXAM_FLOOR = 400;
const EXAM_CEILING = 800;

export type ReadinessLabel = 'on track' | 'getting there' | 'not yet';

export interface ReadinessInput {
  /** Scaled scores of mock exams, oldest first. */
  examScores: readonly number[];
  topicTallies: Readonly<Record<string, Tally>>;
  topicIds: readonly string[];
  lessonsCompleted: number;
  lessonsTotal: number;
  /** YYYY-MM-DD. */
  examDate: string;
  /** Epoch ms. */
  now: number;
}

export interface Readiness {
  score: number;
  label: ReadinessLabel;
  /** Whole days from today (UTC) to the exam date; negative once it has passed. */
  daysLeft: number;
  exams: { recentMean?: number; points: number };
  coverage: { covered: number; total: number; points: number };
  lessons: { done: number; total: number; points: number };
  advice: string;
}

const DAY_MS = 86_400_000;

export function daysUntil(examDate: string, now: number): number {
  const today = Math.floor(now / DAY_MS);
  return Math.round(Date.parse(`${examDate}T00:00:00Z`) / DAY_MS) - today;
}

export function estimateReadiness(input: ReadinessInput): Readiness {
  const recent = input.examScores.slice(-RECENT_EXAMS);
  const recentMean = recent.length === 0 ? undefined : recent.reduce((a, b) => a + b, 0) / recent.length;
  const examShare = recentMean === undefined ? 0 : clamp01((recentMean - EXAM_FLOOR) / (EXAM_CEILING - EXAM_FLOOR));
  const covered = input.topicIds.filter((id) => {
    const tally = input.topicTallies[id];
    return tally !== undefined && judge(tally).verdict === 'meets';
  }).length;
  const total = input.topicIds.length;
  const exams = {
    points: round1(examShare * EXAM_POINTS),
    ...(recentMean === undefined ? {} : { recentMean: Math.round(recentMean) }),
  };
  const coverage = { covered, total, points: round1(total === 0 ? 0 : (covered / total) * COVERAGE_POINTS) };
  const lessonsTotal = Math.max(0, input.lessonsTotal);
  const done = Math.min(input.lessonsCompleted, lessonsTotal);
  const lessons = {
    done,
    total: lessonsTotal,
    points: round1(lessonsTotal === 0 ? 0 : (done / lessonsTotal) * LESSON_POINTS),
  };
  const score = Math.round(exams.points + coverage.points + lessons.points);
  const daysLeft = daysUntil(input.examDate, input.now);
  return {
    score,
    label: score >= 75 ? 'on track' : score >= 50 ? 'getting there' : 'not yet',
    daysLeft,
    exams,
    coverage,
    lessons,
    advice: advice(daysLeft, recent.length, lessonsTotal - done, total - covered),
  };
}

function advice(daysLeft: number, examsTaken: number, lessonsLeft: number, topicsLeft: number): string {
  if (daysLeft < 0) return 'Your exam date has passed: set the next one in Settings.';
  if (daysLeft === 0) return 'The exam is today. Good luck!';
  const weeks = Math.max(1, Math.ceil(daysLeft / 7));
  if (lessonsLeft > 0) {
    const perWeek = Math.ceil(lessonsLeft / weeks);
    return `${plural(lessonsLeft, 'lesson')} left: about ${perWeek} a week keeps you on pace.`;
  }
  if (examsTaken === 0) return 'Take a mock exam so the estimate has scores to go on.';
  if (topicsLeft > 0)
    return `Practise the ${plural(topicsLeft, 'topic')} that do not meet competencies yet (${MEETS_PERCENT}% on at least 5 answers; Topics tab).`;
  return 'Keep it steady: a mock exam a week until the exam.';
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
