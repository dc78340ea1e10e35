// `iam-tutor progress import FILE`: validate an exported file and merge it into the store.
import { cleanJsonStrings } from '../untrusted/clean-json.js';
import { cleanText } from '../untrusted/text.js';
import { ProgressImportError } from './errors.js';
import { type MergeReport, mergeProgress, mergeReport } from './merge.js';
import { upgradeProgress } from './migrations/index.js';
import { protoKeyPath } from './proto-keys.js';
import { CURRENT_VERSION, type ProgressData } from './schema.js';
import { KEEPS_ANSWERS, type ProgressWriter } from './store-types.js';

export interface ImportSummary {
  answersAdded: number;
  attemptsAdded: number;
  lessonsNewlyCompleted: number;
  challengesNewlyCompleted: number;
  /** Review cards, the saved exam and the sandbox world the file brought or replaced; absent when none. */
  state?: MergeReport;
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
  const protoAt = protoKeyPath(raw);
  if (protoAt !== undefined) {
    throw new ProgressImportError(
      `This file has a key named "__proto__" at ${cleanText(protoAt)}; iam-tutor cannot keep that name as data. Remove or rename that entry and import again.`,
    );
  }
  // Topic names and ids from a file made elsewhere: no control character gets into the store.
  cleanJsonStrings(raw);
  const result = upgradeProgress(raw, { nowMs });
  switch (result.kind) {
    case 'ok': {
      const badCards = cardProblems(result.data);
      if (badCards.length > 0)
        throw new ProgressImportError('This file has review cards iam-tutor cannot use:', badCards);
      return result.data;
    }
    case 'newer':
      throw new ProgressImportError(
        `This file comes from a newer iam-tutor (progress format ${result.version}); ` +
          `this one reads format ${CURRENT_VERSION}. Update iam-tutor to import it.`,
      );
    case 'invalid':
      throw new ProgressImportError('This file is not an iam-tutor progress export:', result.issues);
  }
}

/**
 * Review cards are the quiz engine's, but one without a valid `due` date made every practice
 * session say "Reviews start fresh" for good after an import; such files are refused.
 */
function cardProblems(data: ProgressData): string[] {
  return Object.entries(data.quiz.fsrsCards)
    .filter(([, card]) => typeof card.due !== 'string' || Number.isNaN(Date.parse(card.due)))
    .map(([concept]) => `quiz.fsrsCards.${concept}.due: must be a date`)
    .slice(0, 8);
}

function stateChanges(report: MergeReport): { state?: MergeReport } {
  const changed =
    report.cardsAdded + report.cardsReplaced > 0 || report.examReplaced !== 'none' || report.worldReplaced !== 'none';
  return changed ? { state: report } : {};
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
    ...stateChanges(mergeReport(before, after)),
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
  }, KEEPS_ANSWERS);
  return summary!;
}
