// Policies shown in lessons are checked like `iam-tutor explain` checks a file: what IAM would
// reject, and the Access Analyzer style checks on actions, resources and condition keys (a typo
// such as "s3:GetObjct" in a lesson teaches the typo). The general lint (Resource "*" with write
// actions ...) is left out: lessons show too-broad policies on purpose to explain them.
// Findings are warnings at the file line of the offending value, so `validate` still exits 0.

import { policyChecks } from '../iam/checks/index.js';
import { guessPolicyKind, type PolicyKind, parsePolicy, validatePolicy } from '../iam/index.js';
import type { ContentProblem } from './types.js';

const KIND_WORDS: Record<PolicyKind, string> = {
  identity: 'an identity-based policy',
  trust: 'a role trust policy',
  resource: 'a resource-based policy',
  boundary: 'a permissions boundary',
  scp: 'a service control policy',
  rcp: 'a resource control policy',
};

const FENCE_OPEN = /^\s*(`{3,}|~{3,})\s*json\s*$/i;

interface JsonBlock {
  /** File line (1-based) of the block's first line of JSON. */
  firstLine: number;
  text: string;
}

function jsonBlocks(text: string): JsonBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: JsonBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i] ?? '');
    if (!open) continue;
    const marker = open[1] ?? '```';
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').trim().startsWith(marker)) j++;
    blocks.push({ firstLine: i + 2, text: lines.slice(i + 1, j).join('\n') });
    i = j;
  }
  return blocks;
}

/** Warnings for the policy documents in a lesson's ```json blocks (other JSON is skipped). */
export function lessonPolicyProblems(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const block of jsonBlocks(text)) {
    if (!block.text.includes('"Statement"')) continue;
    const parsed = parsePolicy(block.text);
    if (!parsed.ok) continue; // a partial policy shown on purpose ("...") is not a document
    const kind = guessPolicyKind(parsed.policy);
    const where = (line: number | undefined) => block.firstLine + (line ?? 1) - 1;
    for (const e of validatePolicy(parsed.policy, kind)) {
      problems.push({
        file,
        line: where(e.line),
        message: `policy (read as ${KIND_WORDS[kind]}): IAM would reject it: ${e.message}`,
        severity: 'warning',
      });
    }
    for (const w of policyChecks(parsed.policy, kind)) {
      problems.push({
        file,
        line: where(w.line),
        message: `policy (read as ${KIND_WORDS[kind]}): ${w.message} Fix: ${w.fix} [${w.id}]`,
        severity: 'warning',
      });
    }
  }
  return problems;
}
