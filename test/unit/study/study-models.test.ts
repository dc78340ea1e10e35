import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src/content/index.js';
import type { Bookmark } from '../../../src/progress/index.js';
import { bookmarksReduce, chosenBookmark, initialBookmarks } from '../../../src/ui/screens/bookmarks/bookmarksModel.js';
import { glossaryReduce, initialGlossary } from '../../../src/ui/screens/glossary/glossaryModel.js';
import { routeOf } from '../../../src/ui/screens/search/searchData.js';
import { searchKeymap } from '../../../src/ui/screens/search/searchKeymap.js';
import {
  initialSearch,
  queryOf,
  type SearchAction,
  type SearchFn,
  searchReduce,
  selectedHit,
} from '../../../src/ui/screens/search/searchModel.js';
import { actionFor } from '../../../src/ui/shell/keymap.js';
import type { FieldEdit } from '../../../src/ui/widgets/text-field/index.js';
import { inkKey } from '../../helpers/inkKey.js';

const hit = (title: string): SearchHit => ({
  target: { kind: 'question', questionId: title },
  title,
  snippet: '',
  score: 1,
});
const queries: string[] = [];
const search: SearchFn = (query) => {
  queries.push(query);
  return query.includes('x') ? [] : [hit(`${query}-1`), hit(`${query}-2`)];
};

describe('search model', () => {
  const edit = (...edits: FieldEdit[]): SearchAction => ({ type: 'edit', edits, submit: false });
  const type = (text: string) => edit({ type: 'insert', text });

  it('runs the query as it is typed and erased, cursor back on the first hit', () => {
    let state = searchReduce(initialSearch(), type('ro'), search);
    state = searchReduce(state, { type: 'move', by: 5 }, search);
    expect(state.cursor).toBe(1);
    state = searchReduce(state, type('le'), search);
    expect(queryOf(state)).toBe('role');
    expect(state.cursor).toBe(0);
    expect(selectedHit(state)?.title).toBe('role-1');
    state = searchReduce(state, edit({ type: 'backspace' }), search);
    expect(queryOf(state)).toBe('rol');
    expect(searchReduce(state, edit({ type: 'killStart' }), search)).toEqual(initialSearch());
  });

  it('edits at the cursor: ←← then a letter goes in the middle, and the query runs again', () => {
    queries.length = 0;
    let state = searchReduce(initialSearch(), type('rle'), search);
    state = searchReduce(state, edit({ type: 'left' }, { type: 'left' }), search);
    expect(queries).toEqual(['rle']);
    state = searchReduce(state, type('o'), search);
    expect(state.field).toEqual({ value: 'role', cursor: 2 });
    expect(queries).toEqual(['rle', 'role']);
    // Moving the cursor alone does not search again.
    expect(searchReduce(state, edit({ type: 'end' }), search).hits).toBe(state.hits);
  });

  it('keeps control characters out of the query and does not search a blank one', () => {
    queries.length = 0;
    const state = searchReduce(initialSearch(), type('\u001b[31m \n'), search);
    expect(queryOf(state)).not.toContain('\u001b');
    const blank = searchReduce(initialSearch(), type('   '), search);
    expect(blank.hits).toEqual([]);
    expect(queries).not.toContain('   ');
  });

  it('does not move without hits', () => {
    const state = searchReduce(initialSearch(), type('x'), search);
    expect(searchReduce(state, { type: 'move', by: 1 }, search)).toBe(state);
  });

  it('keys become field edits: a pasted line submits, Esc is left to the shell, arrows move the hits', () => {
    const state = searchReduce(initialSearch(), type('ro'), search);
    expect(actionFor(searchKeymap, state, 'le\r', inkKey())).toEqual({
      type: 'edit',
      edits: [{ type: 'insert', text: 'le' }],
      submit: true,
    });
    expect(actionFor(searchKeymap, state, '', inkKey({ backspace: true }))).toMatchObject({
      edits: [{ type: 'backspace' }],
    });
    expect(actionFor(searchKeymap, state, 'u', inkKey({ ctrl: true }))).toMatchObject({
      edits: [{ type: 'killStart' }],
    });
    expect(actionFor(searchKeymap, state, '', inkKey({ leftArrow: true }))).toMatchObject({
      edits: [{ type: 'left' }],
    });
    expect(actionFor(searchKeymap, state, '', inkKey({ escape: true }))).toBeUndefined();
    expect(actionFor(searchKeymap, state, '', inkKey({ downArrow: true }))).toEqual({ type: 'move', by: 1 });
    expect(actionFor(searchKeymap, state, '', inkKey({ return: true }))).toEqual({ type: 'open' });
  });
});

