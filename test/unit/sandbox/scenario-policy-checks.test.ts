// The policies the built-in scenarios create draw no Access Analyzer style finding: a scenario's
// mistake is meant to be the one it teaches (a trust policy naming an instance ...), not a typo
// in an action or a condition key.

import { describe, expect, it } from 'vitest';
import { policyChecks } from '../../../src/iam/checks/index.js';
import { guessPolicyKind, parsePolicyValue } from '../../../src/iam/index.js';
import { scenarios } from '../../../src/sandbox/scenarios/registry.js';

/** Every policy document in a value: objects with a Statement, or JSON text holding one. */
function policiesIn(value: unknown, at: string, out: Array<{ at: string; doc: unknown }>): void {
  if (typeof value === 'string') {
    if (value.includes('"Statement"')) {
      try {
        out.push({ at, doc: JSON.parse(value) });
      } catch {
        // not JSON: a command line or a message that quotes a policy
      }
    }
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) policiesIn(v, `${at}[${i}]`, out);
  } else if (value && typeof value === 'object') {
    if ('Statement' in value) out.push({ at, doc: value });
    else for (const [k, v] of Object.entries(value)) policiesIn(v, `${at}.${k}`, out);
  }
}

describe('scenario policies', () => {
  it('pass the policy checks', () => {
    const found: Array<{ at: string; doc: unknown }> = [];
    for (const s of scenarios) policiesIn({ setup: s.setup, solution: s.referenceSolution }, s.id, found);
    expect(found.length).toBeGreaterThan(20);
    const findings = found.flatMap(({ at, doc }) => {
      const parsed = parsePolicyValue(doc);
      if (!parsed.ok) return [`${at}: does not parse`];
      return policyChecks(parsed.policy, guessPolicyKind(parsed.policy)).map((w) => `${at}: ${w.message}`);
    });
    expect(findings).toEqual([]);
  });
});
