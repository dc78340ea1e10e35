import { describe, expect, it } from 'vitest';
import { COMPETENCY_RULE_TEXT, isWeak, judge, MIN_ANSWERS, restsOnText, weakTopics } from '../../../src/quiz/index.js';

describe('the one competency rule', () => {
  it('judges nothing on fewer than 5 answers, however good or bad', () => {
    expect(MIN_ANSWERS).toBe(5);
    expect(judge({ correct: 1, total: 1 })).toMatchObject({ verdict: 'too-few', restsOn: 1 });
    expect(judge({ correct: 0, total: 4 }).verdict).toBe('too-few');
    expect(isWeak({ correct: 0, total: 4 })).toBe(false);
  });

  it('meets at 70% on 5 or more answers and is weak below it', () => {
    expect(judge({ correct: 4, total: 5 })).toMatchObject({
      verdict: 'meets',
      label: 'Meets competencies',
      percent: 80,
    });
    expect(judge({ correct: 7, total: 10 }).verdict).toBe('meets');
    expect(judge({ correct: 3, total: 5 })).toMatchObject({ verdict: 'below', label: 'Needs improvement' });
    expect(isWeak({ correct: 3, total: 5 })).toBe(true);
  });

  it('returns the number of answers it rests on and the rule in words', () => {
    const j = judge({ correct: 2, total: 3 });
    expect(restsOnText(j)).toBe('based on 3 answers');
    expect(restsOnText(judge({ correct: 1, total: 1 }))).toBe('based on 1 answer');
    expect(j.rule).toBe(COMPETENCY_RULE_TEXT);
    expect(COMPETENCY_RULE_TEXT).toContain('5 answers');
    expect(COMPETENCY_RULE_TEXT).toContain('70%');
  });

  it('weakTopics agrees with isWeak for every tally', () => {
    const tallies: Record<string, { total: number; correct: number }> = {};
    for (let total = 0; total <= 8; total++)
      for (let correct = 0; correct <= total; correct++) tallies[`t${total}-${correct}`] = { total, correct };
    const weak = new Set(weakTopics(tallies, { limit: 1000 }));
    for (const [topic, tally] of Object.entries(tallies)) expect(weak.has(topic)).toBe(isWeak(tally));
  });
});
