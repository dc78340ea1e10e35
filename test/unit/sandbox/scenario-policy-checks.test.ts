// The policies the built-in scenarios create draw no Access Analyzer style finding: a scenario's
// mistake is meant to be the one it teaches (a trust policy naming an instance ...), not a typo
// in an action or a condition key.

import { describe, expect, it } from 'vitest';
import { policyChecks } from '../../../src/iam/checks/index.js';
import { guessPolicyKind, parsePolicyValue } from '../../../src/iam/index.js';
import { scenarios } from '../../../src/sandbox/scenarios/registry.js';

interface Found {
  at: string;
  doc: unknown;
  /** The file name when the document is the content of a `file write` step. */
  file?: string;
}

/** Every policy document in a value: objects with a Statement, or JSON text holding one. */
function policiesIn(value: unknown, at: string, out: Found[], file?: string): void {
  if (typeof value === 'string') {
    if (value.includes('"Statement"')) {
      try {
        out.push({ at, doc: JSON.parse(value), file });
      } catch {
        // not JSON: a command line or a message that quotes a policy
      }
    }
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) policiesIn(v, `${at}[${i}]`, out);
  } else if (value && typeof value === 'object') {
    const name = (value as { name?: unknown }).name;
    if ('Statement' in value) out.push({ at, doc: value });
    else
      for (const [k, v] of Object.entries(value))
        policiesIn(v, `${at}.${k}`, out, k === 'content' && typeof name === 'string' ? name : undefined);
  }
}

/**
 * Files a scenario hands to `aws organizations create-policy/update-policy`: resource control
 * policies, whose `Principal: "*"` is required and says nothing about who can reach a resource.
 * The document alone looks like a public resource policy, so its kind comes from the command.
 */
function organizationPolicyFiles(actions: unknown[]): Set<string> {
  const files = new Set<string>();
  for (const action of actions) {
    const { verb, input } = action as { verb?: unknown; input?: { content?: unknown } };
    if (typeof verb !== 'string' || !verb.startsWith('organizations ')) continue;
    const content = input?.content;
    if (typeof content === 'string' && content.startsWith('file://')) files.add(content.slice('file://'.length));
  }
  return files;
}

/** AWS's own RCPFullAWSAccess, which a scenario shows the learner as the default RCP. */
const isFullAccessRcp = (doc: unknown) => JSON.stringify(doc).includes('"Sid":"RCPFullAWSAccess"');

describe('scenario policies', () => {
  it('pass the policy checks', () => {
    const found: Found[] = [];
    const rcps = new Set<string>();
    for (const s of scenarios) {
      const steps = { setup: s.setup, solution: s.referenceSolution };
      policiesIn(steps, s.id, found);
      for (const file of organizationPolicyFiles([...s.setup, ...s.referenceSolution])) rcps.add(`${s.id}/${file}`);
    }
    expect(found.length).toBeGreaterThan(20);
    expect(rcps.size).toBeGreaterThan(0);
    const findings = found.flatMap(({ at, doc, file }) => {
      const parsed = parsePolicyValue(doc);
      if (!parsed.ok) return [`${at}: does not parse`];
      const rcp = isFullAccessRcp(doc) || (file !== undefined && rcps.has(`${at.split('.')[0]}/${file}`));
      return policyChecks(parsed.policy, rcp ? 'rcp' : guessPolicyKind(parsed.policy)).map(
        (w) => `${at}: ${w.message}`,
      );
    });
    expect(findings).toEqual([]);
  });
});
