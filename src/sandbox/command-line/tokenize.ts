// Splits a typed command into words the way a POSIX shell would for the cases people type:
// single quotes (literal), double quotes (with \" \\ \$ \` escapes), backslash escapes, and
// backslash-newline continuations. No variables, globbing or command substitution.

export type Tokenized = { ok: true; tokens: string[] } | { ok: false; message: string };

export function tokenize(line: string): Tokenized {
  const tokens: string[] = [];
  let current = '';
  let inToken = false;
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '\\') {
      const next = line[i + 1];
      if (next === undefined) return { ok: false, message: 'The command ends with a lone backslash.' };
      if (next === '\n') {
        i += 2;
        continue;
      }
      current += next;
      inToken = true;
      i += 2;
      continue;
    }
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { ok: false, message: "Unterminated single quote: every ' needs a closing '." };
      current += line.slice(i + 1, end);
      inToken = true;
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < line.length && line[j] !== '"') {
        if (line[j] === '\\' && j + 1 < line.length && '"\\$`\n'.includes(line[j + 1]!)) {
          if (line[j + 1] !== '\n') value += line[j + 1];
          j += 2;
        } else {
          value += line[j];
          j++;
        }
      }
      if (j >= line.length) return { ok: false, message: 'Unterminated double quote: every " needs a closing ".' };
      current += value;
      inToken = true;
      i = j + 1;
      continue;
    }
    if (ch === '#' && !inToken) break;
    if (/\s/.test(ch)) {
      if (inToken) tokens.push(current);
      current = '';
      inToken = false;
      i++;
      continue;
    }
    current += ch;
    inToken = true;
    i++;
  }
  if (inToken) tokens.push(current);
  return { ok: true, tokens };
}
