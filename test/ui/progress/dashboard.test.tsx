import { afterEach, describe, expect, it } from 'vitest';
import { builtinTopics } from '../../../src/content/topics.js';
import { createMemoryProgressStore } from '../../../src/progress/index.js';
import { keys } from '../../helpers/ink.js';
import { NOW, questions, seededStore, storeWithSessions, storeWithWeakTopics } from './fixtures.js';
import { renderWithProgress, type TestApp } from './harness.js';

let app: TestApp | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

// The first eleven curriculum lessons, fixed so that the counts and the readiness arithmetic
// below do not change each time a lesson is added to the built-in curriculum.
const lessons = builtinTopics.filter((t) => t.order <= 11).map((t) => ({ id: t.id, title: t.title }));

function open(store = seededStore()) {
  app = renderWithProgress({ data: { store, questions, lessons }, initial: [{ name: 'home' }, { name: 'progress' }] });
  return { app, store };
}

/** Every line fits 80 columns and the frame leaves the last row free (Ink's rule). */
function expectFits(frame: string) {
  const lines = frame.split('\n');
  expect(lines.length).toBeLessThanOrEqual(23);
  for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
}

describe('Progress dashboard', () => {
  it('shows lessons, answers, due reviews, exams and weak topics on the overview', async () => {
    const { app } = open();
    await app.press();
    const frame = app.frame();
    expect(frame).toContain('iam-tutor · Progress');
    expect(frame).toContain('[1 Overview]');
    expect(frame).toMatch(/Lessons\s+█+░+ 3\/11 completed/);
    expect(frame).toMatch(/Questions\s+16 answered, 63% correct/);
    expect(frame).toMatch(/Reviews\s+1 question due for review \(d: start the due drill\)/);
    expect(frame).toMatch(/Mock exams\s+3 taken • last 810 ✓ pass • best 810/);
    // The topic's title and the answers its verdict rests on, never the raw id.
    expect(frame).toMatch(/Weak topics\s+ECS: instance role, task role, task execution role 33% of 6/);
    expect(frame).not.toContain('ecs-roles');
    expect(frame).toMatch(/Exam date\s+not set \(Settings tab: press 4\)/);
    expect(frame).not.toContain('Readiness');
    expectFits(frame);
  });

  it('draws the exam history as a chart with the 700 pass line, readable without colour', async () => {
    const { app } = open();
    await app.press('3');
    const frame = app.frame();
    expect(frame).toContain('[3 Scores]');
    expect(frame).toContain('Mock exam scaled scores (100-1000, pass 700), all 3: 2026-11-01 to 2026-11-20');
    expect(frame).toMatch(/ 700 ┼─+.*─ pass 700/);
    expect(frame).toMatch(/ 800 ┤\s+███/);
    expect(frame).toContain('11-01 11-09 11-20');
    expect(frame).toMatch(/640✗\s+720✓\s+810✓/);
    expectFits(frame);
  });

  it('lists practice and drill sessions with their accuracy under the exam chart at 80x24', async () => {
    const { app } = open(storeWithSessions());
    await app.press('3');
    const frame = app.frame();
    // The chart keeps 7 plot rows (1000 down to 100 in steps of 150) and its pass line.
    expect(frame).toMatch(/ 850 ┤/);
    expect(frame).toMatch(/ 700 ┼─+.*─ pass 700/);
    expect(frame).toMatch(/640✗\s+720✓\s+810✓/);
    expect(frame).toContain('Practice and drill, newest first (4 of 6):');
    const rows = frame.split('\n').filter((line) => /^ \d\d-\d\d {2}(practice|drill) /.test(line));
    expect(rows).toEqual([
      ' 11-21  practice  9/12   75%  ████████░░',
      ' 11-20  drill      3/3  100%  ██████████',
      ' 11-19  practice  7/10   70%  ███████░░░',
      ' 11-18  drill      2/4   50%  █████░░░░░',
    ]);
    expectFits(frame);
  });

  it('lists the sessions even before any mock exam, and fits 60x20', async () => {
    app = renderWithProgress({
      data: { store: storeWithSessions(false), questions, lessons },
      initial: [{ name: 'progress' }],
      columns: 60,
      rows: 20,
    });
    await app.press('3');
    const frame = app.frame();
    expect(frame).toContain('No mock exams yet.');
    expect(frame).toContain('Press e to take one: results are charted against 700.');
    expect(frame).toContain('Practice and drill, newest first (all 6):');
    expect(frame).toContain('11-16  practice  4/10   40%  ████░░░░░░');
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(19);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(60);
  });

  it('keeps the exam chart at 60x20 with the three newest sessions under it', async () => {
    app = renderWithProgress({
      data: { store: storeWithSessions(), questions, lessons },
      initial: [{ name: 'progress' }],
      columns: 60,
      rows: 20,
    });
    await app.press('3');
    const frame = app.frame();
    expect(frame).toMatch(/ {2}700 ┼─+/);
    expect(frame).toMatch(/640✗\s+720✓\s+810✓/);
    expect(frame).toContain('Practice and drill, newest first (3 of 6):');
    expect(frame).toContain('11-19  practice  7/10   70%');
    expect(frame).not.toContain('11-18');
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(19);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(60);
  });

  it('lists answers and accuracy per topic and marks the weak ones', async () => {
    const { app } = open();
    await app.press(keys.right);
    const frame = app.frame();
    expect(frame).toContain('[2 Topics]');
    expect(frame).toMatch(/3\. Trust policies\s+10\s+80%\s+████████░░/);
    expect(frame).toMatch(/7\. ECS: instance role, task role, task ex…\s+6\s+33%\s+███░░░░░░░ weak/);
    expect(frame).toMatch(/1\. IAM in one picture\s+0\s+–/);
    expectFits(frame);
  });

  it('marks every topic the rule calls weak, not only the three weakest the overview names', async () => {
    const weak = ['iam-basics', 'roles-and-sts', 'trust-policies', 'instance-profiles'];
    const { app } = open(storeWithWeakTopics(weak));
    expect(app.frame()).toMatch(/Weak topics 4 \(Topics tab\), weakest: /);
    await app.press(keys.right);
    const rows = app
      .frame()
      .split('\n')
      .filter((row) => /\s6\s+33%/.test(row));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatch(/ weak$/);
  });

  it('sets the exam date in settings and then shows the readiness estimate', async () => {
    const { app, store } = open();
    await app.press('4');
    expect(app.frame()).toMatch(/› Exam date\s+not set\s+Enter: change/);
    await app.press(keys.enter);
    expect(app.frame()).toMatch(/Exam date\s+\[__________\]\s+YYYY-MM-DD/);
    // q and ? are text while the field is open, not quit and help.
    await app.press('q', '?', '2026-12-31');
    expect(app.frame()).toMatch(/\[2026-12-31\]/);
    await app.press(keys.enter);
    expect(app.frame()).toContain('Exam date set to 2026-12-31.');
    expect(store.read().settings.examDate).toBe('2026-12-31');
    expect(app!.exitCodes).toEqual([]);

    await app.press('1');
    const frame = app.frame();
    expect(frame).toMatch(/Exam date\s+2026-12-31 • 39 days left/);
    // Exams: mean 723 of the last three -> 40.4/50; topics at 70%+: trust-policies only -> 2.7/30;
    // lessons 3/11 -> 5.5/20. 48.6 rounds to 49: "not yet".
    expect(frame).toMatch(/Readiness\s+49\/100, not yet \(an estimate\)/);
    expect(frame).toContain('exams 723 avg 40.4/50 • topics 1/11 2.7/30 • lessons 3/11 5.5/20');
    expect(frame).toContain('8 lessons left: about 2 a week keeps you on pace.');
    expect(frame).toContain("Readiness is our estimate, not AWS's");
    expectFits(frame);
  });

  it('refuses a date that is not a date, keeps the field open, and Esc cancels', async () => {
    const { app, store } = open();
    await app.press('4', keys.enter, '2026-13-45', keys.enter);
    expect(app.frame()).toContain('! "2026-13-45" is not a date: write the exam date as YYYY-MM-DD');
    expect(app.frame()).toMatch(/\[2026-13-45\]/);
    await app.press(keys.escape);
    expect(app.frame()).toMatch(/› Exam date\s+not set/);
    expect(app.frame()).toContain('iam-tutor · Progress');
    expect(store.read().settings.examDate).toBeUndefined();
  });

  it('edits the date in the middle: ← moves the cursor, Backspace deletes before it, a paste lands in order', async () => {
    const { app, store } = open();
    await app.press('4', keys.enter, '2026-11-30');
    expect(app.frame()).toMatch(/\[2026-11-30\]/);
    // Three lefts put the cursor after "2026-11": delete that 1, type 2; Ctrl+E goes back to the end.
    for (let i = 0; i < 3; i++) await app.press(keys.left);
    await app.press(keys.backspace, '2', '\x05');
    expect(app.frame()).toMatch(/\[2026-12-30\]/);
    await app.press(keys.backspace, '1\r');
    expect(store.read().settings.examDate).toBe('2026-12-31');
    expect(app.frame()).toContain('Exam date set to 2026-12-31.');
  });

  it('switches the colour preference and says when it applies', async () => {
    const { app, store } = open();
    await app.press('4', keys.down, keys.enter);
    expect(store.read().settings.color).toBe('never');
    expect(app.frame()).toMatch(/› Colours\s+never \(monochrome\)/);
    expect(app.frame()).toContain('takes effect the next time iam-tutor starts');
  });

  it('switches instant answers on and off, saved at once', async () => {
    const { app, store } = open();
    await app.press('4', keys.down, keys.down);
    expect(app.frame()).toMatch(/› Instant\s+off\s+choose with a letter, confirm with Enter/);
    await app.press(keys.enter);
    expect(store.read().settings.instantAnswers).toBe(true);
    expect(app.frame()).toMatch(/› Instant\s+on/);
    expect(app.frame()).toContain('Instant answers on: a letter answers a one-answer question.');
    await app.press(keys.enter);
    expect(store.read().settings.instantAnswers).toBe(false);
    expect(app.frame()).toMatch(/› Instant\s+off/);
  });

  it('opens the due drill with d, and shows what was saved there on return', async () => {
    const { app, store } = open();
    await app.press('d');
    expect(app.frame()).toContain('iam-tutor · Drill');
    // Something answered elsewhere while the dashboard waited underneath.
    store.update((draft) => {
      draft.lessons.byId['ecs-roles'] = {
        completed: true,
        section: 0,
        checks: {},
        lastOpenedAt: new Date(NOW).toISOString(),
      };
    });
    await app.press(keys.escape);
    expect(app.frame()).toMatch(/4\/11 completed/);
  });

  it('fits the smallest terminal (50x15) without squeezing lines together', async () => {
    const store = seededStore();
    app = renderWithProgress({
      data: { store, questions, lessons },
      initial: [{ name: 'progress' }],
      columns: 50,
      rows: 15,
    });
    await app.press('4', keys.enter, '2026-12-31', keys.enter, '1');
    for (const frame of [app.frame()]) {
      const lines = frame.split('\n');
      expect(lines.length).toBeLessThanOrEqual(14);
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(50);
    }
    // Each fact keeps its own line; the lines that do not fit are left out, not overlapped.
    expect(app.frame()).toMatch(/^ Weak topics ECS: instance role, task role, task…$/m);
    expect(app.frame()).toMatch(/^ Readiness {3}49\/100, not yet \(an estimate\)$/m);
    await app.press('3');
    expect(app.frame()).toMatch(/^ {2}700 ┼─+███─+███─+ pass 700$/m);
    expect(app.frame()).toMatch(/640✗ {2}720✓ {2}810✓$/m);
  });

  it('explains an empty history instead of drawing an empty chart', async () => {
    const { app } = open(createMemoryProgressStore({ now: () => NOW }));
    await app.press();
    expect(app.frame()).toMatch(/Questions\s+none answered yet/);
    await app.press('3');
    expect(app.frame()).toContain('No mock exams yet.');
  });
});
