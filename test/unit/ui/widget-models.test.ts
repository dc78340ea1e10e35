import { describe, expect, it } from 'vitest';
import { inkKey as key } from '../../helpers/inkKey.js';
import { actionFor, hintsFor } from '../../../src/ui/shell/keymap.js';
import { helpHints } from '../../../src/ui/shell/helpModel.js';
import { confirmBindings, confirmPrompt } from '../../../src/ui/widgets/confirm/index.js';
import { scrollReducer, scrollWindow } from '../../../src/ui/widgets/scroll-view/index.js';

describe('scroll view model', () => {
  it('stops at the last full page: no blank rows under the last line, and says what is below', () => {
    const drawn = scrollWindow(30, 10, 0);
    expect(drawn).toMatchObject({ rows: 9, overflow: true, maxStart: 21 });
    let state = { offset: 0, follow: false };
    for (let i = 0; i < 10; i++) state = scrollReducer(state, { type: 'page', direction: 1 }, drawn);
    expect(state.offset).toBe(21);
    const last = scrollWindow(30, 10, state.offset);
    expect(last.start + last.rows).toBe(30);
    state = scrollReducer(state, { type: 'by', delta: 5 }, last);
    expect(state.offset).toBe(21);
  });

  it('bottom stays at the end when the content grows; follow keeps the focus in view', () => {
    const drawn = scrollWindow(30, 10, 0);
    const bottom = scrollReducer({ offset: 0, follow: false }, { type: 'bottom' }, drawn);
    expect(scrollWindow(40, 10, bottom.offset).start).toBe(31);
    const follow = scrollReducer({ offset: 0, follow: false }, { type: 'follow' }, drawn);
    expect(scrollWindow(30, 10, follow.offset, [15, 16]).start).toBe(8);
  });
});

describe('confirm model', () => {
  type S = { asking: boolean };
  const map = confirmBindings<S, boolean>({ when: (s) => s.asking, yes: 'leave', no: 'stay', answer: (yes) => yes });

  it('y answers yes; n, Esc, q, ? and any other key answer no', () => {
    expect(actionFor(map, { asking: true }, 'y', key())).toBe(true);
    expect(actionFor(map, { asking: true }, 'Y', key())).toBe(true);
    for (const input of ['n', 'q', '?', 'x']) expect(actionFor(map, { asking: true }, input, key())).toBe(false);
    expect(actionFor(map, { asking: true }, '', key({ escape: true }))).toBe(false);
    expect(actionFor(map, { asking: false }, 'y', key())).toBeUndefined();
  });

  it('names only its two answers', () => {
    expect(hintsFor(map, { asking: true })).toEqual([
      { keys: 'y', label: 'leave' },
      { keys: 'n/Esc', label: 'stay' },
    ]);
    expect(confirmPrompt('Leave the exam?')).toBe('Leave the exam? (y/n)');
  });
});

describe('help overlay hints', () => {
  it('say "any key" only when nothing scrolls', () => {
    expect(helpHints(false)).toEqual([{ keys: 'any key', label: 'close help' }]);
    expect(helpHints(true).map((h) => h.keys)).toEqual(['↑↓ PgUp/PgDn', 'other keys']);
  });
});
