// Policy documents as the CLI passes them: inline JSON or file://NAME from the world's files,
// parsed and validated by the IAM engine for the job the document does.

import {
  parsePolicy,
  policySizeFindings,
  type Policy,
  type PolicyDocumentJson,
  type PolicyError,
  type PolicyKind,
  validatePolicy,
} from '../../iam/index.js';
import type { World } from '../world/types.js';

export type LoadedText = { ok: true; text: string } | { ok: false; message: string };

/**
 * Resolves a parameter value the way the AWS CLI does: file://NAME reads a file (here: the world's
 * files), anything else is the value itself. The error is the CLI's own wording.
 */
export function loadParameterText(world: World, flag: string, raw: string): LoadedText {
  const m = raw.match(/^fileb?:\/\/(.+)$/);
  if (!m) return { ok: true, text: raw };
  const name = m[1]!;
  const text = world.files[name];
  if (text === undefined) {
    return {
      ok: false,
      message: `Error parsing parameter '${flag}': Unable to load paramfile ${raw}: [Errno 2] No such file or directory: '${name}'`,
    };
  }
  return { ok: true, text };
}

export type CheckedDocument =
  | { ok: true; json: PolicyDocumentJson; policy: Policy }
  | { ok: false; errors: PolicyError[] };

/** Parses policy text and applies the rules IAM enforces for this kind of policy. */
export function checkPolicyText(text: string, kind: PolicyKind): CheckedDocument {
  const parsed = parsePolicy(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  // IAM's size quotas too (managed 6,144, trust 2,048 characters without white space).
  const errors = [...validatePolicy(parsed.policy, kind), ...policySizeFindings(text, kind).errors];
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, json: JSON.parse(text) as PolicyDocumentJson, policy: parsed.policy };
}
