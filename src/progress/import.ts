// `iam-tutor progress import FILE`: validate an exported file and merge it into the store.
import { cleanJsonStrings } from '../untrusted/clean-json.js';
import { cleanText } from '../untrusted/text.js';
import { ProgressImportError } from './errors.js';
import { mergeProgress } from './merge.js';
import { upgradeProgress } from './migrations/index.js';
import { CURRENT_VERSION, type ProgressData } from './schema.js';
import type { ProgressWriter } from './store-types.js';

export interface ImportSummary {
  answersAdded: number;
  attemptsAdded: number;
  lessonsNewlyCompleted: number;
  challengesNewlyCompleted: number;
}

/** Parses, upgrades (older exports import too) and validates an export. Throws ProgressImportError. */
export function parseProgressExport(jsonText: string, nowMs: number): ProgressData {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (error) {
    // V8's message quotes the start of the text, which may hold control characters.
    throw new ProgressImportError(`This file is not valid JSON (${cleanText((error as Error).message)}).`);
  }
  // Topic names and ids from a file made elsewhere: no control character gets into the store.
  cleanJsonStrings(raw);
  const result = upgradeProgress(raw, { nowMs });
  switch (result.kind) {
    case 'ok':
      return result.data;
    case 'newer':
      throw new ProgressImportError(
        `This file comes from a newer iam-tutor (progress format ${result.version}); ` +
          `this one reads format ${CURRENT_VERSION}. Update iam-tutor to import it.`,
      );
    case 'invalid':
      throw new ProgressImportError('This file is not an iam-tutor progress export:', result.issues);
  }
}

function completedCount(records: Record<string, { completed: boolean }>): number {
  return Object.values(records).filter((record) => record.completed).length;
}

function summarize(before: ProgressData, after: ProgressData): ImportSummary {
  return {
    answersAdded: after.quiz.answers.length - before.quiz.answers.length,
    attemptsAdded: after.quiz.attempts.length - before.quiz.attempts.length,
    lessonsNewlyCompleted: completedCount(after.lessons.byId) - completedCount(before.lessons.byId),
    challengesNewlyCompleted: completedCount(after.sandbox.challenges) - completedCount(before.sandbox.challenges),
  };
}

/** Merges an exported file into the store (see merge.ts for the rules); nothing is lost. */
export function importProgress(store: ProgressWriter, jsonText: string): ImportSummary {
  const incoming = parseProgressExport(jsonText, store.now());
  let summary: ImportSummary | undefined;
  store.update((draft) => {
    const merged = mergeProgress(draft, incoming);
    summary = summarize(draft, merged);
    Object.assign(draft, merged);
  });
  return summary!;
}
