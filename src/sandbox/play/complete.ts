// Tab completion at the sandbox prompt, read from the verb registry (services, operations, flags,
// choices) and from the world (roles, profiles, instances, files ...). A verb added to the
// registry completes without a change here; only which flag names which kind of resource is listed.
import { verbNames, verbs } from '../actions/registry.js';
import type { ParamSpec, VerbSpec } from '../actions/types.js';
import type { World } from '../world/types.js';

export interface Completion {
  /** The line with the completion applied (unchanged when nothing fits). */
  text: string;
  /** Everything that fits here when more than one does, for the learner to choose from. */
  candidates: string[];
}

/** The AWS services the sandbox knows: a line that starts with one is an aws command. */
export function awsServices(): string[] {
  return [...new Set(verbNames.filter((v) => !(verbs[v] as VerbSpec).sandboxOnly).map((v) => v.split(' ')[0]!))];
}

/** Accepts a command with or without the leading `aws` (the prompt already shows `aws>`). */
export function withAws(line: string): string {
  const text = line.trim();
  const first = text.split(/\s+/)[0] ?? '';
  return awsServices().includes(first) ? `aws ${text}` : text;
}

const accounts = (w: World) => Object.values(w.accounts);

/** Which world resources a flag's value names. */
const valuesByFlag: Record<string, (w: World) => string[]> = {
  '--role-name': (w) => accounts(w).flatMap((a) => Object.keys(a.roles)),
  '--role': (w) => accounts(w).flatMap((a) => Object.values(a.roles).map((r) => r.arn)),
  '--role-arn': (w) => accounts(w).flatMap((a) => Object.values(a.roles).map((r) => r.arn)),
  '--task-role-arn': (w) => accounts(w).flatMap((a) => Object.values(a.roles).map((r) => r.arn)),
  '--execution-role-arn': (w) => accounts(w).flatMap((a) => Object.values(a.roles).map((r) => r.arn)),
  '--assume-role-arn': (w) => accounts(w).flatMap((a) => Object.values(a.roles).map((r) => r.arn)),
  '--instance-profile-name': (w) => accounts(w).flatMap((a) => Object.keys(a.instanceProfiles)),
  '--iam-instance-profile': (w) => accounts(w).flatMap((a) => Object.keys(a.instanceProfiles).map((n) => `Name=${n}`)),
  '--instance-id': (w) => accounts(w).flatMap((a) => Object.keys(a.instances)),
  '--instance-ids': (w) => accounts(w).flatMap((a) => Object.keys(a.instances)),
  '--association-id': (w) =>
    accounts(w).flatMap((a) => Object.values(a.instances).flatMap((i) => i.association?.associationId ?? [])),
  '--policy-arn': (w) => accounts(w).flatMap((a) => Object.keys(a.policies)),
  '--user-name': (w) => accounts(w).flatMap((a) => Object.keys(a.users)),
  '--cluster': (w) => accounts(w).flatMap((a) => Object.keys(a.clusters)),
  '--cluster-name': (w) => accounts(w).flatMap((a) => Object.keys(a.clusters)),
  '--task-definition': (w) => [
    ...new Set(accounts(w).flatMap((a) => Object.values(a.taskDefinitions).map((t) => t.family))),
  ],
  '--function-name': (w) => accounts(w).flatMap((a) => Object.keys(a.functions)),
  '--table-name': (w) => accounts(w).flatMap((a) => Object.keys(a.tables)),
  '--bucket': (w) => accounts(w).flatMap((a) => Object.keys(a.buckets)),
  '--profile': (w) => Object.keys(w.profiles),
};

const files = (w: World) => Object.keys(w.files);

/** The values a flag (or positional) may take here, from its spec and the world. */
function valuesFor(param: ParamSpec | undefined, flag: string, world: World): string[] {
  if (param?.choices) return [...param.choices];
  if (param?.kind === 'document') return files(world).map((name) => `file://${name}`);
  // A positional names a file for the sandbox's file commands (file write NAME, cat NAME ...).
  if (param?.kind === 'positional' && /NAME|FILE/i.test(param.flag)) return files(world);
  return valuesByFlag[flag]?.(world) ?? [];
}

function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Replaces the last word with what the candidates share (and a space when only one fits). */
function finish(before: string, word: string, options: string[]): Completion {
  const fits = [...new Set(options.filter((o) => o.startsWith(word)))].sort();
  if (fits.length === 0) return { text: before + word, candidates: [] };
  if (fits.length === 1) return { text: `${before}${fits[0]} `, candidates: [] };
  return { text: before + commonPrefix(fits), candidates: fits };
}

export function complete(line: string, world: World): Completion {
  // Inside an open quote (a JSON document typed inline) there is nothing to complete.
  if ((line.match(/'/g)?.length ?? 0) % 2 === 1 || (line.match(/"/g)?.length ?? 0) % 2 === 1)
    return { text: line, candidates: [] };
  const lead = /^\s*(aws\s+)?/.exec(line)![0];
  const body = line.slice(lead.length);
  const words = body.split(/\s+/);
  const word = words.at(-1) ?? '';
  const done = words.slice(0, -1);
  const before = line.slice(0, line.length - word.length);
  const named = lead.trim() === 'aws';
  const verbList = verbNames.filter((v) => !named || !(verbs[v] as VerbSpec).sandboxOnly);
  // `edit NAME` opens the policy editor (a command of the screen, not a verb): it takes a file name.
  const screenCommands = named ? [] : ['edit'];
  if (done.length === 0) return finish(before, word, [...verbList.map((v) => v.split(' ')[0]!), ...screenCommands]);
  if (done[0] === 'edit' && !named)
    return done.length === 1 ? finish(before, word, files(world)) : { text: line, candidates: [] };
  if (done.length === 1)
    return finish(
      before,
      word,
      verbList.filter((v) => v.startsWith(`${done[0]} `)).map((v) => v.split(' ')[1]!),
    );
  const verb = `${done[0]} ${done[1]}`;
  const spec = verbList.includes(verb as (typeof verbNames)[number])
    ? (verbs[verb as keyof typeof verbs] as VerbSpec)
    : undefined;
  if (spec === undefined) return { text: line, candidates: [] };
  const args = done.slice(2);
  const previous = args.at(-1);
  const flagParam = spec.params.find((p) => p.flag === previous && p.kind !== 'positional');
  if (previous !== undefined && (flagParam !== undefined || previous === '--profile'))
    return finish(before, word, valuesFor(flagParam, previous, world));
  const positionals = spec.params.filter((p) => p.kind === 'positional');
  const positional = positionals[positionalsGiven(args, spec)];
  if (word.startsWith('-') || (word === '' && positional === undefined)) {
    const used = new Set(args.filter((a) => a.startsWith('--')));
    return finish(
      before,
      word,
      spec.params.filter((p) => p.kind !== 'positional' && !used.has(p.flag)).map((p) => p.flag),
    );
  }
  return finish(before, word, valuesFor(positional, '', world));
}

/** How many positional arguments the words after the verb already hold (a flag's value is not one). */
function positionalsGiven(args: string[], spec: VerbSpec): number {
  let count = 0;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      if (!arg.includes('=') && spec.params.some((p) => p.flag === arg && p.kind !== 'positional')) i++;
    } else count++;
  }
  return count;
}
