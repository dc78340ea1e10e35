// Reading the progress file and sorting the result into usable, absent or broken. The file is
// read with fs (not conf, which parsed the whole file again on every read): a UTF-8 BOM, as
// Windows Notepad writes, is skipped like `progress import` skips it.
import fs from 'node:fs';
import { ProgressReadError } from './errors.js';
import { fileIdentity } from './lock.js';
import { upgradeProgress } from './migrations/index.js';
import { protoKeyPath } from './proto-keys.js';
import { CURRENT_VERSION, type ProgressData } from './schema.js';
import { type AnswersText, answersTextOfFile } from './serialize.js';

export type Loaded =
  | { kind: 'ok'; data: ProgressData; fromVersion: number }
  | { kind: 'empty' }
  /** `why` completes "Your progress file was unreadable (...)"; `hint` is a sentence after it. */
  | { kind: 'problem'; why: string; hint?: string };

export const NOT_JSON = 'it is not valid JSON';
const NOT_JSON_HINT =
  'If it was edited by hand, fix it and bring it back with `iam-tutor progress import` and that file.';

/** The file's identity (see fileIdentity), or undefined when there is no file. */
export function currentIdentity(filePath: string): string | undefined {
  try {
    return fileIdentity(fs.statSync(filePath, { bigint: true }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ProgressReadError(filePath, error);
  }
}

/**
 * One read from disk. `identity` is that of the bytes read (undefined: no file); `answersText`
 * the answer log's text when the file is laid out as the store writes it (see serialize.ts).
 */
export function loadProgressFile(
  filePath: string,
  nowMs: number,
): { loaded: Loaded; identity: string | undefined; answersText?: AnswersText } {
  let fd: number;
  try {
    fd = fs.openSync(filePath, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { loaded: { kind: 'empty' }, identity: undefined };
    throw new ProgressReadError(filePath, error);
  }
  let text: string;
  let identity: string;
  try {
    identity = fileIdentity(fs.fstatSync(fd, { bigint: true }));
    text = fs.readFileSync(fd, 'utf8');
  } catch (error) {
    throw new ProgressReadError(filePath, error);
  } finally {
    fs.closeSync(fd);
  }
  const loaded = parseProgressText(text, nowMs);
  if (loaded.kind !== 'ok' || loaded.fromVersion !== CURRENT_VERSION) return { loaded, identity };
  const answersText = answersTextOfFile(text, loaded.data);
  return answersText === undefined ? { loaded, identity } : { loaded, identity, answersText };
}

export function parseProgressText(text: string, nowMs: number): Loaded {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { kind: 'problem', why: NOT_JSON, hint: NOT_JSON_HINT };
  }
  // An empty object holds no progress (a file conf created and never filled).
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0) {
    return { kind: 'empty' };
  }
  const protoAt = protoKeyPath(raw);
  if (protoAt !== undefined) {
    return { kind: 'problem', why: `it has a key named "__proto__" at ${protoAt}, which cannot be kept as data` };
  }
  const result = upgradeProgress(raw, { nowMs });
  switch (result.kind) {
    case 'ok':
      return result;
    case 'newer':
      return {
        kind: 'problem',
        why: `it was written by a newer iam-tutor, format ${result.version}; this one reads format ${CURRENT_VERSION}`,
        hint: 'Update iam-tutor and move that file back to keep its progress.',
      };
    case 'invalid':
      return {
        kind: 'problem',
        why: `it does not match the progress format: ${result.issues[0] ?? 'unknown problem'}`,
      };
  }
}
