// THE rule for "meets competencies" and "weak topic", for every place that shows a verdict:
// exam result, readiness per domain and task, Progress screen, practice setup, exports.
// Before this module the exam result said "Meets competencies" for 1 of 1 correct while the
// Progress screen wanted 5 answers and readiness wanted 8 (issue #16).
//
// API for screens and exports:
//   judge({ correct, total })  -> { verdict, label, correct, total, percent, restsOn, rule }
//   isWeak(tally)              -> true when judged and below the line
//   COMPETENCY_RULE_TEXT       -> the rule in one sentence, to show next to any verdict
//   restsOnText(judgement)     -> "based on 3 answers" (with the right plural)
//   tallyByTopic(answers)      -> { topic: { correct, total } } over every answer (the Topics tab's count)
//   topicVerdicts(tallies, title) -> per topic: answered, correct, verdict and its words, weak
//   verdictSummary(verdicts)   -> "Weak: Trust policies (2 of 6 right); Meets competencies: ..."
//   TOPIC_VERDICT_WORDS        -> what a topic's verdict is called: "Weak" where a score table says
//                                 "Needs improvement" (the rule sentence and the Topics tab say weak)
//
// Why 5 answers: a learner guessing blindly on four-option items (p = 0.25) gets at least 4 of 5
// with a chance of 1.6% (binomial tail, computed for this comment), against 25% for 1 of 1 and
// 5.1% for 3 of 4. AWS publishes no per-section rule; this one is ours and the screens say so.
import { plural } from '../plural.js';

/** Fewest answers a verdict may rest on. Below it the verdict is "too-few", whatever the share. */
export const MIN_ANSWERS = 5;
/** Share correct (percent) at which a section meets competencies; the same line as the pass cut. */
export const MEETS_PERCENT = 70;

export type CompetencyVerdict = 'meets' | 'below' | 'too-few';

export const COMPETENCY_LABELS: Readonly<Record<CompetencyVerdict, string>> = {
  meets: 'Meets competencies',
  below: 'Needs improvement',
  'too-few': 'Too few to judge',
};

export const COMPETENCY_RULE_TEXT = `A section meets competencies with at least ${MEETS_PERCENT}% right on at least ${MIN_ANSWERS} answers, and is weak below ${MEETS_PERCENT}% on as many; fewer answers are too few to judge. Our rule: AWS publishes none per section.`;

export interface TallyLike {
  readonly correct: number;
  readonly total: number;
}

export interface Judgement {
  verdict: CompetencyVerdict;
  label: string;
  correct: number;
  total: number;
  /** 0-100; 0 for no answers. */
  percent: number;
  /** The number of answers the verdict rests on (= total). */
  restsOn: number;
  rule: string;
}

function percentOf(correct: number, total: number): number {
  return total <= 0 ? 0 : (correct * 100) / total;
}

export function verdictOf(correct: number, total: number): CompetencyVerdict {
  if (total < MIN_ANSWERS) return 'too-few';
  return percentOf(correct, total) >= MEETS_PERCENT ? 'meets' : 'below';
}

export function judge(tally: TallyLike): Judgement {
  const verdict = verdictOf(tally.correct, tally.total);
  return {
    verdict,
    label: COMPETENCY_LABELS[verdict],
    correct: tally.correct,
    total: tally.total,
    percent: percentOf(tally.correct, tally.total),
    restsOn: tally.total,
    rule: COMPETENCY_RULE_TEXT,
  };
}

/** Weak = enough answers to judge and below the line. A topic with too few answers is not weak yet. */
export function isWeak(tally: TallyLike): boolean {
  return verdictOf(tally.correct, tally.total) === 'below';
}

/** "based on 1 answer" / "based on 12 answers". */
export function restsOnText(judgement: Pick<Judgement, 'restsOn'>): string {
  return `based on ${plural(judgement.restsOn, 'answer')}`;
}

/** A topic's verdict in words: the rule sentence's own (a weak topic; the Topics tab marks it "weak"). */
export const TOPIC_VERDICT_WORDS: Readonly<Record<CompetencyVerdict, string>> = {
  below: 'Weak',
  meets: 'Meets competencies',
  'too-few': 'Too few to judge',
};

/** "2 of 6 right": the answers a verdict rests on, as exports print it next to the verdict. */
export function rightOfText(tally: TallyLike): string {
  return `${tally.correct} of ${tally.total} right`;
}

/** Per topic, every answer counted once (as the Progress screen's Topics tab counts them). */
export function tallyByTopic(
  answers: readonly { readonly topic: string; readonly correct: boolean }[],
): Map<string, { correct: number; total: number }> {
  const tallies = new Map<string, { correct: number; total: number }>();
  for (const answer of answers) {
    const tally = tallies.get(answer.topic) ?? { correct: 0, total: 0 };
    tally.total += 1;
    if (answer.correct) tally.correct += 1;
    tallies.set(answer.topic, tally);
  }
  return tallies;
}

export interface TopicVerdict {
  topic: string;
  title: string;
  answered: number;
  correct: number;
  verdict: CompetencyVerdict;
  /** TOPIC_VERDICT_WORDS of the verdict. */
  words: string;
  weak: boolean;
}

/** Each topic's verdict by the one rule, in the tallies' order. */
export function topicVerdicts(
  tallies: ReadonlyMap<string, TallyLike>,
  titleOf: (topic: string) => string,
): TopicVerdict[] {
  return [...tallies].map(([topic, tally]) => {
    const verdict = verdictOf(tally.correct, tally.total);
    return {
      topic,
      title: titleOf(topic),
      answered: tally.total,
      correct: tally.correct,
      verdict,
      words: TOPIC_VERDICT_WORDS[verdict],
      weak: verdict === 'below',
    };
  });
}

const SUMMARY_ORDER: readonly CompetencyVerdict[] = ['below', 'meets', 'too-few'];

/**
 * The verdicts as one line, weak topics first, each with the answers it rests on:
 * "Weak: Trust policies (2 of 6 right); Meets competencies: IAM in one picture (5 of 5 right)".
 * `''` when there are none.
 */
export function verdictSummary(verdicts: readonly TopicVerdict[]): string {
  return SUMMARY_ORDER.flatMap((verdict) => {
    const topics = verdicts.filter((v) => v.verdict === verdict);
    if (topics.length === 0) return [];
    return [
      `${TOPIC_VERDICT_WORDS[verdict]}: ${topics.map((v) => `${v.title} (${rightOfText({ correct: v.correct, total: v.answered })})`).join(', ')}`,
    ];
  }).join('; ');
}
