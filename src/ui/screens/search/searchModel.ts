// The search screen's state as a pure reducer: a one-line query (a small local input model,
// replaceable by the shared text field widget) and a cursor over the ranked hits. The hits are
// kept in the state, so Enter typed in the same read as the query opens what that query found.
import type { SearchHit } from '../../../content/index.js';

export interface SearchState {
  query: string;
  hits: SearchHit[];
  cursor: number;
}

export type SearchAction =
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'clear' }
  | { type: 'move'; by: number }
  | { type: 'open' };

/** Runs a query; the screen passes searchIndex over the loaded content. */
export type SearchFn = (query: string) => SearchHit[];

export const initialSearch = (): SearchState => ({ query: '', hits: [], cursor: 0 });

/** Printable text only: a paste's newlines and control characters never reach the query. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

const maxQuery = 80;

function withQuery(state: SearchState, query: string, search: SearchFn): SearchState {
  if (query === state.query) return state;
  return { query, hits: query.trim() === '' ? [] : search(query), cursor: 0 };
}

export function searchReduce(state: SearchState, action: SearchAction, search: SearchFn): SearchState {
  switch (action.type) {
    case 'type':
      return withQuery(state, (state.query + printable(action.text)).slice(0, maxQuery), search);
    case 'erase':
      return withQuery(state, [...state.query].slice(0, -1).join(''), search);
    case 'clear':
      return withQuery(state, '', search);
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
