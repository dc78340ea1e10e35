// Times are stored as ISO 8601 strings but the core's clock gives epoch milliseconds.

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** `2026-11-22T21-30-00`: sortable, second precision, and legal in every file system. */
export function fileStamp(ms: number): string {
  return toIso(ms).slice(0, 19).replaceAll(':', '-');
}

/** Compares two stored timestamps by the instant they name, not by their spelling. */
export function compareIso(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

export function laterIso(a: string, b: string): string {
  return compareIso(b, a) > 0 ? b : a;
}

export function earlierIso(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareIso(b, a) < 0 ? b : a;
}