describe('glossary model', () => {
  it('starts at the asked-for term, else the first, and stays in range', () => {
    expect(initialGlossary(['a', 'b', 'c'], 'c').cursor).toBe(2);
    expect(initialGlossary(['a', 'b', 'c'], 'zz').cursor).toBe(0);
    const state = initialGlossary(['a', 'b', 'c']);
    expect(glossaryReduce(state, { type: 'move', by: 10 }).cursor).toBe(2);
    expect(glossaryReduce(state, { type: 'edge', last: true }).cursor).toBe(2);
    expect(glossaryReduce(state, { type: 'move', by: -1 })).toBe(state);
    // Opening the chosen term in the whole glossary is the screen's to do; the list stays as it is.
    const moved = glossaryReduce(state, { type: 'move', by: 1 });
    expect(glossaryReduce(moved, { type: 'open' })).toBe(moved);
  });
});

describe('bookmarks model', () => {
  const saved: Bookmark[] = [
    { kind: 'lesson', lessonId: 'a', section: 1, addedAt: '2026-11-01T00:00:00.000Z' },
    { kind: 'question', questionId: 'q1', addedAt: '2026-11-02T00:00:00.000Z' },
  ];
  it('lists newest first and removes the named one, keeping the cursor in range', () => {
    let state = initialBookmarks(saved);
    expect(chosenBookmark(state)).toMatchObject({ questionId: 'q1' });
    state = bookmarksReduce(state, { type: 'move', by: 1 });
    state = bookmarksReduce(state, { type: 'remove', bookmark: chosenBookmark(state)! });
    expect(state.items).toHaveLength(1);
    expect(state.cursor).toBe(0);
    expect(routeOf(chosenBookmark(state)!, { lessons: [] })).toEqual({ name: 'quiz', params: { questionId: 'q1' } });
  });
});

describe('search routes', () => {
  it('opens a lesson hit at its section with the lesson title', () => {
    const lessons = [{ id: 'l1', title: 'Roles' }] as never;
    expect(routeOf({ kind: 'lesson', lessonId: 'l1', section: 2 }, { lessons })).toEqual({
      name: 'lesson',
      params: { id: 'l1', section: 2, title: 'Roles' },
    });
    expect(routeOf({ kind: 'glossary', termId: 'scp' }, { lessons })).toEqual({
      name: 'glossary',
      params: { termId: 'scp' },
    });
  });
});

describe('check retry', () => {
  it('r resets only a wrong answer and keeps its picks until the next answer', async () => {
    const { retryCheck, updateCheck, freshCheck } = await import('../../../src/ui/screens/lessons/checkModel.js');
    const { question } = await import('../../ui/lessons/fixtures.js');
    const q = question('q', 'single', [0]);
    const wrong = updateCheck(q, freshCheck(), { type: 'pick', index: 1 });
    const submitted = updateCheck(q, wrong, { type: 'submit' });
    expect(submitted.correct).toBe(false);
    const retried = retryCheck(submitted);
    expect(retried).toEqual({ ...freshCheck(), lastTry: [1] });
    expect(updateCheck(q, retried, { type: 'pick', index: 0 }).lastTry).toEqual([1]);
    const right = updateCheck(q, updateCheck(q, retried, { type: 'pick', index: 0 }), { type: 'submit' });
    expect(right).toMatchObject({ correct: true });
    expect(right.lastTry).toBeUndefined();
    expect(retryCheck(right)).toBe(right);
  });
});
