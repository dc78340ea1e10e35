// The shell's decisions without Ink: the route stack, what a key does around the screen's own
// handler, and which global hints the footer offers.
import { describe, expect, it } from 'vitest';
import { bodySize, screenReaderBodyWidth } from '../../../src/ui/shell/BodySize.js';
import { globalHints } from '../../../src/ui/shell/HelpOverlay.js';
import { helpClosed } from '../../../src/ui/shell/helpModel.js';
import { inkKey as key } from '../../helpers/inkKey.js';
import { initialStack, stackReduce } from '../../../src/ui/shell/routeStack.js';
import { footerHints, keyAfterScreen, keyBeforeScreen } from '../../../src/ui/shell/shellKeys.js';

const layout = { maxOffset: 10, page: 5 };

describe('route stack', () => {
  it('starts at home unless the command line asked for screens', () => {
    expect(initialStack([])).toEqual([{ name: 'home' }]);
    expect(initialStack([{ name: 'home' }, { name: 'lessons' }])).toHaveLength(2);
  });

  it('push and replace name the depth that comes up fresh; pop on the last screen changes nothing', () => {
    const home = initialStack([]);
    const pushed = stackReduce(home, { type: 'push', route: { name: 'lessons' } })!;
    expect(pushed).toEqual({ stack: [{ name: 'home' }, { name: 'lessons' }], fresh: 1 });
    const replaced = stackReduce(pushed.stack, { type: 'replace', route: { name: 'quiz' } })!;
    expect(replaced).toEqual({ stack: [{ name: 'home' }, { name: 'quiz' }], fresh: 1 });
    expect(stackReduce(replaced.stack, { type: 'pop' })).toEqual({ stack: [{ name: 'home' }] });
    expect(stackReduce(home, { type: 'pop' })).toBeNull();
  });
});

describe('shell keys', () => {
  const open = { tooSmall: false, help: helpClosed, helpLayout: layout };

  it('Ctrl+C quits with 130 everywhere, even on the too-small notice and in help', () => {
    const ctrlC = key({ ctrl: true });
    for (const state of [open, { ...open, tooSmall: true }, { ...open, help: { open: true, offset: 2 } }]) {
      expect(keyBeforeScreen(state, 'c', ctrlC)).toEqual({ type: 'quit', code: 130 });
    }
  });

  it('the too-small notice swallows every key but q, so hidden screens never act', () => {
    const small = { ...open, tooSmall: true };
    expect(keyBeforeScreen(small, '', key({ return: true }))).toBe('swallow');
    expect(keyBeforeScreen(small, '?', key())).toBe('swallow');
    expect(keyBeforeScreen(small, 'q', key())).toEqual({ type: 'quit', code: 0 });
  });

  it('while help is open its keys scroll or close it and never reach the screen', () => {
    const help = { ...open, help: { open: true, offset: 0 } };
    expect(keyBeforeScreen(help, 'j', key())).toEqual({ type: 'help', state: { open: true, offset: 1 } });
    expect(keyBeforeScreen(help, 'q', key())).toEqual({ type: 'help', state: helpClosed });
    expect(keyBeforeScreen(open, 'j', key())).toBe('screen');
  });

  it('keys the screen left: ? help, Esc and Backspace back, q quit, others nothing', () => {
    expect(keyAfterScreen('?', key())).toEqual({ type: 'help', state: { open: true, offset: 0 } });
    expect(keyAfterScreen('', key({ escape: true }))).toEqual({ type: 'back' });
    expect(keyAfterScreen('', key({ delete: true }))).toEqual({ type: 'back' });
    expect(keyAfterScreen('q', key())).toEqual({ type: 'quit', code: 0 });
    expect(keyAfterScreen('x', key())).toBeNull();
  });
});

describe('footer hints', () => {
  const screen = [{ keys: 'Enter', label: 'open' }];
  const keysOf = (hints: { keys: string }[]) => hints.map((hint) => hint.keys);

  it('offers Esc only with a screen to go back to', () => {
    expect(keysOf(footerHints(globalHints, { screenHints: screen, depth: 1, typing: false, modal: false }))).toEqual([
      'Enter',
      '?',
      'q',
    ]);
    expect(keysOf(footerHints(globalHints, { screenHints: screen, depth: 2, typing: false, modal: false }))).toEqual([
      'Enter',
      'Esc',
      '?',
      'q',
    ]);
  });

  it('drops q and ? while typing, every global in a y/n prompt, and a global key the screen claimed', () => {
    expect(keysOf(footerHints(globalHints, { screenHints: screen, depth: 2, typing: true, modal: false }))).toEqual([
      'Enter',
      'Esc',
    ]);
    expect(keysOf(footerHints(globalHints, { screenHints: screen, depth: 2, typing: false, modal: true }))).toEqual([
      'Enter',
    ]);
    const claims = [{ keys: 'Esc', label: 'log' }];
    expect(footerHints(globalHints, { screenHints: claims, depth: 2, typing: false, modal: false })).toEqual([
      { keys: 'Esc', label: 'log' },
      { keys: '?', label: 'help' },
      { keys: 'q', label: 'quit' },
    ]);
  });
});

describe('body size', () => {
  it('is the terminal less the chrome, and for a screen reader wide enough that no line wraps', () => {
    expect(bodySize(80, 23, 4, false)).toEqual({ width: 80, height: 19 });
    expect(bodySize(80, 23, 4, true)).toEqual({ width: screenReaderBodyWidth, height: 19 });
    expect(bodySize(60, 3, 4, false).height).toBe(1);
  });
});
