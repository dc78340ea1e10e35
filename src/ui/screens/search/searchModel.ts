// The search screen's state as a pure reducer: the query in the shared text field (widgets/
// text-field: a cursor, pastes applied in order, no control characters) and a cursor over the
// ranked hits. The hits are kept in the state, so Enter typed in the same read as the query opens
// what that query found.
import type { SearchHit } from '../../../content/index.js';
import { applyEdits, emptyField, type FieldEdit, type TextField } from '../../widgets/text-field/index.js';

export interface SearchState {
  field: TextField;
  hits: SearchHit[];
  cursor: number;
}

export type SearchAction =
  /** The edits one key makes to the query; `submit` when the key (or a pasted line) ended in Enter. */
  { type: 'edit'; edits: FieldEdit[]; submit: boolean } | { type: 'move'; by: number } | { type: 'open' };

/** Runs a query; the screen passes searchIndex over the loaded content. */
export type SearchFn = (query: string) => SearchHit[];

export const initialSearch = (): SearchState => ({ field: emptyField, hits: [], cursor: 0 });

export const queryOf = (state: SearchState): string => state.field.value;

const queryRules = { maxLength: 80 };

export function searchReduce(state: SearchState, action: SearchAction, search: SearchFn): SearchState {
  switch (action.type) {
    case 'edit': {
      const field = applyEdits(state.field, action.edits, queryRules);
      if (field.value === state.field.value) return field.cursor === state.field.cursor ? state : { ...state, field };
      return { field, hits: field.value.trim() === '' ? [] : search(field.value), cursor: 0 };
    }
    case 'move': {
      if (state.hits.length === 0) return state;
      const cursor = Math.min(state.hits.length - 1, Math.max(0, state.cursor + action.by));
      return cursor === state.cursor ? state : { ...state, cursor };
    }
    case 'open':
      return state;
  }
}

export const selectedHit = (state: SearchState): SearchHit | undefined => state.hits[state.cursor];
