// Records in progress data are keyed by ids that come from files (lesson ids, concept ids,
// scenario ids). `constructor` or `toString` are fine as data: every lookup in this module uses
// own properties only, and loaded maps have no prototype (see nullProtoMaps). `__proto__` is
// the one key a JSON object cannot safely carry: zod's record parser assigns it, which swaps the
// record's prototype instead of storing an entry. Such files are refused with the key's path.

import { CURRENT_VERSION } from './schema.js';

type Raw = Record<string, unknown>;
const objectAt = (value: unknown, key: string): Raw | undefined => {
  const inner = value !== null && typeof value === 'object' ? (value as Raw)[key] : undefined;
  return inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Raw) : undefined;
};
const hasProto = (map: Raw | undefined) => map !== undefined && Object.hasOwn(map, '__proto__');

/**
 * The path of the first `__proto__` key in a record of a current-format file, or undefined. Only
 * records matter (zod's object parser reads known keys only); checking just them keeps opening
 * a 470k-answer store from walking every answer.
 */
function protoKeyInRecords(raw: unknown): string | undefined {
  const lessons = objectAt(objectAt(raw, 'lessons'), 'byId');
  if (hasProto(lessons)) return 'lessons.byId';
  for (const [id, lesson] of Object.entries(lessons ?? {})) {
    if (hasProto(objectAt(lesson, 'checks'))) return `lessons.byId.${id}.checks`;
  }
  const quiz = objectAt(raw, 'quiz');
  for (const key of ['fsrsCards', 'examInProgress']) if (hasProto(objectAt(quiz, key))) return `quiz.${key}`;
  const attempts = quiz?.attempts;
  if (Array.isArray(attempts)) {
    for (let i = 0; i < attempts.length; i++) {
      for (const key of ['perTopic', 'perDomain']) {
        if (hasProto(objectAt(attempts[i], key))) return `quiz.attempts[${i}].${key}`;
      }
    }
  }
  const sandbox = objectAt(raw, 'sandbox');
  for (const key of ['challenges', 'lastWorld']) if (hasProto(objectAt(sandbox, key))) return `sandbox.${key}`;
  return undefined;
}

/** The path of the first `__proto__` key that would reach a record, or undefined. */
export function protoKeyPath(raw: unknown): string | undefined {
  // Older formats go through migrations, which build objects by assignment: check everything.
  const version = objectAt({ raw }, 'raw')?.version;
  return version === CURRENT_VERSION ? protoKeyInRecords(raw) : protoKeyAnywhere(raw);
}

/** The path of the first `__proto__` key anywhere in `raw` (iterative: no stack limit), or undefined. */
function protoKeyAnywhere(raw: unknown): string | undefined {
  const stack: Array<{ value: unknown; at: string }> = [{ value: raw, at: '' }];
  while (stack.length > 0) {
    const { value, at } = stack.pop() as { value: unknown; at: string };
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) stack.push({ value: value[index], at: `${at}[${index}]` });
      continue;
    }
    for (const key of Object.keys(value)) {
      const here = at === '' ? key : `${at}.${key}`;
      if (key === '__proto__') return at === '' ? '(top level)' : at;
      stack.push({ value: (value as Record<string, unknown>)[key], at: here });
    }
  }
  return undefined;
}

/** An own entry of a record, never one inherited from Object.prototype. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function nullProto<T>(record: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record);
}

/**
 * The id-keyed maps of validated data, rebuilt without a prototype, so that a lookup such as
 * `byId['constructor']` anywhere in the app is undefined rather than Object's constructor.
 */
export function nullProtoMaps<D extends NullProtoShape>(data: D): D {
  data.lessons.byId = nullProto(data.lessons.byId);
  for (const entry of Object.values(data.lessons.byId)) entry.checks = nullProto(entry.checks);
  data.quiz.fsrsCards = nullProto(data.quiz.fsrsCards);
  data.sandbox.challenges = nullProto(data.sandbox.challenges);
  return data;
}

interface NullProtoShape {
  lessons: { byId: Record<string, { checks: Record<string, unknown> }> };
  quiz: { fsrsCards: Record<string, unknown> };
  sandbox: { challenges: Record<string, unknown> };
}
