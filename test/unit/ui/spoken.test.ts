import { describe, expect, it } from 'vitest';
import { spokenClock, spokenKeys, spokenLine, spokenMarks, spokenProse } from '../../../src/ui/accessibility/spoken.js';
import { listRowText } from '../../../src/ui/widgets/list/spoken.js';
import { markerWords } from '../../../src/ui/widgets/list/index.js';
import { scrollWindow, spokenScrollIndicator } from '../../../src/ui/widgets/scroll-view/index.js';
import { spokenField } from '../../../src/ui/widgets/text-field/index.js';
import { span } from '../../../src/ui/text/index.js';

const MIN = 60_000;

describe('what a screen reader hears', () => {
  it('says the exam clock in whole minutes, so it changes once a minute, warning from 5 minutes', () => {
    expect(spokenClock(90 * MIN)).toBe('Time left: 1 hour 30 minutes.');
    expect(spokenClock(6 * MIN)).toBe('Time left: 6 minutes.');
    // Every second of a minute reads the same, so Ink writes nothing new for it.
    const words = new Set([5 * MIN + 1, 5 * MIN + 30_000, 6 * MIN - 1].map(spokenClock));
    expect([...words]).toEqual(['Time left: 6 minutes.']);
    expect(spokenClock(5 * MIN)).toBe('Time left: 5 minutes, time is running low.');
    expect(spokenClock(2 * MIN)).toBe('Time left: 2 minutes, time is running low.');
    expect(spokenClock(MIN)).toBe('Time left: 1 minute or less, time is running low.');
    expect(spokenClock(1)).toBe(spokenClock(MIN));
    expect(spokenClock(0)).toBe('Time is up.');
  });

  it('speaks a span by its words, drops box drawing and turns marks into words', () => {
    expect(
      spokenLine([span('› ', { spoken: '(current) ' }), span('(•) B. ', { spoken: 'radio: B. ' }), span('X')]),
    ).toBe('(current) radio: B. X');
    expect(spokenLine([span('── Heading ──────')])).toBe('Heading');
    expect(spokenLine([span('│ a │ b │')])).toBe('a b');
    expect(spokenLine([span('See ▸\u00a0the beta lesson.')])).toBe('See link: the beta lesson.');
    expect(spokenLine([span('+------ role: AppRole ------+')])).toBe('role: AppRole');
    expect(spokenLine([span('|  Action: sts:AssumeRole   |')])).toBe('Action: sts:AssumeRole');
    expect(spokenLine([span('aws iam get-role --role-name a-b')])).toBe('aws iam get-role --role-name a-b');
    expect(spokenLine([])).toBe('');
    expect(spokenMarks('› [x] 3. Trust policies')).toBe('(current) (checked) checkbox: 3. Trust policies');
    expect(spokenMarks('  [ ] All topics')).toBe('checkbox: All topics');
    expect(spokenMarks('    Questions: ‹ 10 ›')).toBe('Questions: 10');
    expect(spokenMarks('    Start practice ▸')).toBe('Start practice');
  });

  it('says what a menu row mark means', () => {
    expect(listRowText({ label: 'Trust policies', mark: '✓', detail: '12 min' })).toBe(
      'Trust policies, finished, 12 min',
    );
    expect(listRowText({ label: 'Roles', mark: '◐' })).toBe('Roles, started');
    expect(listRowText({ label: 'Sandbox', mark: ' ' })).toBe('Sandbox');
    expect(listRowText({ label: ' 4. Policies      ', detail: '   14m  mixed' })).toBe('4. Policies, 14m mixed');
  });

  it('names the arrow keys in words, in footers, help and hints', () => {
    expect(spokenKeys('↑↓/jk')).toBe('Up/Down or j/k');
    expect(spokenKeys('↑ ↓  or  j k')).toBe('Up/Down or j k');
    expect(spokenKeys('←→')).toBe('Left/Right');
    expect(spokenKeys('←/→')).toBe('Left/Right');
    expect(spokenKeys('↑↓←→')).toBe('arrow keys');
    expect(spokenKeys('Esc  or  Backspace')).toBe('Esc or Backspace');
    expect(spokenKeys('PgUp/PgDn')).toBe('PgUp/PgDn');
    expect(spokenMarks('↑↓ move · 1-4 or Space pick')).toBe('Up/Down move · 1-4 or Space pick');
    // Help text names marks to explain them: only the arrows change there.
    expect(spokenProse('✓ marks a finished step and ▸ the next; ←→ change section')).toBe(
      '✓ marks a finished step and ▸ the next; Left/Right change section',
    );
  });

  it('says verdicts, flags and bookmarks once, in words', () => {
    expect(spokenMarks('✗ Wrong: you chose B; the answer is C.')).toBe('Wrong: you chose B; the answer is C.');
    expect(spokenMarks('✓ Correct: the answer is C.')).toBe('Correct: the answer is C.');
    expect(spokenMarks('· Not answered (counts as wrong); the answer is A.')).toBe(
      'Not answered (counts as wrong); the answer is A.',
    );
    expect(spokenMarks('── Question 2 of 5 · Roles · ⚑ flagged')).toBe('Question 2 of 5 · Roles · flagged');
    expect(spokenMarks('│ › 1 (•) ')).toBe('(current) 1 (selected) radio:');
  });

  it('says positions without arrows, and a text field with its cursor', () => {
    expect(markerWords({ kind: 'below', count: 3 })).toBe('3 more below');
    expect(markerWords({ kind: 'above', count: 1 })).toBe('1 more above');
    expect(spokenScrollIndicator(scrollWindow(40, 10, 0), 40)).toBe('Lines 1 to 9 of 40, more below (PgDn).');
    expect(spokenScrollIndicator(scrollWindow(40, 10, 5), 40)).toBe(
      'Lines 6 to 14 of 40, more above and below (PgUp/PgDn).',
    );
    expect(spokenScrollIndicator(scrollWindow(40, 10, 99), 40)).toBe('Lines 32 to 40 of 40, more above (PgUp).');
    expect(spokenField({ value: '', cursor: 0 })).toBe('empty');
    expect(spokenField({ value: 'role', cursor: 4 })).toBe('role');
    expect(spokenField({ value: 'role', cursor: 2 })).toBe('role (cursor after “ro”)');
    expect(spokenField({ value: 'role', cursor: 0 })).toBe('role (cursor at the start)');
  });

  it('lets a list row say its own words', () => {
    expect(
      listRowText({ label: ' 3. Trust', mark: '✓', detail: '14m  beyond', spoken: '3. Trust, finished, 14 min' }),
    ).toBe('3. Trust, finished, 14 min');
  });
});
