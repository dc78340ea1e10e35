// Seeded randomness. The core never calls Math.random(): the shell picks a seed (from --seed, or
// at random when none is given) and every shuffle is derived from it, so the same seed always
// yields the same questions in the same order with the same option order.

import { fail, ok, type Result } from './result.js';

/** Returns floats in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32: a tiny 32-bit generator with good enough statistics for shuffling quiz questions.
 * Not cryptographic, which is fine here: it only has to be reproducible.
 */
export function mulberry32(seed: number): Rng {
  let a = normaliseSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Any finite number maps to an unsigned 32-bit seed; the same number always maps the same way. */
export function normaliseSeed(seed: number): number {
  if (!Number.isFinite(seed)) return 0;
  return Math.trunc(seed) >>> 0;
}

/** Parses the `--seed N` argument: a whole number from 0 to 4294967295. */
export function parseSeed(text: string): Result<number> {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) {
    return fail(`--seed must be a whole number from 0 to 4294967295 (got "${text}").`);
  }
  const value = Number(trimmed);
  if (value > 0xffffffff) {
    return fail(`--seed must be a whole number from 0 to 4294967295 (got "${text}").`);
  }
  return ok(value);
}

/** A whole number in [0, maxExclusive). */
export function randomInt(rng: Rng, maxExclusive: number): number {
  return Math.floor(rng() * maxExclusive);
}

/** Fisher-Yates shuffle into a new array; the input is left untouched. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}
