// Simulated-time formatting and durations as a learner types them ("90m", "1h30m", "2d").

import { HOUR, MINUTE, SECOND } from './constants.js';

/** ISO 8601 without milliseconds, the way IMDS and STS print times: 2026-01-01T10:00:00Z. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / SECOND) * SECOND).toISOString().replace('.000Z', 'Z');
}

/** ISO 8601 with a +00:00 offset, the way the AWS CLI prints IAM dates. */
export function isoCli(ms: number): string {
  return isoSeconds(ms).replace('Z', '+00:00');
}

const UNITS: Record<string, number> = { d: 24 * HOUR, h: HOUR, m: MINUTE, s: SECOND };

export type DurationParse = { ok: true; ms: number } | { ok: false; message: string };

/** Parses "45s", "15m", "2h", "1h30m", "1d" (and a bare number of seconds). */
export function parseDuration(text: string): DurationParse {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+$/.test(trimmed)) return { ok: true, ms: Number(trimmed) * SECOND };
  const parts = trimmed.match(/^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/);
  if (!parts || trimmed === '') {
    return { ok: false, message: `"${text}" is not a duration: write it like 45s, 15m, 2h, 1h30m or 1d.` };
  }
  const [, d, h, m, s] = parts;
  const ms =
    Number(d ?? 0) * UNITS.d! + Number(h ?? 0) * UNITS.h! + Number(m ?? 0) * UNITS.m! + Number(s ?? 0) * UNITS.s!;
  if (ms <= 0) return { ok: false, message: 'The clock only moves forward: give a duration greater than zero.' };
  return { ok: true, ms };
}

/** 5400000 -> "1h30m"; 45000 -> "45s". */
export function formatDuration(ms: number): string {
  let rest = Math.max(0, Math.round(ms / SECOND)) * SECOND;
  let out = '';
  for (const [unit, size] of Object.entries(UNITS)) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out === '' ? '0s' : out;
}
