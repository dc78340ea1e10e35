// Search from any screen (`/`), the glossary and bookmarks, through the real shell and screens.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryProgressClient } from '../../../src/app/index.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import { keys } from '../../helpers/ink.js';
import { renderTutor, TEST_NOW, type TutorApp } from '../../helpers/tutor.js';
import { alpha, lessons, question } from '../lessons/fixtures.js';
import { testScreens } from '../lessons/harness.js';

let app: TutorApp | undefined;
afterEach(() => app?.unmount());

const passRoleQuestion = {
  ...question('pass-001', 'single', [0]),
  stem: 'Which permission lets a user hand a role to EC2 with iam:PassRole?',
};

function open(initial: Route[] = [{ name: 'home' }], lazy = false) {
  const client = memoryProgressClient({ now: () => TEST_NOW });
  app = renderTutor({ lessons, questions: [passRoleQuestion], screens: testScreens, initial, client, lazy });
  return { app, client };
}

describe('search', () => {
  it('/ on Home opens search; typing finds a lesson section and Enter opens the reader there', async () => {
    const { app } = open([{ name: 'home' }], true);
    await app.press('/');
    expect(app.lines()[0]).toContain('Search');
    await app.press('Answer these');
    expect(app.frame()).toContain('Lesson · Alpha roles');
    expect(app.frame()).toContain('Checking yourself');
    await app.press(keys.enter);
    expect(app.lines()[0]).toContain('Alpha roles');
    expect(app.frame()).toMatch(/section 2\/3/);
    // Esc goes back to the results with the query kept, then to Home.
    await app.press(keys.escape);
    expect(app.frame()).toContain('Search: Answer these');
    await app.press(keys.escape);
    expect(app.lines()[0]).toContain('Home');
  });

  it('types q, ? and / into the query instead of quitting or opening help', async () => {
    const { app } = open();
    await app.press('/', 'q?/');
    expect(app.frame()).toContain('Search: q?/');
    expect(app.exitCodes).toEqual([]);
    await app.press(keys.backspace, keys.backspace, keys.backspace);
    expect(app.frame()).toContain('Type to search lessons, questions and the glossary.');
  });

  it('edits the query at its cursor: ←→ move, a letter goes in there, Ctrl+U erases to the start', async () => {
    const { app } = open();
    await app.press('/', 'pasrole', keys.left, keys.left, keys.left, keys.left, 's');
    expect(app.frame()).toContain('Search: passrole');
    expect(app.frame()).toMatch(/Glossary · PassRole/);
    // The cursor is after "pass"; → then Ctrl+U leaves what follows "passr".
    await app.press(keys.right, '\u0015');
    expect(app.frame()).toContain('Search: ole');
  });

  it('ranks the glossary term first and opens its entry; a question hit opens the question', async () => {
    const { app } = open();
    await app.press('/', 'passrole');
    const lines = app.lines();
    const glossaryRow = lines.findIndex((line) => line.includes('Glossary · '));
    const questionRow = lines.findIndex((line) => line.includes('Question · '));
    expect(glossaryRow).toBeGreaterThan(0);
    expect(questionRow).toBeGreaterThan(glossaryRow);
    await app.press(keys.enter);
    expect(app.lines()[0]).toContain('Glossary');
    expect(app.frame()).toMatch(/▸ .*PassRole/);
    expect(app.frame()).toContain('AWS documentation:');
    expect(app.frame()).toMatch(/https:\/\/docs\.aws\.amazon\.com\/.*id_roles_use_passrole\.html/);
    await app.press(keys.escape, keys.down, keys.enter);
    expect(app.frame()).toContain('ROUTE {"questionId":"pass-001"}');
  });

  it('says when nothing matches, and Enter then does nothing', async () => {
    const { app } = open();
    await app.press('/', 'zzqx', keys.enter);
    expect(app.frame()).toContain('Nothing matches “zzqx”.');
    expect(app.lines()[0]).toContain('Search');
  });

  it('keys typed in one read act in order: / query Enter opens the first hit', async () => {
    const { app } = open([{ name: 'home' }], true);
    await app.press('/Answer these\r');
    // The search screen and the content load while the keys wait; settling may be seen mid-way.
    await vi.waitFor(() => expect(app?.frame()).toMatch(/section 2\/3/), { timeout: 5000 });
  });
});

