import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types.js';
import { hintsFor } from '../../../src/ui/shell/keymap.js';
import {
  countChoices,
  initialCountIndex,
  initialSelection,
  practiceSettingsOf,
  type SetupEnv,
  type SetupState,
  setupKeymap,
  type TopicRow,
  topicRows,
  wantedCount,
} from '../../../src/ui/screens/quiz/practiceSetupModel.js';

const rows: TopicRow[] = [
  { id: 'a', title: '1. A', count: 3 },
  { id: 'b', title: '2. B', count: 0 },
  { id: 'c', title: '3. C', count: 4 },
];

describe('practice setup: what is preselected', () => {
  it('params first, then the setup last started, then all topics', () => {
    const last = { topics: ['c'], count: 20, mode: 'practice' as const };
    expect(initialSelection({ topic: 'a' }, rows, [], last)).toEqual({ mode: 'topics', topics: ['a'] });
    expect(initialSelection({}, rows, [], last)).toEqual({ mode: 'topics', topics: ['c'] });
    expect(initialSelection({}, rows, [])).toEqual({ mode: 'all' });
  });

  it('drops remembered topics that are gone or empty, and weak when nothing is weak now', () => {
    expect(initialSelection({}, rows, [], { topics: ['b', 'gone'], count: 5, mode: 'practice' })).toEqual({
      mode: 'all',
    });
    const weakLast = { topics: 'weak' as const, count: 5, mode: 'practice' as const };
    expect(initialSelection({}, rows, [], weakLast)).toEqual({ mode: 'all' });
    expect(initialSelection({}, rows, ['a'], weakLast)).toEqual({ mode: 'weak' });
  });

  it('a remembered or asked count is a choice; params win over memory', () => {
    const last = { topics: 'all' as const, count: 7, mode: 'practice' as const };
    const choices = countChoices(wantedCount({}, last));
    expect(choices).toEqual([5, 7, 10, 20, 'all']);
    expect(choices[initialCountIndex(choices, wantedCount({}, last))]).toBe(7);
    expect(wantedCount({ count: 20 }, last)).toBe(20);
    expect(countChoices(undefined)[initialCountIndex(countChoices(undefined), undefined)]).toBe(10);
  });

  it('remembers "all" as the number that matched', () => {
    expect(practiceSettingsOf({ mode: 'topics', topics: ['a'] }, 'all', 3)).toEqual({
      topics: ['a'],
      count: 3,
      mode: 'practice',
    });
    expect(practiceSettingsOf({ mode: 'weak' }, 20, 3)).toEqual({ topics: 'weak', count: 20, mode: 'practice' });
  });
});

describe('practice setup in a workshop', () => {
  const env = (fixed?: SetupEnv['fixed']): SetupEnv => ({
    topics: rows,
    weak: [],
    choices: countChoices(undefined),
    topicTitle: (id) => id,
    ...(fixed ? { fixed } : {}),
  });
  const state = (cursor: number): SetupState => ({ cursor, selection: { mode: 'all' }, countIndex: 1, message: null });
  const footer = (e: SetupEnv, cursor: number) =>
    hintsFor(setupKeymap(e), state(cursor)).map((hint) => `${hint.keys} ${hint.label}`);

  it('leaves the refused keys out of the footer while the pack fixes the quiz, not elsewhere', () => {
    expect(footer(env(), 2)).toEqual(expect.arrayContaining(['Space pick topic', '←/→ how many', 'Enter start']));
    const fixed = footer(env({ topics: ['a'], count: 5, seed: 7 }), 2);
    expect(fixed).toContain('Enter start');
    expect(fixed.some((hint) => hint.startsWith('Space') || hint.startsWith('←/→'))).toBe(false);
    // The keys still answer, with the reason, and are listed in the ? overlay.
    const all = hintsFor(setupKeymap(env({ topics: ['a'], count: 5, seed: 7 })), state(2), true).map((h) => h.keys);
    expect(all).toEqual(expect.arrayContaining(['Space', '←/→']));
  });

  it("titles a pack's own topic by its lesson, and falls back to the id only without one", () => {
    const question = (id: string, topic: string) => ({ id, topic }) as unknown as Question;
    const bank = [question('q1', 'which-role-am-i'), question('q2', 'no-lesson-topic')];
    const topics = topicRows(bank, new Map([['which-role-am-i', 'Which role is my code using?']]));
    expect(topics.find((t) => t.id === 'which-role-am-i')?.title).toBe('Which role is my code using?');
    expect(topics.find((t) => t.id === 'no-lesson-topic')?.title).toBe('no-lesson-topic');
  });
});
