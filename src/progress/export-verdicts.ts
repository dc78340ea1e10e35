// The one competency rule (src/quiz/competency-rule.ts) over an export's answers, for every
// export format that shows a verdict: each states the rule once, in the words the TUI shows under
// its verdict tables (COMPETENCY_RULE_TEXT), and the answers each verdict rests on.
import { builtinTopics } from '../content/topics.js';
import {
  COMPETENCY_RULE_TEXT,
  MEETS_PERCENT,
  MIN_ANSWERS,
  type TopicVerdict,
  tallyByTopic,
  topicVerdicts,
} from '../quiz/competency-rule.js';
import type { ProgressData } from './schema.js';

const order = new Map(builtinTopics.map((t) => [t.id, t.order]));
const titles = new Map(builtinTopics.map((t) => [t.id, t.title]));

/** Every answered topic's verdict: curriculum topics in course order, then others by id. */
export function progressVerdicts(data: ProgressData): TopicVerdict[] {
  const tallies = tallyByTopic(data.quiz.answers);
  const sorted = new Map(
    [...tallies].sort(
      ([a], [b]) =>
        (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b),
    ),
  );
  return topicVerdicts(sorted, (topic) => titles.get(topic) ?? topic);
}

/** What the JSON export adds after the data: the rule and, per topic, what its verdict rests on. */
export interface CompetencyExport {
  rule: string;
  minAnswers: number;
  meetsPercent: number;
  topics: TopicVerdict[];
}

export function competencyExport(data: ProgressData): CompetencyExport {
  return {
    rule: COMPETENCY_RULE_TEXT,
    minAnswers: MIN_ANSWERS,
    meetsPercent: MEETS_PERCENT,
    topics: progressVerdicts(data),
  };
}
