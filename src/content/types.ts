// The typed shape of loaded content. The zod schemas in this folder validate files into these
// types; every other module (quiz engine, reader, workshop) depends only on these.

export type Scope = 'clf-c02' | 'beyond';
export type LessonScope = Scope | 'mixed';
export type Difficulty = 1 | 2 | 3;
export type QuestionType = 'single' | 'multiple';

/** Where a piece of content came from, so every later error can point at it. */
export interface SourceRef {
  file: string;
  line: number;
}

export interface QuestionOption {
  text: string;
  correct: boolean;
  why: string;
  misconception?: string;
}

export interface Question {
  id: string;
  topic: string;
  scope: Scope;
  /** CLF-C02 domain (1-4), present when scope is clf-c02. */
  domain?: 1 | 2 | 3 | 4;
  /** CLF-C02 task statement such as "2.3", present when scope is clf-c02. */
  task?: string;
  difficulty: Difficulty;
  type: QuestionType;
  stem: string;
  options: QuestionOption[];
  docs: string[];
  /** YYYY-MM-DD for bank questions; '' for a lesson's check question (its lesson is the source). */
  verified: string;
  source: SourceRef;
}

export interface LessonReference {
  title: string;
  url: string;
}

/** One block of a lesson body, in reading order. */
export type LessonBlock =
  | { kind: 'markdown'; text: string; line: number }
  | { kind: 'check'; question: Question; line: number };

export interface LessonSection {
  title: string;
  /** 0-based index within the lesson. */
  index: number;
  blocks: LessonBlock[];
  line: number;
}

export interface Lesson {
  id: string;
  title: string;
  order: number;
  minutes: number;
  scope: LessonScope;
  objectives: string[];
  references: LessonReference[];
  sandbox?: string;
  sections: LessonSection[];
  source: SourceRef;
}

export interface ContentProblem {
  file: string;
  /** 1-based; 0 when the problem concerns a whole directory (e.g. it does not exist). */
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface ContentSet {
  lessons: Lesson[];
  questions: Question[];
  problems: ContentProblem[];
}
