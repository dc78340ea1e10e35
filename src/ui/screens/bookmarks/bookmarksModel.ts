// The bookmarks list as a pure reducer: the saved bookmarks (newest first) and a cursor. `remove`
// names the bookmark it drops (the chosen one when the key was read); the screen writes that
// removal to the store.
import type { Bookmark } from '../../../progress/index.js';

export interface BookmarksState {
  items: Bookmark[];
  cursor: number;
}

export type BookmarksAction = { type: 'move'; by: number } | { type: 'open' } | { type: 'remove'; bookmark: Bookmark };

export function initialBookmarks(saved: readonly Bookmark[]): BookmarksState {
  return { items: [...saved].reverse(), cursor: 0 };
}

export function bookmarksReduce(state: BookmarksState, action: BookmarksAction): BookmarksState {
  if (state.items.length === 0) return state;
  switch (action.type) {
    case 'move': {
      const cursor = Math.min(state.items.length - 1, Math.max(0, state.cursor + action.by));
      return cursor === state.cursor ? state : { ...state, cursor };
    }
    case 'remove': {
      const items = state.items.filter((item) => item !== action.bookmark);
      if (items.length === state.items.length) return state;
      return { items, cursor: Math.min(state.cursor, Math.max(0, items.length - 1)) };
    }
    case 'open':
      return state;
  }
}

export const chosenBookmark = (state: BookmarksState): Bookmark | undefined => state.items[state.cursor];
