// Records parsed from files are plain objects, so `record[id]` with an id such as `constructor`
// or `toString` (valid kebab-case lesson ids) returns what Object.prototype inherits, a function,
// instead of undefined: a pack with lesson id `constructor` crashed the workshop screen and the
// class report with "Cannot convert undefined or null to object". Look up own entries only.

/** `record[key]` when the record itself holds that key, else undefined. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
