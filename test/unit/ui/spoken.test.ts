import { describe, expect, it } from 'vitest';
import { spokenClock, spokenLine, spokenMarks } from '../../../src/ui/accessibility/spoken.js';
import { listRowText } from '../../../src/ui/widgets/list/spoken.js';
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
});
