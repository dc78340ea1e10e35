// The store writes the file in pieces and keeps the answer log's text between saves; the result
// must be byte for byte what JSON.stringify(data, null, '\t') gives, before and after appends.
import { describe, expect, it } from 'vitest';
import { emptyProgress, type ProgressData } from '../../../src/progress/index.js';
import { answersTextOfFile, serializeProgress } from '../../../src/progress/serialize.js';
import { sampleProgress } from './support/sample-data.js';

const text = (chunks: Array<string | Buffer>) =>
  Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))).toString('utf8');
const expected = (data: ProgressData) => `${JSON.stringify(data, null, '\t')}\n`;

function answer(i: number) {
  return {
    questionId: `q-${i}-ünïcødé-✓`,
    topic: 'iam "quoted" \\ topic',
    correct: i % 2 === 0,
    chosen: [i % 4, 1],
    misconceptions: i % 3 === 0 ? ['a', 'b'] : [],
    mode: 'practice' as const,
    at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  };
}

describe('serializeProgress', () => {
  it('writes what JSON.stringify writes, for an empty store and a sample', () => {
    for (const data of [emptyProgress(Date.UTC(2026, 0, 1)), sampleProgress()]) {
      expect(text(serializeProgress(data).chunks)).toBe(expected(data));
    }
  });

  it('stays identical across appends that reuse the kept text, across block boundaries', () => {
    const data = sampleProgress();
    let previous = serializeProgress(data).answersText;
    for (let round = 0; round < 4; round++) {
      const answers = [...data.quiz.answers];
      for (let i = 0; i < 3000; i++) answers.push(answer(round * 3000 + i));
      data.quiz = { ...data.quiz, answers };
      const out = serializeProgress(data, previous);
      expect(text(out.chunks)).toBe(expected(data));
      previous = out.answersText;
    }
    // The log was not one block: the kept text really was reused in pieces.
    expect(previous.blocks.length).toBeGreaterThan(1);
  });

  it('starts again when the log was replaced rather than appended to', () => {
    const data = sampleProgress();
    const previous = serializeProgress(data).answersText;
    const replaced = { ...data, quiz: { ...data.quiz, answers: [answer(1)] } };
    expect(text(serializeProgress(replaced, previous).chunks)).toBe(expected(replaced));
  });

  it('takes the answer text from a file laid out as it writes, and from no other', () => {
    const data = sampleProgress();
    const canonical = expected(data);
    const kept = answersTextOfFile(canonical, data);
    expect(kept).toBeDefined();
    data.quiz = { ...data.quiz, answers: [...data.quiz.answers, answer(1)] };
    expect(text(serializeProgress(data, kept).chunks)).toBe(expected(data));
    const original = sampleProgress();
    expect(answersTextOfFile(JSON.stringify(original), original)).toBeUndefined();
    expect(answersTextOfFile(`\uFEFF${expected(original)}`, original)).toBeUndefined();
    // A record more in the file than parsed (a hand edit the schema dropped): not trusted.
    const fewer = { ...original, quiz: { ...original.quiz, answers: original.quiz.answers.slice(1) } };
    expect(answersTextOfFile(expected(original), fewer)).toBeUndefined();
  });
});
