// Policies in lesson JSON blocks are checked like `explain` checks a file, as warnings at the
// file line of the offending value; other JSON and the shipped lessons draw none.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../../src/content/index.js';
import { lessonPolicyProblems } from '../../../src/content/policy-blocks.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const fixture = 'test/unit/content/fixtures/broken/policy-checks';

describe('policies in lessons', () => {
  it('reports mistakes in a lesson policy as warnings at their file line, exit 0', () => {
    const result = validateCommand({ dirs: [fixture], cwd: repoRoot });
    expect(result.exitCode).toBe(0);
    const lines = result.output.split('\n').filter((l) => l.includes('policy (read as'));
    expect(
      lines.map((l) => l.replace(/: warning: .*\[/, ' [').replace(/: warning: policy .*IAM would reject it: /, ' ')),
    ).toEqual([
      `${fixture}/31-policy-checks.md:29 [unknown-action]`,
      `${fixture}/31-policy-checks.md:29 [action-resource-mismatch]`,
      `${fixture}/31-policy-checks.md:31 [condition-type-mismatch]`,
      `${fixture}/31-policy-checks.md:43 Missing resource: Add a Resource or NotResource element to the policy statement.`,
    ]);
    expect(lines[0]).toContain('policy (read as an identity-based policy): Statement #1: s3 has no action "GetObjct"');
    expect(lines[3]).toContain('policy (read as a resource-based policy)');
    expect(result.output.split('\n').at(-1)).toMatch(/: 0 errors, 4 warnings$/);
  });

  it('skips JSON that is not a policy, and partial policies that do not parse', () => {
    const text = [
      '```json',
      '{ "UserId": "AIDA", "Account": "111122223333" }',
      '```',
      '```json',
      '{ "Statement": [ ... ] }',
      '```',
    ].join('\n');
    expect(lessonPolicyProblems('x.md', text)).toEqual([]);
  });

  it('finds nothing to report in the shipped lessons', () => {
    const result = validateCommand({ cwd: repoRoot });
    expect(result.output).not.toContain('policy (read as');
  });
});
