// Concepts are what spaced repetition schedules: a topic plus one misconception, written
// "<topic>:<misconception>". Wrong options without a misconception tag stand for the topic's
// general concept "<topic>:general".

import type { Question } from '../content/types.js';

export const GENERAL_CONCEPT = 'general';

export function conceptId(topic: string, misconception?: string): string {
  return `${topic}:${misconception ?? GENERAL_CONCEPT}`;
}

export function parseConcept(id: string): { topic: string; misconception: string | null } {
  const cut = id.lastIndexOf(':');
  if (cut < 0) return { topic: id, misconception: null };
  const tag = id.slice(cut + 1);
  return { topic: id.slice(0, cut), misconception: tag === GENERAL_CONCEPT ? null : tag };
}

/** The concept a wrong option tests. */
export function conceptOfOption(question: Question, index: number): string {
  return conceptId(question.topic, question.options[index]?.misconception);
}

/**
 * The concepts a question covers: those of its wrong options (each distractor stands for one
 * misconception), in option order without repeats.
 */
export function conceptsOfQuestion(question: Question): string[] {
  const concepts = new Set<string>();
  question.options.forEach((option, index) => {
    if (!option.correct) concepts.add(conceptOfOption(question, index));
  });
  if (concepts.size === 0) concepts.add(conceptId(question.topic));
  return [...concepts];
}
