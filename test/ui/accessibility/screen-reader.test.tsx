// Screen-reader mode (`--screen-reader`, INK_SCREEN_READER=true): Ink writes the tree as linear
// text, so every screen must say in words what it draws: roles and state from the aria props, the
// marks in words, no box drawing, no colour codes.
import { describe, expect, it } from 'vitest';
import { Text } from 'ink';
import { ScoreChart } from '../../../src/ui/components/ScoreChart.js';
import { screens as realScreens } from '../../../src/ui/screens/registry.js';
import type { ScreenRegistry } from '../../../src/ui/shell/screenTypes.js';
import { ListView } from '../../../src/ui/widgets/list/index.js';
import { renderTutor } from '../../helpers/tutor.js';
import { sandboxScreens } from './sandboxScreens.js';
import { bank, trustQuestion } from '../quiz/fixtures.js';
import { FakeClock, keys, MemoryPort, renderQuiz } from '../quiz/harness.js';

const BOX_DRAWING = /[\u2500-\u259f]/;
const ESCAPE = /\u001b/;

/** What every screen-reader frame must not have: shapes or colour standing in for words. */
function expectLinear(frame: string) {
  expect(frame).not.toMatch(BOX_DRAWING);
  expect(frame).not.toMatch(ESCAPE);
  // The marks that mean something on their own are spoken, not drawn.
  expect(frame).not.toMatch(/[›⚑✓◐]|\[x\]|\(•\)/);
}

/** The option row of the question on screen whose text starts with `text`. */
function optionRow(frame: string, text: string): string {
  const row = frame.split('\n').find((r) => r.includes(text));
  if (row === undefined) throw new Error(`no option "${text}" in frame:\n${frame}`);
  return row;
}

