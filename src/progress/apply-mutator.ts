import { ProgressDataError } from './errors.js';
import { formatIssues } from './issues.js';
import { type ProgressData, progressSchema } from './schema.js';
import { toIso } from './time.js';

/**
 * Runs `mutator` on `draft` (which the caller owns) and returns what should be written.
 * The JSON round trip makes the result exactly what the next reader will see (undefined
 * fields gone), and validating it keeps a bad change from ever reaching the file, where the
 * next start would have to set the whole file aside.
 */
export function applyMutator(draft: ProgressData, mutator: (draft: ProgressData) => void, nowMs: number): ProgressData {
  mutator(draft);
  let plain: unknown;
  try {
    plain = JSON.parse(JSON.stringify(draft));
  } catch (error) {
    throw new ProgressDataError([`not JSON: ${(error as Error).message}`]);
  }
  const parsed = progressSchema.safeParse(plain);
  if (!parsed.success) throw new ProgressDataError(formatIssues(parsed.error.issues));
  parsed.data.meta.updatedAt = toIso(nowMs);
  return parsed.data;
}
