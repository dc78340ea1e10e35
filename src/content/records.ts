// What the per-file parsers hand to the cross-file checks: the typed content when it is valid,
// plus the raw ids, stems and their lines even when it is not. Keeping the raw values means one
// broken question does not cascade into "unknown topic" or "unknown question" errors elsewhere.
import type { LinkRef } from './lesson-body.js';
import type { Lesson, Question } from './types.js';

export interface QuestionRecord {
  file: string;
  line: number;
  origin: 'bank' | 'check';
  id?: string;
  idLine: number;
  stem?: string;
  stemLine: number;
  topic?: string;
  topicLine: number;
  /** Raw option texts, and those of the options marked correct (for near-duplicate checks). */
  optionTexts: string[];
  keyedTexts: string[];
  /** Raw type ('single', 'multiple') and each option with the line of its text (bank-level warnings). */
  type?: string;
  options: RecordOption[];
  /** Present only when the question passed its schema. */
  question?: Question;
}

export interface RecordOption {
  text: string;
  correct: boolean;
  line: number;
}

export interface LessonRecord {
  file: string;
  builtin: boolean;
  id?: string;
  idLine: number;
  order?: number;
  orderLine: number;
  sandbox?: string;
  sandboxLine: number;
  links: LinkRef[];
  checks: QuestionRecord[];
  /** Present only when the front matter passed its schema. */
  lesson?: Lesson;
}
