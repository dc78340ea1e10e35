// What the Progress dashboard and the workshop agenda need: the progress client and the
// question bank, from the one context once loaded (useProgressSource).
import type { ProgressClient } from '../../../app/index.js';
import type { Question } from '../../../content/index.js';

export interface LessonRef {
  id: string;
  title: string;
}

export interface ProgressData {
  client: ProgressClient;
  /** Bank questions (built-in plus any pack), for due reviews. */
  questions: readonly Question[];
  /** The lessons "lessons completed" counts; default: the built-in curriculum topics. */
  lessons?: readonly LessonRef[];
}
