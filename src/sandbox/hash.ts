// Deterministic stand-ins for the random parts of AWS identifiers. The sandbox never uses
// randomness: the same seed always yields the same id, so worlds replay exactly.

/** FNV-1a, 32 bits, with a final mix. Not cryptographic: it only has to spread seeds evenly. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // FNV's low bits depend only on the low bits of the input; a murmur3-style finaliser mixes the
  // high bits down so that every bit of the result depends on every character.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A stream of pseudo-random 32-bit words derived from a seed (FNV of seed + index). */
function words(seed: string, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(fnv1a(`${seed}#${i}`));
  return out;
}

function fromAlphabet(seed: string, length: number, alphabet: string): string {
  return words(seed, length)
    .map((w) => alphabet[w % alphabet.length])
    .join('');
}

export function hexFrom(seed: string, length: number): string {
  return fromAlphabet(seed, length, '0123456789abcdef');
}

/** Upper-case letters and digits, the alphabet of IAM unique ids such as AROA... */
export function upperAlnumFrom(seed: string, length: number): string {
  return fromAlphabet(seed, length, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
}

export function lowerAlnumFrom(seed: string, length: number): string {
  return fromAlphabet(seed, length, 'abcdefghijklmnopqrstuvwxyz0123456789');
}

export function digitsFrom(seed: string, length: number): string {
  return fromAlphabet(seed, length, '0123456789');
}

/** A UUID-shaped string (8-4-4-4-12 hex), as ECS uses for credential ids. */
export function uuidFrom(seed: string): string {
  const h = hexFrom(seed, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
