// Screen-reader mode on every screen and overlay beyond home, practice, exam and the sandbox flow
// (screen-reader.test.tsx): each one heard as a blind learner hears it, as lines of words with
// roles and state, no box drawing, and no mark, arrow or colour carrying a meaning on its own.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryProgressClient, ProgressClient } from '../../../src/app/index.js';
import type { Lesson } from '../../../src/content/types.js';
import { createMemoryProgressStore } from '../../../src/progress/index.js';
import { prepareWorkshopSession } from '../../../src/workshop/index.js';
import { keys } from '../../helpers/ink.js';
import { renderTutor, TEST_NOW, type TutorApp } from '../../helpers/tutor.js';
import { aliceData } from '../../unit/workshop/support/attendees.js';
import { alpha, beta, gamma, paragraphs } from '../lessons/fixtures.js';
import { testScreens as lessonScreens } from '../lessons/harness.js';
import { questions as progressQuestions, seededStore, storeWithStoredExam } from '../progress/fixtures.js';
import { testScreens as progressScreens } from '../progress/harness.js';
import { sandboxScreens } from './sandboxScreens.js';
import { bank, trustQuestion } from '../quiz/fixtures.js';

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

const md = (text: string) => ({ kind: 'markdown' as const, text, line: 1 });

/** A lesson with a table, a glossary term and a link, for the reader. */
const tabled: Lesson = {
  id: 'tabled',
  title: 'Identities',
  order: 1,
  minutes: 5,
  scope: 'clf-c02',
  objectives: [],
  references: [],
  source: { file: 'lessons/tabled.md', line: 1 },
  sections: [
    {
      title: 'Who is who',
      index: 0,
      line: 1,
      blocks: [
        md(
          [
            'An instance profile holds one role. See [the beta lesson](lesson:beta).',
            [
              '| Identity | Long-term keys | Principal |',
              '| --- | --- | --- |',
              '| Root user | Possible, discouraged | Yes |',
              '| User group | None | No |',
            ].join('\n'),
            paragraphs('Filler', 2),
          ].join('\n\n'),
        ),
      ],
    },
  ],
};

/** Beta again under other ids, so the lesson list is longer than the screen. */
const more: Lesson[] = Array.from({ length: 8 }, (_, i) => ({
  ...beta,
  id: `more-${i}`,
  order: 4 + i,
  title: `More ${i + 1}`,
}));

