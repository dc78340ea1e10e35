// Near-duplicate questions: two questions that ask the same thing in different words. Exact
// duplicates (same stem) are an error elsewhere; these are a warning, because similar wording
// may be deliberate (a same-account and a cross-account variant of one scenario).
//
// Similarity is the Jaccard index of word sets (shared words / all words) after lowercasing,
// dropping stop words, numbers and IDs, and folding plurals. Three views of a question are
// compared, and any one above its threshold flags the pair:
//   - the stems alone, when they are worded alike;
//   - the stem plus the keyed answers: the same scenario with the same answer;
//   - the stem plus every option: the same scenario with the same answer and distractors.
// The thresholds were tuned on the shipped bank: they flag the pairs content review found to be
// duplicates and leave alone questions that merely share a topic (words such as role, policy,
// account and IAM are in most questions, so a same-topic pair rarely shares half its words).
export const NEAR_DUPLICATE_THRESHOLDS = { stem: 0.6, stemAndKey: 0.45, stemAndOptions: 0.45 } as const;

/** Word sets smaller than this are too small for the index to mean anything. */
export const NEAR_DUPLICATE_MIN_WORDS = 5;

export type SimilarityView = keyof typeof NEAR_DUPLICATE_THRESHOLDS;

export interface QuestionText {
  stem: string;
  optionTexts: readonly string[];
  keyedTexts: readonly string[];
}

export interface Similarity {
  /** The view whose score is furthest above its threshold. */
  view: SimilarityView;
  score: number;
}

const STOP_WORDS = new Set(
  (
    'a about above after again against all also an and another any are as at be because been before being both but by can ' +
    'could did do does doing done each either every for from had has have having he her here his how i if in into is it ' +
    'its itself just may me might more most must my no nor not of on once one only onto or other our out over own same ' +
    'shall she should so some such than that the their them then there these they this those through to too two three ' +
    'four five under until up upon very was we were what when where which while who whom whose why will with within ' +
    'without would you your choose following'
  ).split(' '),
);

/** The comparable words of a text. */
export function wordSet(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (token.length < 2 || STOP_WORDS.has(token)) continue;
    // Numbers, account IDs, instance IDs: they differ between copies of the same scenario.
    if (/^\d+$/.test(token) || /\d{4}/.test(token)) continue;
    words.add(foldPlural(token));
  }
  return words;
}

function foldPlural(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Word sets of the three views of a question, computed once per question. */
export interface QuestionWords {
  stem: Set<string>;
  stemAndKey: Set<string>;
  stemAndOptions: Set<string>;
}

export function questionWords(q: QuestionText): QuestionWords {
  return {
    stem: wordSet(q.stem),
    stemAndKey: wordSet([q.stem, ...q.keyedTexts].join(' ')),
    stemAndOptions: wordSet([q.stem, ...q.optionTexts].join(' ')),
  };
}

/** The strongest reason to call two questions near-duplicates, or undefined when they are not. */
export function nearDuplicate(a: QuestionWords, b: QuestionWords): Similarity | undefined {
  let best: (Similarity & { margin: number }) | undefined;
  for (const view of Object.keys(NEAR_DUPLICATE_THRESHOLDS) as SimilarityView[]) {
    if (a[view].size < NEAR_DUPLICATE_MIN_WORDS || b[view].size < NEAR_DUPLICATE_MIN_WORDS) continue;
    const score = jaccard(a[view], b[view]);
    const margin = score - NEAR_DUPLICATE_THRESHOLDS[view];
    if (margin >= 0 && (best === undefined || margin > best.margin)) best = { view, score, margin };
  }
  return best && { view: best.view, score: best.score };
}

export function describeView(view: SimilarityView): string {
  if (view === 'stem') return 'stems';
  if (view === 'stemAndKey') return 'stems and keyed answers';
  return 'stems and options';
}
