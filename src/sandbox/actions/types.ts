// The shape every verb shares: its CLI flags (for parsing and printing command lines) and a pure
// run function (world, input) -> new world and output, or an AWS error and the world unchanged.

import type { AwsError } from '../errors.js';
import type { CliProfile, World } from '../world/types.js';
import type { Action, ActionInputs, VerbName } from './inputs.js';

/**
 * How a flag's value is read:
 * - string / integer: one value
 * - document: text passed as is or read from file://NAME (policies, container definitions, user data)
 * - structure: shorthand Key=Value,Key2=Value2 or JSON
 * - structure-list: several structures separated by spaces, or a JSON list
 * - string-list: several values separated by spaces
 * - positional: a bare argument (sandbox verbs such as `clock advance 2h`)
 */
export type ParamKind =
  | 'string'
  | 'integer'
  | 'document'
  | 'structure'
  | 'structure-list'
  | 'string-list'
  | 'positional';

export interface ParamSpec {
  /** '--role-name'; for positionals the placeholder shown in usage, e.g. 'DURATION'. */
  flag: string;
  /** Key in the verb's input object. */
  key: string;
  kind: ParamKind;
  required?: boolean;
  /** Fields a structure accepts and their types. */
  fields?: Readonly<Record<string, 'string' | 'integer'>>;
  /** Values the CLI accepts (checked before anything is sent, like the real CLI's choices). */
  choices?: readonly string[];
}

export interface ActionContext {
  profile: CliProfile;
  now: number;
}

export type RunOutput = { ok: true; world: World; output?: unknown; notes?: string[] } | { ok: false; error: AwsError };

export interface VerbSpec<V extends VerbName = VerbName> {
  verb: V;
  /** The API operation, as named in "An error occurred (...) when calling the CreateRole operation". */
  operation: string;
  summary: string;
  params: readonly ParamSpec[];
  /** False for read-only verbs (get-role, describe-..., assume-role), which the CLI script export leaves out. */
  mutates: boolean;
  /** Verbs the sandbox adds (clock, files, app): never exported as AWS commands. */
  sandboxOnly?: boolean;
  run(world: World, input: ActionInputs[V], ctx: ActionContext): RunOutput;
}

export type Outcome =
  | { ok: true; output?: unknown; notes?: string[] }
  | {
      ok: false;
      error: AwsError;
      /** The line the AWS CLI would print. */
      line: string;
    };

export interface ActionResult {
  /** The world after the action; the same object as before when the action failed. */
  world: World;
  action: Action;
  outcome: Outcome;
  /** The equivalent `aws ...` command line. */
  command: string;
}
