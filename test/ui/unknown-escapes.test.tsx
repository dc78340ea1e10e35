// Escape sequences Ink has no name for (a pasted colour code, a key with a modifier it does not
// know) are dropped as unknown keys; the tutor keeps running and the next keys still act.
import { afterEach, describe, expect, it } from 'vitest';
import { keys, renderApp } from '../helpers/ink.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('unknown escape sequences on stdin', () => {
  it.each([
    ['a pasted colour code', '\u001b[31m'],
    ['ctrl with an unnamed final byte', '\u001b[1;5X'],
    ['a reset code', '\u001b[0m'],
  ])('%s is ignored and the next keys still act', async (_name, sequence) => {
    const app = renderApp();
    cleanups.push(app.unmount);
    await app.press(sequence);
    await app.press(keys.down + keys.down + keys.down + keys.enter);
    expect(await app.waitForFrame('iam-tutor · Sandbox')).toContain('iam-tutor · Sandbox');
    expect(app.exitCodes).toEqual([]);
  });
});
