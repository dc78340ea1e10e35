// The screens with text from outside: a topic id that reached the store raw (an import made by
// an older version) is shown with visible pictures on the Topics tab, a topic named `constructor`
// counts like any other, and a pack whose lesson id is `constructor` draws its agenda.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinTopics } from '../../../src/content/topics.js';
import { createMemoryProgressStore, recordAnswers } from '../../../src/progress/index.js';
import { prepareWorkshopSession } from '../../../src/workshop/index.js';
import { bobData } from '../../unit/workshop/support/attendees.js';
import { keys } from '../../helpers/ink.js';
import { NOW, questions } from './fixtures.js';
import { renderWithProgress, type TestApp } from './harness.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const OSC8 = '\x1b]8;;https://evil.example/\x07link\x1b]8;;\x07';

let app: TestApp | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

describe('outside text on the screens', () => {
  it('shows a raw OSC 8 topic id visibly on the Topics tab and counts a topic named constructor', async () => {
    const store = createMemoryProgressStore({ now: () => NOW });
    const answer = { chosen: [0], correct: true, misconceptions: [], mode: 'practice' as const, at: NOW };
    recordAnswers(store, [
      { ...answer, questionId: 'q-1', topic: `x${OSC8}` },
      { ...answer, questionId: 'q-2', topic: 'constructor' },
    ]);
    // Two curriculum lessons keep the topics from outside the curriculum on the first screen.
    const lessons = builtinTopics.slice(0, 2).map((t) => ({ id: t.id, title: t.title }));
    app = renderWithProgress({ data: { store, questions, lessons }, initial: [{ name: 'progress' }] });
    await app.press(keys.right);
    const frame = app.frame();
    expect(frame).toContain('x␛]8;;https://evil.example/␇link');
    expect(frame).toMatch(/constructor\s+1\s+100%/);
    expect(frame).not.toContain('\x1b]');
  });

  it('draws the agenda of a pack whose lesson id is constructor', async () => {
    const root = mkdtempSync(join(tmpdir(), 'iam-tutor-ctor-'));
    const pack = join(root, 'pack');
    cpSync(join(repoRoot, 'workshops', 'instance-profiles-101'), pack, { recursive: true });
    const edit = (file: string, from: string, to: string) =>
      writeFileSync(join(pack, file), readFileSync(join(pack, file), 'utf8').replace(from, to));
    edit('lessons/20-which-role-am-i.md', 'id: which-role-am-i\n', 'id: constructor\n');
    edit('quizzes/which-role-am-i.yaml', 'topic: which-role-am-i\n', 'topic: constructor\n');
    edit('workshop.yaml', '    id: which-role-am-i\n', '    id: constructor\n');
    edit('workshop.yaml', ', which-role-am-i]', ', constructor]');
    const prepared = prepareWorkshopSession({
      args: ['pack'],
      name: 'bob',
      dataDirFlag: join(root, 'data'),
      env: {},
      cwd: root,
    });
    if (!prepared.ok) throw new Error(`${prepared.message}\n${prepared.problems.join('\n')}`);
    const s = prepared.session;
    const store = createMemoryProgressStore({ now: () => NOW, initial: bobData() });
    app = renderWithProgress({
      data: { store, questions: s.content.questions },
      workshop: s,
      initial: [{ name: 'workshop' }],
    });
    await app.press();
    expect(app.frame()).toMatch(/8 {2}Which role is my code using\?\s+7 min/);
    expect(app.frame()).toContain('0 of 9 done');
  });
});
