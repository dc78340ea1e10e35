// The one competency rule (src/quiz/competency-rule.ts) over an export's answers, for every
// export format that shows a verdict: each states the rule once, in the words the TUI shows under
// its verdict tables (COMPETENCY_RULE_TEXT), and the answers each verdict rests on.
import { inCourseOrder, topicTitle } from '../content/topics.js';
import {
  COMPETENCY_RULE_TEXT,
  MEETS_PERCENT,
  MIN_ANSWERS,
  type TopicVerdict,
  tallyByTopic,
  topicVerdicts,
} from '../quiz/competency-rule.js';
import type { ProgressData } from './schema.js';

/** Every answered topic's verdict: curriculum topics in course order, then others by id. */
export function progressVerdicts(data: ProgressData): TopicVerdict[] {
  return topicVerdicts(new Map(inCourseOrder(tallyByTopic(data.quiz.answers))), (topic) => topicTitle(topic));
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
