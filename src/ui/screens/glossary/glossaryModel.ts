// The glossary list as a pure reducer: a cursor over the terms (file order), started at a term
// when one was asked for (a search hit, a term followed from a lesson).
export interface GlossaryState {
  cursor: number;
  count: number;
}

export type GlossaryAction =
  | { type: 'move'; by: number }
  | { type: 'edge'; last: boolean }
  /** A section's terms only: open the chosen one in the whole glossary (the screen navigates). */
  | { type: 'open' };

export function initialGlossary(termIds: readonly string[], start?: string): GlossaryState {
  const at = start === undefined ? -1 : termIds.indexOf(start);
  return { cursor: Math.max(0, at), count: termIds.length };
}

export function glossaryReduce(state: GlossaryState, action: GlossaryAction): GlossaryState {
  if (state.count === 0 || action.type === 'open') return state;
  const target = action.type === 'move' ? state.cursor + action.by : action.last ? state.count - 1 : 0;
  const cursor = Math.min(state.count - 1, Math.max(0, target));
  return cursor === state.cursor ? state : { ...state, cursor };
}
