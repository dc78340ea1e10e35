// Warnings about a bank as a whole: cues that let a test-wise learner score without knowing
// IAM. No single question is wrong, so these are warnings, and they read the raw records so a
// question with schema errors still counts.
//
// - Length bias: when the correct option is strictly the longest in more than 30% of a bank's
//   single-answer questions, "pick the longest" beats chance (25% with four options). Before
//   issue 17 the shipped banks keyed the longest option in 78 of 119 single-answer questions
//   (66%), up to 11 of 11 in one bank.
// - Repeated distractors: the same wrong option (normalised text) in more than two questions
//   trains learners to spot the stock wrong answer instead of thinking about the scenario.
//
// Only bank questions count: lesson checks restate their lesson and are few per file.
import { normaliseText } from './question-rules.js';
import type { QuestionRecord } from './records.js';
import type { ContentProblem } from './types.js';
import { plural } from '../plural.js';

/** At most this share of a bank's single-answer questions may key the longest option. */
export const MAX_KEY_LONGEST_SHARE = 0.3;
/** Banks with fewer single-answer questions are too small for a share to mean anything. */
export const MIN_SINGLE_FOR_LENGTH_BIAS = 5;
/** A wrong option's text may appear in at most this many questions. */
export const MAX_DISTRACTOR_REPEATS = 2;
/** How many of the worst items a length-bias warning lists. */
const WORST_LISTED = 5;

export interface KeyLongest {
  record: QuestionRecord;
  /** Line of the correct option's text. */
  keyLine: number;
  keyLength: number;
  /** Length of the longest wrong option. */
  nextLength: number;
}

/** The correct option of a single-answer question when it is strictly longer than every other option. */
export function keyLongest(record: QuestionRecord): KeyLongest | undefined {
  if (record.type !== 'single') return undefined;
  const keys = record.options.filter((o) => o.correct);
  const key = keys[0];
  if (keys.length !== 1 || key === undefined) return undefined;
  const others = record.options.filter((o) => !o.correct).map((o) => normaliseText(o.text).length);
  if (others.length === 0) return undefined;
  const keyLength = normaliseText(key.text).length;
  const nextLength = Math.max(...others);
  return keyLength > nextLength ? { record, keyLine: key.line, keyLength, nextLength } : undefined;
}

export function bankWarnings(
  questions: readonly QuestionRecord[],
  at: (file: string, line: number) => string,
): ContentProblem[] {
  const bank = questions.filter((q) => q.origin === 'bank');
  return [...lengthBiasWarnings(bank, at), ...repeatedDistractorWarnings(bank, at)];
}

function lengthBiasWarnings(
  bank: readonly QuestionRecord[],
  at: (file: string, line: number) => string,
): ContentProblem[] {
  const byFile = new Map<string, QuestionRecord[]>();
  for (const q of bank) byFile.set(q.file, [...(byFile.get(q.file) ?? []), q]);
  const warnings: ContentProblem[] = [];
  for (const [file, records] of byFile) {
    const single = records.filter((q) => q.type === 'single');
    if (single.length < MIN_SINGLE_FOR_LENGTH_BIAS) continue;
    const longest = single.flatMap((q) => keyLongest(q) ?? []);
    if (longest.length <= MAX_KEY_LONGEST_SHARE * single.length) continue;
    // Worst first: the key that stands out most from the longest wrong option.
    const worst = [...longest]
      .sort((a, b) => b.keyLength - b.nextLength - (a.keyLength - a.nextLength))
      .slice(0, WORST_LISTED)
      .map(
        (k) => `${k.record.id ?? 'question'} at ${at(file, k.keyLine)} (${k.keyLength} vs ${k.nextLength} characters)`,
      );
    const first = records[0];
    warnings.push({
      file,
      line: first ? first.line : 1,
      severity: 'warning',
      message:
        `the correct option is the longest in ${longest.length} of ${single.length} single-answer questions ` +
        `(${Math.round((100 * longest.length) / single.length)}%, at most ${MAX_KEY_LONGEST_SHARE * 100}%), ` +
        'so picking the longest option beats chance; shorten the key or give a wrong option the same detail. ' +
        `Worst: ${worst.join('; ')}`,
    });
  }
  return warnings;
}

function repeatedDistractorWarnings(
  bank: readonly QuestionRecord[],
  at: (file: string, line: number) => string,
): ContentProblem[] {
  const uses = new Map<string, { record: QuestionRecord; line: number; text: string }[]>();
  for (const record of bank) {
    const seenHere = new Set<string>();
    for (const option of record.options) {
      const key = normaliseText(option.text);
      if (option.correct || key === '' || seenHere.has(key)) continue;
      seenHere.add(key);
      uses.set(key, [...(uses.get(key) ?? []), { record, line: option.line, text: option.text.trim() }]);
    }
  }
  const warnings: ContentProblem[] = [];
  for (const list of uses.values()) {
    if (list.length <= MAX_DISTRACTOR_REPEATS) continue;
    for (const use of list) {
      const others = list.filter((u) => u !== use).map((u) => at(u.record.file, u.line));
      warnings.push({
        file: use.record.file,
        line: use.line,
        severity: 'warning',
        message:
          `wrong option "${use.text}" is in ${plural(list.length, 'question')} (also ${others.join(', ')}); ` +
          `at most ${MAX_DISTRACTOR_REPEATS} may share a distractor, so write one that fits this scenario`,
      });
    }
  }
  return warnings;
}
