import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  advanceClockBy,
  createWorld,
  formatDuration,
  HOUR,
  isoSeconds,
  MINUTE,
  parseDuration,
  ROTATION_PERIOD_MS,
  rotationWindow,
  SANDBOX_SESSION_MS,
} from '../../../src/sandbox/index.js';
import { fakeCredentials } from '../../../src/sandbox/credentials.js';

describe('durations and the clock', () => {
  it('parses durations as learners type them', () => {
    expect(parseDuration('45s')).toEqual({ ok: true, ms: 45_000 });
    expect(parseDuration('1h30m')).toEqual({ ok: true, ms: HOUR + 30 * MINUTE });
    expect(parseDuration('2d')).toEqual({ ok: true, ms: 48 * HOUR });
    expect(parseDuration('90')).toEqual({ ok: true, ms: 90_000 });
    expect(parseDuration('ten minutes').ok).toBe(false);
    expect(parseDuration('').ok).toBe(false);
    expect(formatDuration(HOUR + 30 * MINUTE)).toBe('1h30m');
    expect(formatDuration(0)).toBe('0s');
  });

  it('moves forward only and leaves the old world alone', () => {
    const w = createWorld();
    const later = advanceClock(w, 10 * MINUTE);
    expect(later.now - w.now).toBe(10 * MINUTE);
    expect(advanceClock(w, -5)).toBe(w);
    const r = advanceClockBy(w, '2h');
    expect(r.ok && r.world.now - w.now).toBe(2 * HOUR);
    expect(advanceClockBy(w, 'later').ok).toBe(false);
  });

  it('prints times the way IMDS and STS do', () => {
    expect(isoSeconds(createWorld().now)).toBe('2026-01-01T09:00:00Z');
  });
});

describe('rotation windows', () => {
  it('issues 1-hour credentials and a new set every 30 minutes, 30 minutes before the old expire', () => {
    const start = createWorld().now;
    expect(SANDBOX_SESSION_MS).toBe(HOUR);
    expect(ROTATION_PERIOD_MS).toBe(30 * MINUTE);
    expect(rotationWindow(start, start)).toEqual({ index: 0, issuedAt: start, expiration: start + HOUR });
    expect(rotationWindow(start, start + 29 * MINUTE).index).toBe(0);
    const next = rotationWindow(start, start + 30 * MINUTE);
    expect(next).toEqual({ index: 1, issuedAt: start + 30 * MINUTE, expiration: start + 90 * MINUTE });
    // Whatever is current has more than 25 minutes left: botocore takes less than 15 + (2 to 10)
    // minutes as a failing IMDS and logs "Attempting credential expiration extension".
    expect(rotationWindow(start, start + 30 * MINUTE - 1).expiration - (start + 30 * MINUTE - 1)).toBeGreaterThan(
      25 * MINUTE,
    );
    // AWS promises new credentials at least five minutes before the old ones expire.
    expect(rotationWindow(start, start).expiration - next.issuedAt).toBeGreaterThanOrEqual(5 * MINUTE);
  });

  it('derives credentials from seed and issue time only', () => {
    const a = fakeCredentials('seed', 1000, HOUR);
    expect(fakeCredentials('seed', 1000, HOUR)).toEqual(a);
    expect(fakeCredentials('seed', 2000, HOUR).secretAccessKey).not.toBe(a.secretAccessKey);
    expect(a.secretAccessKey).toHaveLength(40);
    expect(a.expiration).toBe(1000 + HOUR);
  });
});
