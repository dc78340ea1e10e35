// Small helpers shared by the verb handlers.

import type { AwsError } from '../errors.js';
import { awsError } from '../errors.js';
import type { Account, Role, World } from '../world/types.js';
import type { ActionContext, RunOutput } from './types.js';

export function done(world: World, output?: unknown, notes?: string[]): RunOutput {
  const out: RunOutput = { ok: true, world };
  if (output !== undefined) out.output = output;
  if (notes && notes.length > 0) out.notes = notes;
  return out;
}

export function failed(error: AwsError): RunOutput {
  return { ok: false, error };
}

/** The account the command's profile signs into, in the draft world being built. */
export function profileAccount(draft: World, ctx: ActionContext): Account {
  const account = draft.accounts[ctx.profile.account];
  if (!account) throw new Error(`profile ${ctx.profile.name} points at a missing account ${ctx.profile.account}`);
  return account;
}

export function noSuchRole(name: string): AwsError {
  return awsError('NoSuchEntity', `The role with name ${name} cannot be found.`);
}

export function getRole(account: Account, name: string): Role | AwsError {
  return account.roles[name] ?? noSuchRole(name);
}

export function isError(value: unknown): value is AwsError {
  return typeof value === 'object' && value !== null && 'code' in value && 'source' in value && 'message' in value;
}

/** IAM names: letters, digits and _+=,.@- (the API's [\w+=,.@-]+ pattern), with a length cap. */
export function checkIamName(value: string, member: string, max: number): AwsError | undefined {
  if (!/^[\w+=,.@-]+$/.test(value)) {
    return awsError(
      'ValidationError',
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`,
    );
  }
  if (value.length > max) {
    return awsError(
      'ValidationError',
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
  }
  return undefined;
}

/** A role's MaxSessionDuration: 3600 (1 hour) to 43200 (12 hours) seconds, as CreateRole and UpdateRole check it. */
export function checkMaxSessionDuration(seconds: number): AwsError | undefined {
  if (seconds >= 3600 && seconds <= 43200) return undefined;
  return awsError(
    'ValidationError',
    `1 validation error detected: Value '${seconds}' at 'maxSessionDuration' failed to satisfy constraint: Member must have value ${seconds < 3600 ? 'greater than or equal to 3600' : 'less than or equal to 43200'}`,
    { hint: 'MaxSessionDuration is in seconds, from 3600 (1 hour) to 43200 (12 hours).' },
  );
}

/** IAM paths: "/" or "/segment/.../" (the API's pattern). */
export function checkIamPath(path: string): AwsError | undefined {
  if (path === '/' || /^\/[\u0021-\u007E]*\/$/.test(path)) return undefined;
  return awsError(
    'ValidationError',
    `The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.`,
  );
}
