// A y/n question ("Leave the exam?"). Pure: which answer a key gives, the keymap lines that send
// the screen's own actions, and the prompt text. While it asks, every key is an answer (y yes,
// anything else no, Esc included), so a stray q or ? can neither quit nor open help behind the
// question; the screen registers with `modal` so the footer names only y and n/Esc.
import type { Binding } from '../../shell/keymap.js';
import type { Key } from '../../shell/keys.js';

/** True for yes (y/Y), false for no: n, Esc and every other key answer no. */
export function confirmAnswer(input: string, _key: Key): boolean {
  return input === 'y' || input === 'Y';
}

export interface ConfirmSpec<S, A> {
  /** The prompt is showing. */
  when: (state: S) => boolean;
  /** Footer words for each answer: 'leave', 'stay'. */
  yes: string;
  no: string;
  /** The action each answer sends to the screen's model. */
  answer: (yes: boolean) => A;
}

/** The two keymap lines of a y/n prompt: `y` and `n/Esc` (which also takes every other key). */
export function confirmBindings<S, A>(spec: ConfirmSpec<S, A>): Binding<S, A>[] {
  return [
    {
      keys: 'y',
      label: spec.yes,
      when: spec.when,
      match: (i, k) => confirmAnswer(i, k),
      action: () => spec.answer(true),
    },
    {
      keys: 'n/Esc',
      label: spec.no,
      when: spec.when,
      match: (i, k) => !confirmAnswer(i, k),
      action: () => spec.answer(false),
    },
  ];
}

/** The prompt as shown: the question, then the keys in words that read without colour. */
export function confirmPrompt(question: string): string {
  return `${question} (y/n)`;
}
