import { describe, expect, it } from 'vitest';
import { mulberry32, normaliseSeed, parseSeed, shuffle } from '../../../src/quiz/index.js';

const items = Array.from({ length: 20 }, (_, i) => i);

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const seqA = Array.from({ length: 10 }, () => a());
    const seqB = Array.from({ length: 10 }, () => b());
    expect(seqA).toEqual(seqB);
  });

  it('stays within [0, 1)', () => {
    const rng = mulberry32(7);
    for (let i = 0; i < 1000; i++) {
      const x = rng();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('shuffle', () => {
  it('returns a permutation and leaves the input alone', () => {
    const input = items.slice();
    const out = shuffle(input, mulberry32(1));
    expect(input).toEqual(items);
    expect([...out].sort((a, b) => a - b)).toEqual(items);
  });

  it('same seed, same order', () => {
    expect(shuffle(items, mulberry32(123))).toEqual(shuffle(items, mulberry32(123)));
  });

  it('different seeds, different orders', () => {
    expect(shuffle(items, mulberry32(123))).not.toEqual(shuffle(items, mulberry32(124)));
  });
});

describe('seeds', () => {
  it('parses whole numbers and refuses anything else with a message', () => {
    expect(parseSeed('42')).toEqual({ ok: true, value: 42 });
    expect(parseSeed(' 7 ')).toEqual({ ok: true, value: 7 });
    for (const bad of ['', '-1', '1.5', 'abc', '4294967296']) {
      const result = parseSeed(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/--seed must be a whole number/);
    }
  });

  it('normalises any number to an unsigned 32-bit integer', () => {
    expect(normaliseSeed(5.9)).toBe(5);
    expect(normaliseSeed(-1)).toBe(0xffffffff);
    expect(normaliseSeed(Number.NaN)).toBe(0);
  });
});
