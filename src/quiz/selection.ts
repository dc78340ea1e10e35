// Which questions a session asks. Selection is deterministic for a given seed: every random
// choice goes through the Rng passed in.

import type { Question } from '../content/types.js';
import { taskKeyOf, taskShareOfDomain, tasksOfDomain } from './blueprint.js';
import { DOMAIN_NUMBERS, DOMAIN_WEIGHTS, type DomainNumber } from './domains.js';
import { type Rng, shuffle } from './rng.js';
import { plural } from '../plural.js';

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

/**
 * How many to take from each key: `wanted` split by weight; a key short of its share gives the
 * rest to the keys that still have some, by the same weights. Each round either places every
 * question or empties at least one more key, so it ends after at most `keys.length` rounds.
 * Keys with weight 0 take nothing. The counts sum to min(wanted, all available).
 */
export function fillByWeights<K>(
  keys: readonly K[],
  weightOf: (key: K) => number,
  available: (key: K) => number,
  wanted: number,
): Map<K, number> {
  const taken = new Map<K, number>(keys.map((k) => [k, 0]));
  let short = wanted;
  while (short > 0) {
    const open = keys.filter((k) => weightOf(k) > 0 && taken.get(k)! < available(k));
    if (open.length === 0) break;
    const shares = apportion(short, open.map(weightOf));
    open.forEach((key, i) => {
      const add = Math.min(shares[i]!, available(key) - taken.get(key)!);
      taken.set(key, taken.get(key)! + add);
      short -= add;
    });
  }
  return taken;
}

/** The domain drawn by its task statements' weights (issue #17: the security domain). */
export const TASK_WEIGHTED_DOMAIN: DomainNumber = 2;

/**
 * Draws `count` questions of one domain so that each task statement gets its share by the
 * weights in blueprint.ts. A task with too few questions gives its unfilled share to the other
 * tasks (and a note names it); questions whose task the guide does not list fill in last.
 */
export function drawByTaskWeights(
  pool: readonly Question[],
  domain: DomainNumber,
  count: number,
  rng: Rng,
): ExamSelection {
  const tasks = tasksOfDomain(domain).map((t) => t.id);
  const byTask = new Map<string, Question[]>(tasks.map((id) => [id, []]));
  const untasked: Question[] = [];
  for (const question of pool) {
    const task = taskKeyOf(question);
    if (task !== undefined && byTask.has(task)) byTask.get(task)!.push(question);
    else untasked.push(question);
  }
  for (const id of tasks) byTask.set(id, shuffle(byTask.get(id)!, rng));

  const taken = fillByWeights(tasks, taskShareOfDomain, (id) => byTask.get(id)!.length, count);
  const questions = tasks.flatMap((id) => byTask.get(id)!.slice(0, taken.get(id)!));
  if (questions.length < count) questions.push(...shuffle(untasked, rng).slice(0, count - questions.length));

  const ideal = apportion(count, tasks.map(taskShareOfDomain));
  const thin = tasks.flatMap((id, i) => {
    const has = byTask.get(id)!.length;
    return has < ideal[i]! ? [`${id} (${has} of ${ideal[i]})`] : [];
  });
  const notes =
    thin.length > 0
      ? [
          `Domain ${domain} is drawn by task weight, but the bank is short for task ${thin.join(', ')}; the other tasks of the domain fill the gap.`,
        ]
      : [];
  return { questions, notes };
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
 * guide's weights (24/30/34/12); within domain 2 each task statement gets its share by the
 * weights in blueprint.ts (see drawByTaskWeights). When a domain has too few questions, its unfilled share goes to
 * the other domains by the same weights; when the in-scope questions run out altogether, the rest
 * is filled from the whole bank, beyond-scope questions included, and a note says so. The bank is
 * about IAM, so expect domain 2 to dominate: the weighting is honoured only as far as the bank
 * allows. `count` above the bank size is capped (with a note). The final order is shuffled.
 */
export function selectExamQuestions(questions: readonly Question[], count: number, rng: Rng): ExamSelection {
  const notes: string[] = [];
  let wanted = count;
  if (wanted > questions.length) {
    notes.push(`The question bank has ${plural(questions.length, 'question')}, so the exam uses all of them.`);
    wanted = questions.length;
  }

  const pools = new Map<DomainNumber, Question[]>();
  for (const domain of DOMAIN_NUMBERS) {
    const inDomain = questions.filter((q) => q.scope === 'clf-c02' && q.domain === domain);
    pools.set(domain, domain === TASK_WEIGHTED_DOMAIN ? inDomain : shuffle(inDomain, rng));
  }
  const taken = fillByWeights(
    DOMAIN_NUMBERS,
    (d) => DOMAIN_WEIGHTS[d],
    (d) => pools.get(d)!.length,
    wanted,
  );

  const chosen: Question[] = [];
  for (const domain of DOMAIN_NUMBERS) {
    const pool = pools.get(domain)!;
    const n = taken.get(domain)!;
    if (domain === TASK_WEIGHTED_DOMAIN) {
      const drawn = drawByTaskWeights(pool, domain, n, rng);
      chosen.push(...drawn.questions);
      notes.push(...drawn.notes);
    } else {
      chosen.push(...pool.slice(0, n));
    }
  }
  const short = wanted - chosen.length;

  if (short > 0) {
    const used = new Set(chosen.map((q) => q.id));
    const rest = shuffle(
      questions.filter((q) => !used.has(q.id)),
      rng,
    );
    const filler = rest.slice(0, short);
    chosen.push(...filler);
    notes.push(
      `Only ${plural(chosen.length - filler.length, 'question')} ${chosen.length - filler.length === 1 ? 'is' : 'are'} in the CLF-C02 scope; ${plural(filler.length, 'beyond-scope question')} complete the exam.`,
    );
  }

  return { questions: shuffle(chosen, rng), notes };
}
