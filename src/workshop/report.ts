// The class report: every attendee's progress data folded into one summary per agenda step.
// Pure: the CLI reads the files (results.ts) and prints the Markdown or CSV rendering.
import type { ContentSet, Question } from '../content/types.js';
import type { ProgressData } from '../progress/schema.js';
import type { AgendaStep, Workshop } from './schema.js';
import { quizAnswers, type StepStatus, stepStatus } from './step-status.js';
import { stepRef, stepTitle } from './step-title.js';
import { ownEntry } from '../untrusted/own-entry.js';
import { type TopicVerdict, tallyByTopic, topicVerdicts } from '../quiz/competency-rule.js';
import { inCourseOrder, topicTitle } from '../content/topics.js';
import { topicTitles } from './quiz-settings.js';

export interface AttendeeResult {
  name: string;
  data: ProgressData;
}

export interface Counted {
  /** Human-readable: "instance-profiles-004: Put the instance ARN in Principal". */
  label: string;
  count: number;
}

export interface StepReport {
  /** 1-based, as printed. */
  number: number;
  kind: AgendaStep['kind'];
  ref: string;
  /** Quiz steps: the topics the quiz draws from. */
  topics?: string[];
  /** Quiz steps: those topics' titles, for readers (the ids stay in `ref` and `topics`). */
  topicTitles?: string[];
  title: string;
  minutes?: number;
  finished: number;
  started: number;
  /** Summed over attendees: answers right / answered (quiz answers, or lesson checks). */
  score?: { correct: number; answered: number };
  hintsUsed?: number;
  /** Most common wrong answers, most frequent first (at most `TOP`). */
  commonWrong: Counted[];
  /** Misconception tags of the wrong options chosen, most frequent first (at most `TOP`). */
  misconceptions: Counted[];
  /** Quiz steps: the questions missed most, with their text and the wrong option chosen most. */
  missedQuestions: MissedQuestion[];
}

/** A question the class got wrong, quoted so the instructor can discuss it without the bank open. */
export interface MissedQuestion {
  questionId: string;
  /** The question's stem, flattened and shortened; absent when the bank has no such question. */
  question?: string;
  wrong: number;
  answered: number;
  /** The wrong option chosen most often (ties: the earlier option), with its text. */
  mostChosenWrong?: { text: string; count: number };
}

export interface ClassReport {
  title: string;
  packName: string;
  minutes: number;
  attendees: string[];
  steps: StepReport[];
  /** Per attendee, per step (agenda order). */
  grid: { name: string; statuses: StepStatus[] }[];
  /**
   * Per attendee, each topic they answered in, judged by the one competency rule
   * (quiz/competency-rule.ts) over all their answers, as their Progress screen's Topics tab counts.
   */
  verdicts: { name: string; topics: TopicVerdict[] }[];
}

/** Said in place of a question's stem when the bank here has no question with its id. */
export const NOT_IN_BANK = "(not in this version's bank)";

export const TOP = 3;
const LABEL_MAX = 70;

