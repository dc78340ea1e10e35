// Turning the bytes of a policy file into text, and saying what the text is when it is not JSON.
// IAM policies are UTF-8 JSON; the mistakes seen in practice are files saved as UTF-16 (Windows
// PowerShell's `>` writes UTF-16LE with a byte order mark), Latin-1 text, YAML and JSON with
// comments. Each gets a message that names it instead of a parse error at 1:1.

export type DecodedText = { ok: true; text: string } | { ok: false; message: string; hint: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function lineColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters: continuation bytes (10xxxxxx) do not start one.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return { line, column };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Try the sequence on its own: this also rejects overlong forms and surrogates.
    try {
      UTF8.decode(bytes.subarray(i, i + need + 1));
    } catch {
      return i;
    }
    i += need + 1;
  }
  return -1;
}

/** UTF-16 without a byte order mark shows as a NUL in every other byte of ASCII text. */
function looksUtf16(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.75 && evenNul === 0) return 'LE';
  if (evenNul >= pairs * 0.75 && oddNul === 0) return 'BE';
  return undefined;
}

const SAVE_AS_UTF8 =
  'Save the file as UTF-8. In PowerShell, write it with Out-File -Encoding utf8 (or Set-Content -Encoding utf8) instead of ">"; most editors offer "UTF-8" in Save As.';

/** Decodes a policy file: UTF-8 (a UTF-8 byte order mark is skipped); anything else is named. */
export function decodePolicyBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      ok: false,
      message:
        'The file is UTF-16 little-endian text (it starts with the byte order mark FF FE); IAM policies are UTF-8 JSON.',
      hint: SAVE_AS_UTF8,
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      ok: false,
      message:
        'The file is UTF-16 big-endian text (it starts with the byte order mark FE FF); IAM policies are UTF-8 JSON.',
      hint: SAVE_AS_UTF8,
    };
  const utf16 = looksUtf16(bytes);
  if (utf16)
    return {
      ok: false,
      message: `The file looks like UTF-16 ${utf16 === 'LE' ? 'little' : 'big'}-endian text without a byte order mark (every other byte is zero); IAM policies are UTF-8 JSON.`,
      hint: SAVE_AS_UTF8,
    };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { ok: true, text: UTF8.decode(body) };
  } catch {
    const bad = firstInvalidUtf8(body);
    const at = lineColumnOfByte(body, Math.max(bad, 0));
    const byte = (body[Math.max(bad, 0)] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      message: `The file is not valid UTF-8: byte 0x${byte} at line ${at.line}, column ${at.column} does not belong to a UTF-8 character. IAM policies are UTF-8 JSON; nothing was replaced or guessed.`,
      hint: `The file may be Latin-1 or Windows-1252 text (an accented letter such as "é" saved by an older editor). ${SAVE_AS_UTF8}`,
    };
  }
}

/** A hint for text that failed to parse as JSON and looks like YAML or JSON with comments. */
export function notJsonHint(text: string): string | undefined {
  const trimmed = text.replace(/^\s+/, '');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (hasComment(text))
      return 'This looks like JSON with comments ("//" or "/* */"). JSON has no comments and IAM rejects them; delete the comments, or move the note into a "Sid".';
    return undefined;
  }
  const lines = text.split('\n', 200);
  const yamlish = lines.filter(
    (l) => /^\s*(?:-\s+)?["']?[A-Za-z][\w:-]*["']?\s*:(?:\s|$)/.test(l) || /^\s*-\s+\S/.test(l),
  );
  if (yamlish.length >= 2 || /^---\s*$/m.test(text.slice(0, 200)))
    return 'This looks like YAML. IAM policies are JSON: write {"Version": "2012-10-17", "Statement": [...]} (a CloudFormation template may use YAML, but the policy text IAM receives is JSON).';
  return undefined;
}

/** Is there a // or /* outside a JSON string? */
function hasComment(text: string): boolean {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return true;
  }
  return false;
}
