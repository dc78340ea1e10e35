// Syntax colour for the fenced code in lessons. Hand-written and tiny on purpose: four languages,
// a handful of token roles, no grammar files to load at startup.
import type { StyledLine } from '../types.js';
import { scanCode } from './code-scanner.js';
import { highlightJson } from './json.js';
import { javascriptRules, pythonRules } from './languages.js';
import { highlightShell } from './shell.js';

type Highlighter = (code: string) => StyledLine[];

const byLanguage: Record<string, Highlighter> = {
  json: highlightJson,
  sh: highlightShell,
  shell: highlightShell,
  bash: highlightShell,
  zsh: highlightShell,
  console: highlightShell,
  js: (code) => scanCode(code, javascriptRules),
  javascript: (code) => scanCode(code, javascriptRules),
  mjs: (code) => scanCode(code, javascriptRules),
  ts: (code) => scanCode(code, javascriptRules),
  typescript: (code) => scanCode(code, javascriptRules),
  python: (code) => scanCode(code, pythonRules),
  py: (code) => scanCode(code, pythonRules),
};

/** Coloured lines for a known language, or undefined to draw the code as plain text. */
export function highlightCode(language: string, code: string): StyledLine[] | undefined {
  const key = language.toLowerCase();
  return Object.hasOwn(byLanguage, key) ? byLanguage[key]!(code) : undefined;
}

export function isHighlighted(language: string): boolean {
  return Object.hasOwn(byLanguage, language.toLowerCase());
}
