// Shell text for the CLI script export: words and heredocs in which values the real account will
// differ in (account ids, instance ids, the AMI) become shell variables, and nothing else expands.

import { shellQuote } from '../command-line/quote.js';

/** Literal text -> the shell variable that stands for it in the script. */
export type Variables = ReadonlyMap<string, string>;

function present(text: string, variables: Variables): string[] {
  return [...variables.keys()].filter((literal) => text.includes(literal));
}

/** One shell word for `value`: single-quoted as usual, or double-quoted with ${VAR} where a literal stood. */
export function shellWord(value: string, variables: Variables): string {
  const literals = present(value, variables);
  if (literals.length === 0) return shellQuote(value);
  let text = value.replace(/[\\$`"]/g, (c) => `\\${c}`);
  for (const literal of literals) text = text.split(literal).join(`\${${variables.get(literal)}}`);
  return `"${text}"`;
}

/**
 * `cat > NAME <<'EOF'` with the content as it is, or, when it names a literal that is a variable
 * here, an unquoted heredoc in which only those variables expand.
 */
export function heredoc(name: string, content: string, variables: Variables): string {
  let text = content.endsWith('\n') ? content : `${content}\n`;
  let delimiter = 'EOF';
  for (let i = 1; text.split('\n').includes(delimiter); i++) delimiter = `EOF_${i}`;
  const literals = present(text, variables);
  if (literals.length === 0) return `cat > ${name} <<'${delimiter}'\n${text}${delimiter}`;
  text = text.replace(/[\\$`]/g, (c) => `\\${c}`);
  for (const literal of literals) text = text.split(literal).join(`\${${variables.get(literal)}}`);
  return `cat > ${name} <<${delimiter}\n${text}${delimiter}`;
}
