// An Action -> the command line that does it: `aws iam create-role --role-name app-role ...`.
// parseCommand(formatCommand(action)) gives the action back.

import { DEFAULT_PROFILE } from '../constants.js';
import type { Action } from '../actions/inputs.js';
import { verbs } from '../actions/registry.js';
import type { ParamSpec, VerbSpec } from '../actions/types.js';
import { shellQuote } from './quote.js';
import { formatStructure, type StructureValue } from './structures.js';

export interface FormatOptions {
  /** One option per line with backslash continuations, for scripts. */
  multiline?: boolean;
  /** How a value becomes one shell word (default shellQuote); exports put shell variables in. */
  quote?: (value: string) => string;
}

function words(p: ParamSpec, value: unknown, quote: (value: string) => string): string[] {
  switch (p.kind) {
    case 'structure':
      return [quote(formatStructure(value as StructureValue))];
    case 'structure-list':
      return (value as StructureValue[]).map((v) => quote(formatStructure(v)));
    case 'string-list':
      return (value as string[]).map(quote);
    case 'integer':
      return [String(value)];
    default:
      return [quote(String(value))];
  }
}

export function formatCommand(action: Action, options: FormatOptions = {}): string {
  const spec = verbs[action.verb] as VerbSpec;
  const input = action.input as unknown as Record<string, unknown>;
  const head = spec.sandboxOnly ? action.verb : `aws ${action.verb}`;
  const parts: string[] = [];
  for (const p of spec.params) {
    const value = input[p.key];
    if (value === undefined) continue;
    const rendered = words(p, value, options.quote ?? shellQuote).join(' ');
    parts.push(p.kind === 'positional' ? rendered : `${p.flag} ${rendered}`);
  }
  if (action.profile !== undefined && action.profile !== DEFAULT_PROFILE)
    parts.push(`--profile ${shellQuote(action.profile)}`);
  if (parts.length === 0) return head;
  return options.multiline && parts.length > 1
    ? `${head} \\\n  ${parts.join(' \\\n  ')}`
    : `${head} ${parts.join(' ')}`;
}
