// A typed command line -> an Action, with the AWS CLI's own complaints for what it would refuse
// before sending anything (unknown command, unknown option, missing required argument).

import { DEFAULT_PROFILE, REGION } from '../constants.js';
import type { Action, VerbName } from '../actions/inputs.js';
import { isVerbName, verbs } from '../actions/registry.js';
import type { ParamSpec, VerbSpec } from '../actions/types.js';
import { parseStructure, parseStructureList } from './structures.js';
import { tokenize } from './tokenize.js';

export type ParsedCommand = { ok: true; action: Action } | { ok: false; message: string };

const SANDBOX_PREFIXES = new Set(['clock', 'file', 'app']);
/** The sandbox's one-word commands, as in a shell: `ls`, `cat NAME`. */
const SANDBOX_WORDS = new Set(['ls', 'cat']);

/** True for the sandbox's own commands (clock, file, app, ls, cat), typed without `aws`. */
export function isSandboxCommand(verb: string): boolean {
  return SANDBOX_WORDS.has(verb) || SANDBOX_PREFIXES.has(verb.split(' ')[0]!);
}
/** Global options of the AWS CLI the sandbox accepts anywhere on the line. */
const GLOBAL_WITH_VALUE = new Set(['--profile', '--region', '--output', '--query', '--cli-input-json']);
const GLOBAL_FLAGS = new Set(['--no-cli-pager', '--no-paginate', '--debug']);

function services(): string[] {
  return [...new Set(Object.keys(verbs).map((v) => v.split(' ')[0]!))]
    .filter((s) => !SANDBOX_PREFIXES.has(s) && !SANDBOX_WORDS.has(s))
    .sort();
}

function operationsOf(service: string): string[] {
  return Object.keys(verbs)
    .filter((v) => v.startsWith(`${service} `))
    .map((v) => v.slice(service.length + 1))
    .sort();
}

function invalidChoice(argument: string, choices: string[]): string {
  return `aws: error: argument ${argument}: Invalid choice, valid choices are:\n\n${choices.join(' | ')}`;
}

/** The usage line of a verb: its flags, required ones first. */
export function usageOf(verb: VerbName): string {
  const spec = verbs[verb] as VerbSpec;
  const prefix = isSandboxCommand(verb) ? verb : `aws ${verb}`;
  const parts = spec.params.map((p) => {
    if (p.kind === 'positional') return p.flag;
    const value = p.kind === 'string-list' || p.kind === 'structure-list' ? '<value> [<value>...]' : '<value>';
    return p.required ? `${p.flag} ${value}` : `[${p.flag} ${value}]`;
  });
  return `usage: ${[prefix, ...parts].join(' ')}\n${spec.summary}`;
}

function convert(spec: ParamSpec, values: string[]): { ok: true; value: unknown } | { ok: false; message: string } {
  const single = values[0] ?? '';
  switch (spec.kind) {
    case 'integer':
      if (!/^-?\d+$/.test(single))
        return {
          ok: false,
          message: `Error parsing parameter '${spec.flag}': invalid literal for int() with base 10: '${single}'`,
        };
      return { ok: true, value: Number(single) };
    case 'structure':
      return parseStructure(spec.flag, spec.key, single, spec.fields ?? {});
    case 'structure-list':
      return parseStructureList(spec.flag, spec.key, values, spec.fields ?? {});
    case 'string-list':
      return { ok: true, value: values };
    default:
      if (spec.choices && !spec.choices.includes(single))
        return { ok: false, message: invalidChoice(spec.flag, [...spec.choices]) };
      return { ok: true, value: single };
  }
}

function takesMany(spec: ParamSpec): boolean {
  return spec.kind === 'string-list' || spec.kind === 'structure-list';
}