export function buildClassReport(input: {
  workshop: Workshop;
  packName: string;
  content: Pick<ContentSet, 'lessons' | 'questions'>;
  attendees: readonly AttendeeResult[];
}): ClassReport {
  const { workshop, content, attendees } = input;
  const grid = attendees.map((attendee) => ({
    name: attendee.name,
    statuses: workshop.agenda.map((step) => stepStatus(step, attendee.data)),
  }));
  const steps = workshop.agenda.map((step, i): StepReport => {
    const statuses = grid.map((row) => row.statuses[i]!);
    const report: StepReport = {
      number: i + 1,
      kind: step.kind,
      ref: stepRef(step),
      title: stepTitle(step, content),
      finished: statuses.filter((s) => s.done).length,
      started: statuses.filter((s) => s.started).length,
      commonWrong: [],
      misconceptions: [],
      missedQuestions: [],
    };
    if (step.minutes !== undefined) report.minutes = step.minutes;
    const scored = statuses.flatMap((s) => (s.score ? [s.score] : []));
    if (scored.length > 0) {
      report.score = {
        correct: scored.reduce((n, s) => n + s.correct, 0),
        answered: scored.reduce((n, s) => n + s.answered, 0),
      };
    }
    if (step.kind === 'challenge') report.hintsUsed = statuses.reduce((n, s) => n + (s.hintsUsed ?? 0), 0);
    if (step.kind === 'quiz') {
      report.topics = [...step.topics];
      report.topicTitles = topicTitles(step.topics, content.lessons);
      const answers = attendees.flatMap((a) => quizAnswers(step, a.data));
      const wrong = answers.filter((a) => !a.correct);
      report.commonWrong = top(wrong.map((a) => wrongAnswerLabel(a.questionId, a.chosen, content.questions)));
      report.misconceptions = top(wrong.flatMap((a) => [...new Set(a.misconceptions)]));
      report.missedQuestions = missedQuestions(answers, content.questions);
    }
    if (step.kind === 'lesson') {
      const missed = attendees.flatMap((a) =>
        Object.entries(ownEntry(a.data.lessons.byId, step.id)?.checks ?? {}).flatMap(([id, check]) =>
          check.correct ? [] : [id],
        ),
      );
      report.commonWrong = top(missed.map((id) => checkLabel(id, step.id, content)));
    }
    return report;
  });
  return {
    title: workshop.title,
    packName: input.packName,
    minutes: workshop.minutes,
    attendees: attendees.map((a) => a.name),
    steps,
    grid,
    verdicts: attendees.map((a) => ({
      name: a.name,
      topics: topicVerdicts(
        new Map(
          inCourseOrder(
            tallyByTopic(a.data.quiz.answers),
            content.lessons.map((lesson) => lesson.id),
          ),
        ),
        (id) => topicTitle(id, content.lessons),
      ),
    })),
  };
}

/** Counts equal labels; most frequent first, ties alphabetically so the report is stable. */
function top(labels: readonly string[]): Counted[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .slice(0, TOP);
}

function wrongAnswerLabel(questionId: string, chosen: readonly number[], questions: readonly Question[]): string {
  const question = questions.find((q) => q.id === questionId);
  if (question === undefined || chosen.length === 0)
    return chosen.length === 0 ? `${questionId}: (no answer)` : questionId;
  const texts = [...chosen].sort((a, b) => a - b).map((i) => question.options[i]?.text ?? `option ${i + 1}`);
  return `${questionId}: ${shorten(texts.join(' + '))}`;
}

function missedQuestions(
  answers: readonly { questionId: string; correct: boolean; chosen: readonly number[] }[],
  questions: readonly Question[],
): MissedQuestion[] {
  const byQuestion = new Map<string, { answered: number; wrong: number; options: Map<number, number> }>();
  for (const answer of answers) {
    const entry = byQuestion.get(answer.questionId) ?? { answered: 0, wrong: 0, options: new Map() };
    entry.answered += 1;
    if (!answer.correct) {
      entry.wrong += 1;
      const question = questions.find((q) => q.id === answer.questionId);
      for (const index of new Set(answer.chosen))
        if (question?.options[index] && !question.options[index].correct)
          entry.options.set(index, (entry.options.get(index) ?? 0) + 1);
    }
    byQuestion.set(answer.questionId, entry);
  }
  return [...byQuestion]
    .filter(([, entry]) => entry.wrong > 0)
    .sort(([a, x], [b, y]) => y.wrong - x.wrong || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, TOP)
    .map(([questionId, entry]) => {
      const question = questions.find((q) => q.id === questionId);
      const missed: MissedQuestion = {
        questionId,
        ...(question ? { question: shorten(question.stem) } : {}),
        wrong: entry.wrong,
        answered: entry.answered,
      };
      const [best] = [...entry.options].sort(([i, a], [j, b]) => b - a || i - j);
      if (best && question) missed.mostChosenWrong = { text: shorten(question.options[best[0]]!.text), count: best[1] };
      return missed;
    });
}

function checkLabel(checkId: string, lessonId: string, content: Pick<ContentSet, 'lessons'>): string {
  const lesson = content.lessons.find((l) => l.id === lessonId);
  for (const section of lesson?.sections ?? []) {
    for (const block of section.blocks) {
      if (block.kind === 'check' && block.question.id === checkId) return `${checkId}: ${shorten(block.question.stem)}`;
    }
  }
  return checkId;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= LABEL_MAX ? flat : `${flat.slice(0, LABEL_MAX - 1)}…`;
}
