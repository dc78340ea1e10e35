// zod issues as lines a learner or instructor can act on: where in the file, and what is wrong.
import type { z } from 'zod';

const MAX_LISTED = 8;

export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines = issues.slice(0, MAX_LISTED).map((issue) => `${issuePath(issue.path)}: ${issue.message}`);
  if (issues.length > MAX_LISTED) lines.push(`...and ${issues.length - MAX_LISTED} more`);
  return lines;
}
