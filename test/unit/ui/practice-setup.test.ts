import { describe, expect, it } from 'vitest';
import {
  countChoices,
  initialCountIndex,
  initialSelection,
  practiceSettingsOf,
  type TopicRow,
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
