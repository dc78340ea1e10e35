// Imported progress and attendee result files are JSON made elsewhere: every string in them
// (topic names, question and lesson ids, keys of records) may reach the Progress screen, an
// export or the class report. Clean them once, where the file enters, so no later screen or
// format has to remember. Multi-line cleaning keeps line feeds and tabs (a saved sandbox
// policy document can hold them); every other control character becomes a visible picture.
import { cleanText, isCleanText } from './text.js';

/** Cleans, in place, every string and object key of a JSON value; returns how many changed. */
export function cleanJsonStrings(root: unknown): number {
  let changed = 0;
  const clean = (text: string): string => {
    if (isCleanText(text, { multiline: true })) return text;
    changed++;
    return cleanText(text, { multiline: true });
  };
  // Iterative: a deeply nested file must not overflow the stack here.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') value[i] = clean(item);
        else stack.push(item);
      }
      continue;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      const cleanKey = clean(key);
      if (cleanKey !== key) delete record[key];
      // defineProperty: a key such as `__proto__` stays an ordinary own property.
      const next = typeof item === 'string' ? clean(item) : item;
      if (cleanKey !== key || next !== item) {
        Object.defineProperty(record, cleanKey, { value: next, enumerable: true, writable: true, configurable: true });
      }
      if (typeof item !== 'string') stack.push(item);
    }
  }
  return changed;
}
