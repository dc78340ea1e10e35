// Records in progress data are keyed by ids that come from files (lesson ids, concept ids,
// scenario ids). `constructor` or `toString` are fine as data: every lookup in this module uses
// own properties only, and loaded maps have no prototype (see nullProtoMaps). `__proto__` is
// the one key a JSON object cannot safely carry: zod's record parser assigns it, which swaps the
// record's prototype instead of storing an entry. Such files are refused with the key's path.

/** The path of the first `__proto__` key in `raw` (iterative: no stack limit), or undefined. */
export function protoKeyPath(raw: unknown): string | undefined {
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
