// The pieces of the CLI script export: commands built from actions (so they print exactly as the
// sandbox parses them), files written with heredocs just before the command that reads them, ids
// AWS generates captured into shell variables, and waits and comments in between.

import type { Action } from '../actions/inputs.js';
import { formatCommand } from '../command-line/format.js';
import { heredoc, shellWord } from './shell.js';

export class ScriptBuilder {
  private readonly lines: string[] = [];
  private readonly variables = new Map<string, string>();
  private readonly counts = new Map<string, number>();
  private readonly fileNames = new Set<string>();

  /** A literal that the script knows only at run time, e.g. an account id: printed as ${VAR}. */
  define(literal: string, variable: string): void {
    this.variables.set(literal, variable);
  }

  /** A numbered variable name: INSTANCE_ID_1, INSTANCE_ID_2 ... */
  nextVariable(prefix: string): string {
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    return `${prefix}_${n}`;
  }

  /** Writes a file (a unique name from `base`) and returns the file:// argument that reads it. */
  file(base: string, content: string): string {
    const stem = base.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-.]+/, '') || 'file';
    const dot = stem.lastIndexOf('.');
    const [name, ext] = dot > 0 ? [stem.slice(0, dot), stem.slice(dot)] : [stem, ''];
    let candidate = stem;
    for (let i = 2; this.fileNames.has(candidate); i++) candidate = `${name}-${i}${ext}`;
    this.fileNames.add(candidate);
    this.lines.push('', heredoc(candidate, content, this.variables));
    return `file://${candidate}`;
  }

  /** A plain line of shell (a wait, a lookup) with the known literals as variables. */
  raw(text: string): void {
    this.lines.push(text);
  }

  /** Words as one shell line (each quoted, with the known literals as variables). */
  line(...words: string[]): string {
    return words.map((word) => shellWord(word, this.variables)).join(' ');
  }

  words(...words: string[]): void {
    this.lines.push(this.line(...words));
  }

  blank(): void {
    this.lines.push('');
  }

  comment(...text: string[]): void {
    for (const line of text) this.lines.push(`# ${line}`);
  }

  /** The words of an action, with literals as variables, one option per line. */
  command(action: Action): string {
    return formatCommand(action, { multiline: true, quote: (value) => shellWord(value, this.variables) });
  }

  /** A command; with `capture`, its answer's id goes into a new variable that stands for `literal` from now on. */
  run(action: Action, capture?: { query: string; prefix: string; literal: string }): string | undefined {
    const command = this.command(action);
    this.lines.push('');
    if (!capture) {
      this.lines.push(command);
      return undefined;
    }
    const variable = this.nextVariable(capture.prefix);
    this.lines.push(`${variable}=$(${command} \\\n  --query '${capture.query}' --output text)`);
    this.define(capture.literal, variable);
    return variable;
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