describe('screen-reader mode on the other screens', () => {
  it('lesson list: rows in words (minutes, scope, status), the markers and footer keys without arrows', async () => {
    const client = memoryProgressClient({ now: () => TEST_NOW });
    client.lessons.complete('alpha');
    client.lessons.savePosition('beta', 1, 0);
    app = renderTutor({
      lessons: [alpha, beta, gamma, ...more],
      client,
      screens: lessonScreens,
      initial: [{ name: 'home' }, { name: 'lessons' }],
      rows: 16,
      screenReader: true,
    });
    const list = await until(app, 'Alpha roles');
    expect(list).toMatch(/^menu: menuitem: \(selected\) Continue: 2\. Beta profiles, at section 2 of 2$/m);
    expect(list).toMatch(/^menuitem: 1\. Alpha roles, finished, 10 min, CLF-C02 exam$/m);
    expect(list).toMatch(/^menuitem: 2\. Beta profiles, at section 2 of 2, 12 min, beyond the exam$/m);
    expect(list).toMatch(/^menuitem: 3\. Gamma credentials, not started, 8 min, CLF-C02 and beyond$/m);
    expect(list).toMatch(/^\d+ more below$/m);
    expect(list).toMatch(/^toolbar: Keys: Enter open, Up\/Down or j\/k move, /m);
    expectLinear(list);
  });

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

  it('lesson reader: a table row by row as sentences, the focused link and the bookmark in words, no term sign', async () => {
    app = renderTutor({
      lessons: [tabled, beta],
      screens: lessonScreens,
      initial: [{ name: 'home' }, { name: 'lessons' }, { name: 'lesson', params: { id: 'tabled' } }],
      screenReader: true,
    });
    const reader = await until(app, 'Who is who');
    expect(reader).toContain('An instance profile holds one role.');
    expect(reader).toMatch(/^Table of 2 rows, columns: Identity, Long-term keys, Principal\.$/m);
    expect(reader).toMatch(/^Identity: Root user; Long-term keys: Possible, discouraged; Principal: Yes\.$/m);
    expect(reader).toMatch(/^Identity: User group; Long-term keys: None; Principal: No\.$/m);
    expect(reader).toMatch(
      /Lesson progress: section 1 of 1, \d+% read\. Identities\. w lists 1 term from the glossary\./,
    );
    expectLinear(reader);

    await app.press(keys.tab);
    const focused = app.lastFrame();
    expect(focused).toContain('See (focused) link: the beta lesson.');
    expect(focused).toContain('Enter follows the link the beta lesson.');
    expectLinear(focused);

    await app.press(keys.escape, 'b');
    expect(app.lastFrame()).toMatch(/read\. Identities, bookmarked\. w lists 1 term/);
    expectLinear(app.lastFrame());
  });

  it('lesson reader: jump list names the current section; a check question before and after answering', async () => {
    app = renderTutor({
      lessons: [alpha, beta],
      screens: lessonScreens,
      initial: [{ name: 'home' }, { name: 'lessons' }, { name: 'lesson', params: { id: 'alpha', section: 1 } }],
      screenReader: true,
    });
    await until(app, 'Answer these.');
    await app.press('s');
    const jump = app.lastFrame();
    expect(jump).toMatch(/^menuitem: \(selected\) 2\. Checking yourself, the section you are in$/m);
    expect(jump).toMatch(/^menu: menuitem: 1\. Introduction$/m);
    expectLinear(jump);

    await app.press(keys.escape, '2');
    const picked = app.lastFrame();
    expect(picked).toMatch(/^\(current\) \(selected\) radio: 2\. Option B$/m);
    expect(picked).toMatch(/^radio: 1\. Option A$/m);
    expect(picked).toContain('Up/Down move · 1-4 or Space pick · Enter submit · Esc leave');
    await app.press(keys.enter);
    const graded = app.lastFrame();
    expect(graded).toMatch(/^Not quite: the answer is 1\. /m);
    expect(graded).toMatch(/^right option 1\. Option A$/m);
    expect(graded).toMatch(/^wrong option 2\. \(your choice\) Option B$/m);
    expect(graded).toMatch(/^wrong option 3\. Option C$/m);
    expectLinear(graded.replace(/· /g, ''));
  });

  it('search: the query as a named text box, the hits as a menu with the selected one', async () => {
    app = renderTutor({
      lessons: [alpha, beta],
      questions: bank,
      initial: [{ name: 'home' }, { name: 'search' }],
      screenReader: true,
    });
    const empty = await until(app, 'Type to search');
    expect(empty).toMatch(/^textbox: Search lessons, questions and the glossary: empty$/m);
    await app.press('b', 'e', 't', 'a', keys.left);
    const found = app.lastFrame();
    expect(found).toMatch(/^textbox: Search lessons, questions and the glossary: beta \(cursor after “bet”\)$/m);
    expect(found).toMatch(/^menu: menuitem: \(selected\) Lesson: Beta profiles, section Beta intro\. /m);
    expectLinear(found.replace(/…/g, ''));
  });

  it('review mistakes: the list as a menu, the open mistake without a legend of marks', async () => {
    const client = memoryProgressClient({ now: () => TEST_NOW });
    client.quiz.recordAnswer({
      questionId: trustQuestion.id,
      topic: trustQuestion.topic,
      correct: false,
      chosen: [1],
      misconceptions: [],
      mode: 'practice',
      at: TEST_NOW - 3_600_000,
    });
    app = renderTutor({
      client,
      questions: bank,
      initial: [{ name: 'home' }, { name: 'mistakes' }],
      screenReader: true,
    });
    const list = await until(app, 'to answer right again');
    expect(list).toMatch(
      /^menu: menuitem: \(selected\) 1\. An application on EC2 must use a role\b.* Wrong once since 22 Nov, Trust policies\.$/m,
    );
    expectLinear(list);
    await app.press(keys.enter);
    const open = app.lastFrame();
    expect(open).toMatch(/^Mistake 1 of 1 · Trust policies$/m);
    expect(open).toMatch(/^Wrong: you chose [A-D]; the answer is [A-D]\.$/m);
    expect(open).not.toContain('what you picked');
    expectLinear(open);
  });

  it('practice setup and summary: refusals said as errors, hidden topics counted, score rows as sentences', async () => {
    app = renderTutor({
      questions: bank,
      initial: [{ name: 'home' }, { name: 'quiz', params: { topic: 'trust-policies', count: 1 } }],
      keyPauseMs: 40,
      rows: 16,
      screenReader: true,
    });
    const setup = await until(app, 'Start practice');
    expect(setup).toMatch(/^Space picks topics, Left\/Right sets how many, Enter starts\.$/m);
    expect(setup).toMatch(/^Topics 1 to \d+ of \d+ shown, Up\/Down for more\.$/m);
    await app.press(keys.down, ' ');
    expect(app.lastFrame()).toMatch(/^Error: No weak topics yet: /m);
    expectLinear(app.lastFrame());

    await app.press(keys.up, ' ', keys.enter, keys.enter, keys.enter);
    const summary = await until(app, 'Practice finished');
    expect(summary).toMatch(/^Trust policies: [01] of 1 right, (0|100)%, Too few to judge\.$/m);
    expectLinear(summary);
  });

  it('exam intro and report: rules as label and value, readiness rows as sentences, the flag and the scroll position in words', async () => {
    app = renderTutor({
      questions: bank,
      initial: [{ name: 'home' }, { name: 'exam', params: { count: 2 } }],
      keyPauseMs: 40,
      screenReader: true,
    });
    const intro = await until(app, 'Start the exam');
    expect(intro).toMatch(/^Questions: 2 \(from a bank of 5\)$/m);
    expect(intro).toMatch(/^Keys: Left\/Right previous\/next, f flag, /m);
    expectLinear(intro);
    await app.press(keys.enter, 'f', 'r', 'S', 'y');
    const report = await until(app, 'Readiness by CLF-C02 domain and task');
    expect(report).toMatch(/^Domain \d [A-Z][^:]*: 0 of \d right, 0%, Too few\.$/m);
    expect(report).toMatch(/^Lines 1 to \d+ of \d+, more below \(PgDn\)\.$/m);
    expectLinear(report.replace(/ · /g, ' '));
    await app.press('3');
    const flagged = app.lastFrame();
    expect(flagged).toMatch(/^Question 1 of 2 · .* · flagged$/m);
    expect(flagged).toMatch(/^Not answered \(counts as wrong\); the answer/m);
    expectLinear(flagged.replace(/ · /g, ' '));
  });

  it('past exams: each exam a sentence', async () => {
    const store = storeWithStoredExam();
    app = renderTutor({
      client: new ProgressClient(store, store.now),
      questions: progressQuestions,
      initial: [{ name: 'home' }, { name: 'pastExams' }],
      screenReader: true,
    });
    const list = await until(app, 'Past mock exams');
    expect(list).toMatch(/^menu: menuitem: \(selected\) Exam of 2026-11-22 11:00, scaled score 550, 1 of 2 right\.$/m);
    expect(list).toMatch(/^menuitem: Exam of 2026-11-01 10:00, scaled score 640, 6 of 10 right\.$/m);
    expectLinear(list);
  });

  it('progress: overview facts as sentences, topics without bars, settings as a menu, the date as a text box', async () => {
    const store = seededStore();
    app = renderTutor({
      client: new ProgressClient(store, store.now),
      questions: progressQuestions,
      screens: progressScreens,
      initial: [{ name: 'home' }, { name: 'progress' }],
      keyPauseMs: 40,
      rows: 16,
      screenReader: true,
    });
    const overview = await until(app, 'Mock exams');
    expect(overview).toMatch(/^Mock exams: 3 taken, last 810, pass, best 810$/m);
    expect(overview).toMatch(/^Lessons: 3\/15 completed$/m);
    expectLinear(overview);

    await app.press('2');
    const topics = app.lastFrame();
    expect(topics).toMatch(/^1\. IAM in one picture: no answers yet\.$/m);
    expect(topics).toMatch(/^\d+ more below$/m);
    expectLinear(topics);

    await app.press('4');
    const settings = app.lastFrame();
    expect(settings).toMatch(/^menu: menuitem: \(selected\) Exam date: not set\. Enter changes it, c clears it\.$/m);
    expect(settings).toMatch(/^menuitem: Colours: auto\. /m);
    await app.press(keys.enter, '2026-12');
    const typing = app.lastFrame();
    expect(typing).toMatch(/^menu: textbox: Exam date, as YYYY-MM-DD: 2026-12\. Enter saves, Esc cancels\.$/m);
    expectLinear(typing);
    await app.press('-20', keys.enter, '5');
    const plan = app.lastFrame();
    expect(plan).toMatch(/^Day 1 2026-11-22: /m);
    expect(plan).toMatch(/^\d+ more days below$/m);
    expectLinear(plan);
    await app.press('1');
    expect(app.lastFrame()).toMatch(/^Exam date: 2026-12-20, 28 days left$/m);
    expect(app.lastFrame()).toMatch(/^Points: exams averaging \d+ give [\d.]+ of 50; /m);
    expectLinear(app.lastFrame());
  });

  it('workshop agenda: the header and the progress line in words, no legend of marks', async () => {
    const prepared = prepareWorkshopSession({
      args: ['workshops/instance-profiles-101'],
      name: 'alice',
      dataDirFlag: '/tmp/class',
      env: {},
      cwd: join(import.meta.dirname, '..', '..', '..'),
    });
    if (!prepared.ok) throw new Error(prepared.message);
    const store = createMemoryProgressStore({ now: () => Date.now(), initial: aliceData() });
    app = renderTutor({
      client: new ProgressClient(store, store.now),
      questions: prepared.session.content.questions,
      workshop: prepared.session,
      screens: progressScreens,
      initial: [{ name: 'workshop', params: { title: prepared.session.workshop.title } }],
      screenReader: true,
    });
    const agenda = await until(app, 'Step 1');
    expect(agenda).toMatch(/^Instance profiles 101, for alice, 90 minutes\.$/m);
    expect(agenda).toMatch(/^menuitem: \(selected\) Step 4, .*, next, 12 min, at 0:35$/m);
    expect(agenda).toMatch(/^4 of 9 steps done, answers are saved as you go\.$/m);
    expectLinear(agenda);
  });

  it('sandbox: the prompt as a text box, completions, the world, the export and the policy editor in words', async () => {
    const screens = sandboxScreens('trust-instance-arn', '/nonexistent');
    app = renderTutor({ initial: [{ name: 'sandbox' }], screens, rows: 16, screenReader: true, keyPauseMs: 100 });
    await app.press(':', 'iam li');
    expect(app.lastFrame()).toMatch(/^textbox: AWS command: iam li$/m);
    await app.press(keys.tab);
    expect(app.lastFrame()).toMatch(
      /^Completions: list-attached-role-policies, list-instance-profiles-for-role, list-role-policies\.$/m,
    );
    expectLinear(app.lastFrame());

    await app.press(keys.escape, 'w');
    const world = app.lastFrame();
    expect(world).toMatch(/^instance profile app-profile with no role$/m);
    expect(world).toMatch(/^instance i-\w+ with no instance profile$/m);
    expect(world).toMatch(/^Lines 1 to \d+ of \d+, more below \(PgDn\)\.$/m);
    expectLinear(world);

    await app.press(keys.escape, 'e');
    const exported = app.lastFrame();
    expect(exported).toMatch(/^Format: AWS CLI script\. Left\/Right changes the format, s saves \S+\.$/m);
    expectLinear(exported.replace(/^#.*$/gm, ''));

    await app.press(keys.escape, ':', 'edit pol.json', keys.enter);
    const editor = app.lastFrame();
    expect(editor).toMatch(/^Editing pol\.json line 1, col 1$/m);
    expect(editor).toMatch(/^line 1, cursor at column 1: \{$/m);
    expect(editor).toMatch(/^line 2: "Version": "2012-10-17",$/m);
    expect(editor).toMatch(/^Error at line 6, column \d+: /m);
    expectLinear(editor);
    await app.press(keys.down, keys.down, keys.down, keys.down, keys.down);
    expect(app.lastFrame()).toMatch(/^line 6, has an error, cursor at column 1: "Action": "",$/m);
    expectLinear(app.lastFrame());
  });

  it('sandbox guided build: steps done and a step the learner broke are said in words, not with ✓ and ✗', async () => {
    const screens = sandboxScreens('guided-ec2-dynamodb', '/nonexistent');
    app = renderTutor({ initial: [{ name: 'sandbox' }], screens, screenReader: true, keyPauseMs: 100 });
    await app.press('n', 'n', 'n', 'n');
    await app.press(
      ':',
      'iam detach-role-policy --role-name app-role --policy-arn arn:aws:iam::111122223333:policy/orders-read',
      keys.enter,
    );
    const log = app.lastFrame();
    expect(log).toMatch(/^Step 4 done: Create an instance profile\.$/m);
    expect(log).toMatch(/^Step 3 no longer holds: Give the role its permissions\. /m);
    expect(log).toMatch(/^Step 3 was done and no longer holds: Give the role its permissions\.$/m);
    expectLinear(log);
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
