// The one plural helper: "1 question", "2 questions", "0 minutes". Every count shown in words
// goes through it (issue #16 found "1 questions" and "1 minutes"). English only; irregular
// plurals are passed in ("1 policy", "2 policies").

/** The noun for `count`: `word` for exactly 1, otherwise `pluralWord` (default word + "s"). */
export function pluralWord(count: number, word: string, pluralForm = `${word}s`): string {
  return count === 1 ? word : pluralForm;
}

/** "1 question" / "3 questions"; `pluralForm` for irregular nouns. */
export function plural(count: number, word: string, pluralForm?: string): string {
  return `${count} ${pluralWord(count, word, pluralForm)}`;
}
