// The `aws>` prompt as a pure model: the line being typed, where ↑/↓ is in the session's history,
// and what Tab offered when more than one thing fits.
import { complete, type PlaySession } from '../../../sandbox/index.js';

export interface PromptState {
  text: string;
  /** The history entry ↑/↓ shows, or null while typing a new line. */
  recall: number | null;
  /** What fits after the last Tab, when more than one thing does. */
  candidates?: string[];
}

export type PromptAction =
  | { type: 'insert'; text: string }
  | { type: 'backspace' }
  | { type: 'history'; by: 1 | -1 }
  | { type: 'complete' }
  | { type: 'cancel' };

/** The next prompt, or null when it closes. */
export function promptReduce(prompt: PromptState, action: PromptAction, session: PlaySession): PromptState | null {
  switch (action.type) {
    case 'insert': {
      // A paste arrives whole; its line breaks become spaces (Enter is what runs a command). A Tab
      // typed in the same read as letters (tmux, a fast typist) still completes.
      const [first, ...afterTabs] = action.text.replace(/[\r\n]+/g, ' ').split('\t');
      let next: PromptState = { text: prompt.text + first, recall: null };
      for (const piece of afterTabs) {
        const done = promptReduce(next, { type: 'complete' }, session)!;
        next = {
          text: done.text + piece,
          recall: null,
          ...(piece === '' && done.candidates ? { candidates: done.candidates } : {}),
        };
      }
      return next;
    }
    case 'backspace':
      return { text: prompt.text.slice(0, -1), recall: null };
    case 'history': {
      const list = session.history;
      if (list.length === 0) return prompt;
      const at = Math.min(list.length, Math.max(0, (prompt.recall ?? list.length) + action.by));
      return { text: list[at] ?? '', recall: at };
    }
    case 'complete': {
      const done = complete(prompt.text, session.world);
      return done.candidates.length > 0
        ? { text: done.text, recall: null, candidates: done.candidates }
        : { text: done.text, recall: null };
    }
    case 'cancel':
      return null;
  }
}