describe('screen-reader mode', () => {
  it('home: a menu of menu items, the one under the cursor selected, the keys in words', async () => {
    const app = renderTutor({ screenReader: true });
    await app.press();
    const home = app.lastFrame();
    expect(home).toContain('iam-tutor, Home screen.');
    expect(home).toMatch(/^menu: menuitem: \(selected\) Lessons, 0\/0 done$/m);
    expect(home).toMatch(/^menuitem: Practice quiz$/m);
    expect(home).toMatch(/^toolbar: Keys: .*Enter open.*q quit\.$/m);
    expectLinear(home);
    await app.press(keys.down);
    expect(app.lastFrame()).toMatch(/^menuitem: \(selected\) Practice quiz$/m);
    expect(app.lastFrame()).toMatch(/^menu: menuitem: Lessons, 0\/0 done$/m);
    app.unmount();
  });

  it('practice: options as radios with cursor and choice, then right and wrong options in words', async () => {
    const app = renderQuiz({
      initial: [{ name: 'home' }, { name: 'quiz', params: { id: 'trust-policies' } }],
      questions: bank,
      seed: 3,
      screenReader: true,
    });
    const setup = app.lastFrame();
    expect(setup).toMatch(/^\(current\) checkbox: All topics, 5 questions$/m);
    expect(setup).toContain('(checked) checkbox: 3. Trust policies, 1 question');
    expectLinear(setup);

    await app.press(keys.enter);
    const before = app.lastFrame();
    expect(before).toContain(trustQuestion.stem);
    const right = trustQuestion.options.find((o) => o.correct)!.text;
    const wrong = trustQuestion.options.find((o) => !o.correct)!.text;
    expect(optionRow(before, right)).toMatch(/^(\(current\) )?radio: [A-D]\. /);
    expect(before).toMatch(/^\(current\) radio: A\. /m);
    expectLinear(before);

    // Choose the wrong option by its letter: it is selected; then answer.
    const letter = /radio: ([A-D])\. /.exec(optionRow(before, wrong))![1]!;
    await app.press(letter.toLowerCase());
    expect(optionRow(app.lastFrame(), wrong)).toBe(`(current) (selected) radio: ${letter}. ${wrong}`);
    await app.press(keys.enter);
    const after = app.lastFrame();
    expect(after).toMatch(/Wrong: you chose [A-D]; the answer is [A-D]\./);
    expect(optionRow(after, right)).toMatch(/^right option [A-D]\. /);
    expect(optionRow(after, wrong)).toMatch(/^wrong option [A-D]\. .*\(your choice\)$/);
    expect(after).not.toMatch(BOX_DRAWING);
    expect(after).not.toMatch(ESCAPE);
    app.unmount();
  });

  it('exam: the timer in whole minutes, the flag in words, and the clock quiet between minutes', async () => {
    const clock = new FakeClock();
    const app = renderQuiz({
      initial: [{ name: 'home' }, { name: 'exam', params: { count: 4 } }],
      questions: bank,
      port: new MemoryPort(),
      clock,
      seed: 9,
      screenReader: true,
      tickMs: 20,
    });
    await app.press(keys.enter, 'f');
    const flagged = app.lastFrame();
    expect(flagged).toMatch(/^timer: Time left: 6 minutes\.$/m);
    expect(flagged).toContain('Question 1 of 4, flagged, 0 of 4 answered.');
    expect(flagged).toMatch(/^\(current\) radio: A\. /m);
    expectLinear(flagged);

    // 50 seconds on, the ticking clock changes no word, and Ink (outside debug mode) writes
    // nothing for a reader when the text is the same.
    clock.advance(50_000);
    await app.press();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(app.lastFrame()).toBe(flagged);
    // Past the minute it is announced, and from 5 minutes left with a warning.
    clock.advance(20_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(app.lastFrame()).toMatch(/^timer: Time left: 5 minutes, time is running low\.$/m);
    // The review grid: each question's state in words, no legend of marks.
    await app.press('r');
    const grid = app.lastFrame();
    expect(grid).toContain('(current) 1 unanswered flagged; 2 unanswered; 3 unanswered; 4 unanswered;');
    expect(grid).not.toContain('cursor');
    expectLinear(grid);
    app.unmount();
  });

  it('sandbox: the flow diagram as a list of steps, the timeline as sentences', async () => {
    const screens = sandboxScreens('hop-limit-container');
    const app = renderTutor({ initial: [{ name: 'sandbox' }], screens, screenReader: true, keyPauseMs: 100 });
    await app.press('r');
    const diagram = app.lastFrame();
    expect(diagram).toContain('Credential flow in 12 steps:');
    expect(diagram).toMatch(/^list: listitem: (\(selected\) )?Step 1 of 12: App\/SDK, on its own, ok: /m);
    expect(diagram).toMatch(/^listitem: (\(selected\) )?Step 11 of 12: IMDS to App\/SDK, answer, failed \(401\): /m);
    expectLinear(diagram);

    await app.press('t');
    const timeline = app.lastFrame();
    expect(timeline).toMatch(/^\(selected\) step 1 of 12, 09:00:00, sdk, ok: the app calls dynamodb:GetItem/m);
    expect(timeline).toMatch(/^step 9 of 12, 09:00:00, imds, failed: IMDSv2 token request/m);
    expect(timeline).toMatch(/^step 2 of 12, 09:00:00, sdk, skipped: /m);
    expect(timeline).toMatch(/^failed: no-credentials: CredentialsProviderError: /m);
    expectLinear(timeline);
    app.unmount();
  });

  const createRole = `aws iam create-role --role-name ana --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'`;
  it('sandbox: each log line says what it is, command, done or error, not $ ✓ ✗', async () => {
    const screens = sandboxScreens(null);
    const app = renderTutor({ initial: [{ name: 'sandbox' }], screens, screenReader: true, keyPauseMs: 100 });
    await app.press(':', createRole, keys.enter);
    await app.press(':', createRole, keys.enter);
    const log = app.lastFrame();
    expect(log).toMatch(/^command: aws iam create-role --role-name ana /m);
    expect(log).toMatch(/^done: /m);
    expect(log).toMatch(/^error: .*EntityAlreadyExists/m);
    expectLinear(log);
    app.unmount();
  });

  it('lists: a list drawn by its own renderItem speaks its spokenItem words, and the rows out of view in words', async () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ id: String(i), title: `Step ${i + 1}`, done: i === 0 }));
    const screens: ScreenRegistry = {
      ...realScreens,
      home: {
        title: 'Home',
        component: () => (
          <ListView
            items={items}
            index={1}
            height={4}
            renderItem={(item, selected) => (
              <Text>{`${selected ? '›' : ' '} ${item.done ? '✓' : ' '} ${item.title}`}</Text>
            )}
            spokenItem={(item) => `${item.title}${item.done ? ', finished' : ''}`}
          />
        ),
      },
    };
    const app = renderTutor({ screens, screenReader: true });
    await app.press();
    const frame = app.lastFrame();
    expect(frame).toMatch(/^menu: menuitem: Step 1, finished$/m);
    expect(frame).toMatch(/^menuitem: \(selected\) Step 2$/m);
    expect(frame).toContain('5 more below');
    expectLinear(frame);
    app.unmount();
  });

  it('progress: the score chart as scores in words', async () => {
    const points = [
      { at: '2026-11-01T10:00:00.000Z', scaled: 640 },
      { at: '2026-11-08T10:00:00.000Z', scaled: 760 },
    ];
    const screens: ScreenRegistry = {
      ...realScreens,
      home: { title: 'Home', component: () => <ScoreChart points={points} width={60} height={8} /> },
    };
    const app = renderTutor({ screens, screenReader: true });
    await app.press();
    expect(app.lastFrame()).toContain(
      'Mock exam scores: exam 1 on 2026-11-01: 640, below 700; exam 2 on 2026-11-08: 760, pass.',
    );
    expectLinear(app.lastFrame());
    app.unmount();
  });
});
