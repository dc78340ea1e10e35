// Screen-reader mode on every screen and overlay beyond home, practice, exam and the sandbox flow
// (screen-reader.test.tsx): each one heard as a blind learner hears it, as lines of words with
// roles and state, no box drawing, and no mark, arrow or colour carrying a meaning on its own.
import { afterEach, describe, expect, it } from 'vitest';
import { renderTutor, type TutorApp } from '../../helpers/tutor.js';
import { alpha, beta } from '../lessons/fixtures.js';
import { testScreens as lessonScreens } from '../lessons/harness.js';

let app: TutorApp | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const BOX_DRAWING = /[\u2500-\u259f]/;

/**
 * What no screen-reader frame may hold: shapes, colour codes, marks that mean something on their
 * own (the cursor ›, links ▸, flags, ticks and crosses, stars), arrows naming keys, padded columns.
 */
function expectLinear(frame: string) {
  expect(frame).not.toMatch(BOX_DRAWING);
  expect(frame).not.toMatch(/\u001b/);
  expect(frame).not.toMatch(/[›▸▶⚑✓✗◐★†█]|\[x\]|\(•\)/);
  expect(frame).not.toMatch(/[↑↓←→]/);
  // Columns padded with runs of spaces read as one jumble.
  for (const row of frame.split('\n')) expect(row.trim()).not.toMatch(/\S {2,}\S/);
}

/** Presses nothing until the frame shows `text` (lazy screens, counts arriving after a frame). */
async function until(shown: TutorApp, text: string | RegExp): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const frame = shown.lastFrame();
    if (typeof text === 'string' ? frame.includes(text) : text.test(frame)) return frame;
    await shown.press();
  }
  throw new Error(`never showed ${text}:\n${shown.lastFrame()}`);
}

describe('screen-reader mode on the other screens', () => {
  it('help overlay (?): each key with what it does as one line, not two padded columns', async () => {
    app = renderTutor({
      lessons: [alpha, beta],
      screens: lessonScreens,
      initial: [{ name: 'home' }, { name: 'lessons' }],
      screenReader: true,
    });
    await until(app, 'Alpha roles');
    await app.press('?');
    const help = app.lastFrame();
    expect(help).toContain('iam-tutor, Help · Lessons screen.');
    expect(help).toMatch(/^Up\/Down or j k: move$/m);
    expect(help).toMatch(/^Esc or Backspace: go back$/m);
    expect(help).toMatch(/^On this screen \(Lessons\)$/m);
    expect(help).toMatch(/^Up\/Down or j\/k: move$/m);
    expect(help).toMatch(/^m: bookmarks$/m);
    expect(help).toContain('Press any key to close this help.');
    // The screen's own help explains the drawn marks: that text is said as written (not checked here).
    expectLinear(help.replace(/^✓ finished.*$/m, ''));
  });

  it('help screen and glossary: scroll and list positions in words', async () => {
    app = renderTutor({ initial: [{ name: 'home' }, { name: 'help' }], screenReader: true });
    const help = await until(app, 'Commands');
    expect(help).toMatch(/^Up\/Down or j\/k move · Enter select/m);
    expect(help).toMatch(/^Lines 1 to \d+ of \d+, more below \(PgDn\)\.$/m);
    expect(help).toMatch(/^toolbar: Keys: Up\/Down scroll, /m);
    expectLinear(help);
    app.unmount();
    app = undefined;

    app = renderTutor({ initial: [{ name: 'home' }, { name: 'glossary' }], screenReader: true });
    const glossary = await until(app, 'Principal');
    expect(glossary).toMatch(/^menu: menuitem: \(selected\) Principal \(principals\)$/m);
    expect(glossary).toMatch(/^\d+ more below$/m);
    expect(glossary).toMatch(/^toolbar: Keys: Up\/Down term, /m);
    expectLinear(glossary);
  });
});
