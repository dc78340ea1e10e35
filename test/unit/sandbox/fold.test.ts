// The answer formatter: AWS CLI JSON folded to a pane's width, nothing lost and nothing unsafe.
import { describe, expect, it } from 'vitest';
import { answerText, foldAnswer, foldAnswerRows } from '../../../src/sandbox/index.js';
import { attempt, ec2App } from './helpers.js';

const { world } = ec2App();
const answers = [
  'aws iam get-role --role-name app-role',
  'aws iam list-instance-profiles-for-role --role-name app-role',
  'aws ec2 describe-instances',
  'aws sts get-caller-identity --as app',
].map((line) => {
  const r = attempt(world, line);
  if (!r.outcome.ok) throw new Error(r.outcome.line);
  return [line, r.outcome.output] as const;
});

/** The rows joined back: each continuation appended to the row before, without its hanging indent. */
function unfold(rows: ReturnType<typeof foldAnswerRows>): string {
  const lines: string[] = [];
  for (const row of rows) {
    if (row.continued) lines[lines.length - 1] += row.text.trimStart();
    else lines.push(row.text);
  }
  return lines.join('\n');
}

describe.each([80, 60])('folded to %i columns', (width) => {
  it.each(answers)('%s: every row fits, and unfolding gives the JSON back', (_line, output) => {
    const rows = foldAnswerRows(output, width);
    for (const row of rows) expect([...row.text].length, row.text).toBeLessThanOrEqual(width);
    expect(JSON.parse(unfold(rows))).toEqual(output);
  });

  it('a continuation starts under the value it continues', () => {
    const arn = `arn:aws:iam::111122223333:instance-profile/${'a'.repeat(width)}`;
    const rows = foldAnswerRows({ Profile: { Arn: arn } }, width);
    const first = rows.findIndex((r) => r.text.includes('"Arn"'));
    const valueColumn = rows[first]!.text.indexOf('"arn:');
    expect(rows[first + 1]!.continued).toBe(true);
    expect(rows[first + 1]!.text.search(/\S/)).toBe(valueColumn + 1);
  });
});

describe('the fold', () => {
  it('keeps the CLI indent of 4 when everything fits, and uses 2 in a narrow pane', () => {
    const small = { UserId: 'AIDAEXAMPLE', Account: '111122223333' };
    expect(foldAnswer(small, 80)).toEqual(answerText(small, 4).split('\n'));
    const [, profiles] = answers[1]!;
    expect(foldAnswer(profiles, 60)[1]).toBe('  "InstanceProfiles": [');
  });

  it('breaks after / or a space rather than inside a word, and leaves no stub row', () => {
    const rows = foldAnswer({ Arn: 'arn:aws:iam::111122223333:instance-profile/app-profile' }, 40);
    expect(rows).toContain('  "Arn": "arn:aws:iam::111122223333:');
    const tails = foldAnswerRows({ Arn: `${'a'.repeat(38)}",` }, 40).filter((row) => row.continued);
    for (const row of tails) expect(row.text.trim().length).toBeGreaterThanOrEqual(3);
  });

  it('prints text answers (cat) line by line, tabs as spaces, controls as pictures', () => {
    expect(foldAnswer('one\n\ttwo\r\nthree \u001b[31m', 80)).toEqual(['one', '    two', 'three ␛[31m']);
  });

  it('never goes below a usable width', () => {
    const rows = foldAnswer({ Arn: 'x'.repeat(100) }, 5);
    for (const row of rows) expect(row.length).toBeLessThanOrEqual(24);
  });
});
