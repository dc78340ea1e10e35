import { describe, expect, it } from 'vitest';
import { checkQuestionCount, resolveLessonArg } from '../../../src/cli/interactive-args.js';
import { main } from '../../../src/cli/main.js';
import { builtinContentDirs, loadContent } from '../../../src/content/index.js';
import { captureIo } from '../../helpers/cliIo.js';

const content = loadContent([{ ...builtinContentDirs(), builtin: true }]);
const ordered = [...content.lessons].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

describe('lesson arguments', () => {
  it('accepts a lesson number like an id: 3 is the third in list order', () => {
    expect(resolveLessonArg('3', content.lessons)).toEqual({ ok: true, value: ordered[2]!.id });
    expect(resolveLessonArg(ordered[0]!.id, content.lessons)).toEqual({ ok: true, value: ordered[0]!.id });
  });

  it('says which numbers exist for a number out of range', () => {
    const result = resolveLessonArg('99', content.lessons);
    expect(result).toEqual({
      ok: false,
      message: `There is no lesson 99: the list numbers ${ordered.length} lessons from 1 to ${ordered.length}.`,
    });
    expect(resolveLessonArg('0', content.lessons).ok).toBe(false);
  });
});

describe('question counts', () => {
  it('refuses a count above the bank and names how many exist, with the right plural', () => {
    const result = checkQuestionCount('exam', 500, content.questions);
    expect(result).toEqual({
      ok: false,
      message: `--count 500 is more than the question bank has: ${content.questions.length} questions. Use --count ${content.questions.length} or fewer.`,
    });
    const one = checkQuestionCount('quiz', 2, content.questions.slice(0, 1));
    expect(one.ok === false && one.message).toContain('1 question.');
  });

  it('counts a practice pool per topic', () => {
    const topic = content.questions[0]!.topic;
    const inTopic = content.questions.filter((q) => q.topic === topic).length;
    expect(checkQuestionCount('quiz', inTopic, content.questions, [topic])).toEqual({ ok: true, value: inTopic });
    const over = checkQuestionCount('quiz', inTopic + 1, content.questions, [topic]);
    expect(over.ok === false && over.message).toContain(`that topic has: ${inTopic} questions`);
  });
});

describe('main checks interactive arguments before taking the terminal', () => {
  it('exam --count 500: exit 2 and how many questions exist', async () => {
    const fake = captureIo({ stdinTTY: true, stdoutTTY: true, cwd: process.cwd() });
    const result = await main(['exam', '--count', '500'], fake.io);
    expect(result.code).toBe(2);
    expect(fake.err()).toBe(
      `iam-tutor: --count 500 is more than the question bank has: ${content.questions.length} questions. Use --count ${content.questions.length} or fewer.\n`,
    );
  });

  it('lessons 99: exit 2 with the range', async () => {
    const fake = captureIo({ stdinTTY: true, stdoutTTY: true, cwd: process.cwd() });
    expect((await main(['lessons', '99'], fake.io)).code).toBe(2);
    expect(fake.err()).toMatch(/^iam-tutor: There is no lesson 99: the list numbers \d+ lessons from 1 to \d+\.\n$/);
  });
});
