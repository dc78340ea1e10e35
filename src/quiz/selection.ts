// Which questions a session asks. Selection is deterministic for a given seed: every random
// choice goes through the Rng passed in.

import type { Question } from '../content/types.js';
import { DOMAIN_NUMBERS, DOMAIN_WEIGHTS, type DomainNumber } from './domains.js';
import { type Rng, shuffle } from './rng.js';

/**
 * Splits `total` into whole shares proportional to `weights` (largest remainder method), so the
 * shares always sum to `total`. Ties go to the earlier weight, which keeps the split stable.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, i) => ({ i, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

export function questionsForTopics(questions: readonly Question[], topics: readonly string[] | 'all'): Question[] {
  if (topics === 'all') return [...questions];
  const wanted = new Set(topics);
  return questions.filter((question) => wanted.has(question.topic));
}

export interface ExamSelection {
  questions: Question[];
  /** Plain-language remarks for the learner, e.g. that beyond-scope questions filled the exam. */
  notes: string[];
}

/**
 * Picks `count` questions for a mock exam.
 *
 * Preferred: in-scope (`clf-c02`) questions only, split across the four domains by the exam
 * guide's weights (24/30/34/12). When a domain has too few questions, its unfilled share goes to
 * the other domains by the same weights; when the in-scope questions run out altogether, the rest
 * is filled from the whole bank, beyond-scope questions included, and a note says so. The bank is
 * about IAM, so expect domain 2 to dominate: the weighting is honoured only as far as the bank
 * allows. `count` above the bank size is capped (with a note). The final order is shuffled.
 */
export function selectExamQuestions(questions: readonly Question[], count: number, rng: Rng): ExamSelection {
  const notes: string[] = [];
  let wanted = count;
  if (wanted > questions.length) {
    notes.push(`The question bank has ${questions.length} questions, so the exam uses all of them.`);
    wanted = questions.length;
  }

  const pools = new Map<DomainNumber, Question[]>();
  for (const domain of DOMAIN_NUMBERS) {
    const inDomain = questions.filter((q) => q.scope === 'clf-c02' && q.domain === domain);
    pools.set(domain, shuffle(inDomain, rng));
  }
  const taken = new Map<DomainNumber, number>(DOMAIN_NUMBERS.map((d) => [d, 0]));

  // Each round gives the shortfall to domains that still have questions; a round either fills
  // the exam or empties at least one more domain, so this ends after at most four rounds.
  let short = wanted;
  while (short > 0) {
    const open = DOMAIN_NUMBERS.filter((d) => taken.get(d)! < pools.get(d)!.length);
    if (open.length === 0) break;
    const shares = apportion(
      short,
      open.map((d) => DOMAIN_WEIGHTS[d]),
    );
    open.forEach((domain, i) => {
      const spare = pools.get(domain)!.length - taken.get(domain)!;
      const add = Math.min(shares[i]!, spare);
      taken.set(domain, taken.get(domain)! + add);
      short -= add;
    });
  }

  const chosen: Question[] = [];
  for (const domain of DOMAIN_NUMBERS) chosen.push(...pools.get(domain)!.slice(0, taken.get(domain)!));

  if (short > 0) {
    const used = new Set(chosen.map((q) => q.id));
    const rest = shuffle(
      questions.filter((q) => !used.has(q.id)),
      rng,
    );
    const filler = rest.slice(0, short);
    chosen.push(...filler);
    notes.push(
      `Only ${chosen.length - filler.length} questions are in the CLF-C02 scope; ${filler.length} beyond-scope questions complete the exam.`,
    );
  }

  return { questions: shuffle(chosen, rng), notes };
}
