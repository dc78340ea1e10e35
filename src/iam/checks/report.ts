// Collects the findings of the policy checks as LintWarnings with the line and column of the
// element they are about, like lint.ts does.

import { positionFor } from '../parse.js';
import type { LintWarning, Policy, Statement } from '../types.js';
import type { CheckId } from './ids.js';

export class Findings {
  readonly list: LintWarning[] = [];
  /**
   * Nearest-name suggestions cost an edit distance against every name of a service (up to ~750
   * for ec2); a policy with thousands of misspelt entries gets suggestions for the first ones
   * only, so checking stays linear in the size of the policy.
   */
  private suggestionsLeft = 25;
  /** Action x Resource pairs the resource-type check may still compare (same reason). */
  pairsLeft = 20_000;

  constructor(private readonly policy: Policy) {}

  add(id: CheckId, path: string, message: string, why: string, fix: string): void {
    const at = positionFor(path, this.policy.sourceMap ?? new Map());
    this.list.push({ id, message, why, fix, line: at.line, column: at.column, path });
  }

  /** Runs `suggest` while the budget lasts; afterwards there are no suggestions. */
  suggest(suggest: () => string[]): string[] {
    if (this.suggestionsLeft <= 0) return [];
    this.suggestionsLeft--;
    return suggest();
  }

  /** The path of the i-th entry of a string-or-list element; a single string has no index of its own. */
  entry(s: Statement, element: string, list: readonly string[], i: number): string {
    const indexed = `${s.path}/${element}/${i}`;
    return list.length > 1 || this.policy.sourceMap?.has(indexed) ? indexed : `${s.path}/${element}`;
  }
}

export function statementName(s: Statement): string {
  return `Statement ${s.sid ? JSON.stringify(s.sid) : `#${s.index + 1}`}`;
}

/** "a, b and c" (at most `max` items, then "and N more"). */
export function listWords(items: readonly string[], max = 4): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
