// Keys that name an option directly: 1-9 by position, or the option's letter (a, b, c ...).
// A screen passes the letters it uses for commands (the exam's f for flag) so they keep that job.

export function optionForKey(
  input: string,
  optionCount: number,
  reserved: ReadonlySet<string> = new Set(),
): number | null {
  if (input.length !== 1 || reserved.has(input)) return null;
  if (input >= '1' && input <= '9') {
    const position = Number(input) - 1;
    return position < optionCount ? position : null;
  }
  if (input >= 'a' && input <= 'z') {
    const position = input.charCodeAt(0) - 97;
    return position < optionCount ? position : null;
  }
  return null;
}

/** Adds or removes one on-screen position; the result is sorted. */
export function togglePosition(positions: readonly number[], position: number): number[] {
  const set = new Set(positions);
  if (set.has(position)) set.delete(position);
  else set.add(position);
  return [...set].sort((a, b) => a - b);
}

/** "1-4/a-d" for the footer. */
export function optionKeysHint(optionCount: number, reserved: ReadonlySet<string> = new Set()): string {
  const last = String.fromCharCode(96 + optionCount);
  const letters = [...'abcdefghi'.slice(0, optionCount)].filter((l) => !reserved.has(l));
  const letterPart = letters.length === optionCount ? `a-${last}` : `a-${letters[letters.length - 1] ?? 'a'}`;
  return `1-${optionCount}/${letterPart}`;
}