describe('glossary and bookmarks', () => {
  it('w on the lesson list opens the glossary with a definition and its AWS page', async () => {
    const { app } = open([{ name: 'home' }, { name: 'lessons' }]);
    await app.press('w');
    expect(app.lines()[0]).toContain('Glossary');
    expect(app.frame()).toMatch(/▸ Principal/);
    expect(app.frame()).toContain('reference_policies_elements_principal');
    await app.press(keys.down);
    expect(app.frame()).toMatch(/▸ IAM role/);
  });

  it('w in the reader lists the glossary terms of the section', async () => {
    const { app } = open([
      { name: 'home' },
      { name: 'lessons' },
      { name: 'lesson', params: { id: 'alpha', title: alpha.title } },
    ]);
    await app.press('n', 'n');
    // The last section says "Trust policies say who." and "Roles are assumed.".
    expect(app.frame()).toMatch(/Alpha roles {2}w: \d+ terms?/);
    await app.press('?', keys.pageDown);
    expect(app.frame()).toMatch(/w +\d+ terms?/);
    expect(app.frame()).toMatch(/b +bookmark/);
    await app.press('?', 'w');
    expect(app.frame()).toContain('Terms in “Key takeaways”');
    expect(app.frame()).toMatch(/Trust policy/);
    expect(app.frame()).not.toMatch(/Instance profile/);
  });

  it('b in the reader bookmarks the section; the Bookmarks list opens it and d removes it', async () => {
    const { app, client } = open([
      { name: 'home' },
      { name: 'lessons' },
      { name: 'lesson', params: { id: 'alpha', title: alpha.title } },
    ]);
    await app.press('n', 'b');
    expect(client.current().bookmarks).toMatchObject([{ kind: 'lesson', lessonId: 'alpha', section: 1 }]);
    expect(app.frame()).toContain('★ Alpha roles');
    await app.press('?', keys.pageDown);
    expect(app.frame()).toMatch(/b +unmark/);
    await app.press('?');
    await app.press(keys.escape, 'm');
    expect(app.frame()).toContain('▸ Lesson · Alpha roles · 2. Checking yourself');
    await app.press(keys.enter);
    expect(app.frame()).toMatch(/section 2\/3/);
    await app.press(keys.escape, 'd');
    expect(app.frame()).toContain('No bookmarks yet.');
    expect(client.current().bookmarks).toEqual([]);
  });
});

describe('lesson checks', () => {
  const reader: Route[] = [
    { name: 'home' },
    { name: 'lessons' },
    { name: 'lesson', params: { id: 'alpha', title: alpha.title } },
  ];

  it('skipping the checks does not complete the lesson; the list says checks were skipped', async () => {
    const { app, client } = open(reader);
    await app.press('n', 'n');
    expect(app.frame()).toContain('Read to the end. 2 check questions are not answered yet');
    expect(client.current().lessons.byId.alpha?.completed).toBe(false);
    await app.press(keys.escape);
    expect(app.frame()).toMatch(/Alpha roles\s+checks/);
    expect(app.frame()).toContain('2 checks not answered');
    // Answering them afterwards completes it.
    await app.press(keys.enter, 'p', '1', keys.enter, 'G', keys.tab, '1', '3', keys.enter, 'n');
    expect(app.frame()).toContain('✓ Lesson complete.');
    expect(client.current().lessons.byId.alpha?.completed).toBe(true);
  });

  it('a lesson completed before with checks skipped stays completed', async () => {
    const client = memoryProgressClient({ now: () => TEST_NOW });
    client.lessons.complete('alpha');
    const shown = renderTutor({ lessons, screens: testScreens, initial: reader, client });
    app = shown;
    await shown.press('n', 'n');
    expect(shown.frame()).toContain('✓ Lesson complete.');
    expect(client.current().lessons.byId.alpha?.completed).toBe(true);
  });

  it('r retries a wrong check, keeping why the last pick was wrong, and records the new answer', async () => {
    const { app, client } = open(reader);
    await app.press('n', '2', keys.enter);
    expect(app.frame()).toContain('✗ Not quite: the answer is 1. Each option says why below; r tries again.');
    expect(client.current().lessons.byId.alpha?.checks['alpha-901']?.correct).toBe(false);
    // Why the pick was wrong sits right under the verdict, before the options.
    const lines = app.lines();
    const verdict = lines.findIndex((line) => line.includes('✗ Not quite'));
    expect(lines[verdict + 1]).toContain('You picked 2: Because of reason B.');
    await app.press('r');
    expect(app.frame()).toContain('Last try: 2 ✗');
    expect(app.frame()).toContain('2: Because of reason B.');
    expect(app.frame()).toContain('› 1 ( ) Option A');
    await app.press('1', keys.enter);
    expect(app.frame()).toContain('✓ Right.');
    expect(client.current().lessons.byId.alpha?.checks['alpha-901']?.correct).toBe(true);
  });
});

describe('question bookmarks', () => {
  it('b after answering a practice question bookmarks it; the Bookmarks list shows and opens it', async () => {
    const client = memoryProgressClient({ now: () => TEST_NOW });
    const shown = renderTutor({
      lessons,
      questions: [passRoleQuestion],
      initial: [{ name: 'home' }, { name: 'lessons' }, { name: 'quiz', params: { questionId: 'pass-001' } }],
      client,
    });
    app = shown;
    await vi.waitFor(() => expect(shown.frame()).toContain('iam:PassRole'), { timeout: 5000 });
    await shown.press('1', keys.enter);
    await vi.waitFor(() => expect(shown.frame()).toMatch(/Correct|Right/), { timeout: 5000 });
    await shown.press('b');
    expect(shown.frame()).toContain('★ Bookmarked.');
    expect(client.current().bookmarks).toMatchObject([{ kind: 'question', questionId: 'pass-001' }]);
    // Esc leaves the feedback for the summary, then the practice.
    for (let i = 0; i < 3 && !shown.lines()[0]?.includes('Lessons'); i++) await shown.press(keys.escape);
    await shown.press('m');
    expect(shown.frame()).toContain('▸ Question · Which permission lets a user hand a role to EC2');
  });
});