export function parseCommand(line: string): ParsedCommand {
  const tokenized = tokenize(line);
  if (!tokenized.ok) return { ok: false, message: tokenized.message };
  const all = tokenized.tokens;
  if (all.length === 0)
    return {
      ok: false,
      message:
        'Type a command, for example: aws iam create-role --role-name app-role --assume-role-policy-document file://trust.json',
    };

  // Global options may appear anywhere; take them out first.
  const words: string[] = [];
  let profile: string | undefined;
  for (let i = 0; i < all.length; i++) {
    const token = all[i]!;
    const [name, inline] =
      token.startsWith('--') && token.includes('=')
        ? [token.slice(0, token.indexOf('=')), token.slice(token.indexOf('=') + 1)]
        : [token, undefined];
    if (GLOBAL_FLAGS.has(name)) continue;
    if (GLOBAL_WITH_VALUE.has(name)) {
      const value = inline ?? all[++i];
      if (value === undefined) return { ok: false, message: `aws: error: argument ${name}: expected one argument` };
      if (name === '--profile') profile = value;
      if (name === '--region' && value !== REGION)
        return {
          ok: false,
          message: `The sandbox simulates one Region, ${REGION}; leave out --region or use --region ${REGION}.`,
        };
      if (name === '--cli-input-json')
        return { ok: false, message: 'The sandbox does not read --cli-input-json; give each parameter as an option.' };
      continue;
    }
    words.push(token);
  }

  let verb: string;
  let rest: string[];
  if (words[0] === 'aws') {
    const service = words[1];
    if (service === undefined || service.startsWith('--'))
      return { ok: false, message: 'aws: error: the following arguments are required: command' };
    if (!services().includes(service)) return { ok: false, message: invalidChoice('command', services()) };
    const operation = words[2];
    if (operation === undefined || operation.startsWith('--'))
      return { ok: false, message: 'aws: error: the following arguments are required: operation' };
    if (operation === 'help')
      return {
        ok: false,
        message: operationsOf(service)
          .map((op) => usageOf(`${service} ${op}` as VerbName))
          .join('\n\n'),
      };
    if (!operationsOf(service).includes(operation))
      return { ok: false, message: invalidChoice('operation', operationsOf(service)) };
    verb = `${service} ${operation}`;
    rest = words.slice(3);
  } else if (words[0] !== undefined && SANDBOX_WORDS.has(words[0])) {
    verb = words[0];
    rest = words.slice(1);
  } else if (words[0] !== undefined && SANDBOX_PREFIXES.has(words[0])) {
    verb = `${words[0]} ${words[1] ?? ''}`;
    if (!isVerbName(verb)) {
      const known = Object.keys(verbs).filter((v) => v.startsWith(`${words[0]} `));
      return { ok: false, message: `Unknown sandbox command "${verb.trim()}". Try: ${known.join(', ')}.` };
    }
    rest = words.slice(2);
  } else {
    return {
      ok: false,
      message: `Commands start with "aws" (or clock, file, app, ls, cat for the sandbox's own commands); got "${words[0] ?? ''}".`,
    };
  }
  if (!isVerbName(verb)) return { ok: false, message: `Unknown command ${verb}.` };
  const spec = verbs[verb] as VerbSpec;
  if (rest.includes('help')) return { ok: false, message: usageOf(verb) };

  const values = new Map<ParamSpec, string[]>();
  const positionals = spec.params.filter((p) => p.kind === 'positional');
  const unknown: string[] = [];
  let nextPositional = 0;
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    if (!token.startsWith('--')) {
      const p = positionals[nextPositional++];
      if (p) values.set(p, [token]);
      else unknown.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = eq > 0 ? token.slice(0, eq) : token;
    const p = spec.params.find((s) => s.flag === name && s.kind !== 'positional');
    if (!p) {
      unknown.push(token);
      continue;
    }
    const got: string[] = eq > 0 ? [token.slice(eq + 1)] : [];
    if (takesMany(p)) {
      while (i + 1 < rest.length && !rest[i + 1]!.startsWith('--')) got.push(rest[++i]!);
    } else if (eq < 0) {
      const next = rest[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        got.push(next);
        i++;
      }
    }
    if (got.length === 0)
      return {
        ok: false,
        message: `aws: error: argument ${name}: expected ${takesMany(p) ? 'at least one argument' : 'one argument'}`,
      };
    values.set(p, got);
  }
  if (unknown.length > 0) return { ok: false, message: `Unknown options: ${unknown.join(', ')}` };
  const missing = spec.params.filter((p) => p.required && !values.has(p)).map((p) => p.flag);
  if (missing.length > 0)
    return { ok: false, message: `aws: error: the following arguments are required: ${missing.join(', ')}` };

  const input: Record<string, unknown> = {};
  for (const [p, raw] of values) {
    const converted = convert(p, raw);
    if (!converted.ok) return converted;
    input[p.key] = converted.value;
  }
  const action = { verb, input } as Action;
  if (profile !== undefined && profile !== DEFAULT_PROFILE) action.profile = profile;
  return { ok: true, action };
}
