// A policy document argument, loaded (inline or file://) and checked by the IAM engine, with
// errors worded the way the receiving service words them.

import type { PolicyDocumentJson, PolicyError, PolicyKind } from '../../iam/index.js';
import { type AwsError, awsError, cliError } from '../errors.js';
import { checkPolicyText, loadParameterText } from '../policies/documents.js';
import type { World } from '../world/types.js';

export type PolicyArgument = { ok: true; json: PolicyDocumentJson } | { ok: false; error: AwsError };

function where(e: PolicyError): string {
  return `line ${e.line}, column ${e.column}`;
}

function iamError(e: PolicyError): AwsError {
  const hint = e.hint ? `${e.hint} (${where(e)})` : `See ${where(e)}.`;
  return awsError(e.code === 'LimitExceeded' ? 'LimitExceeded' : 'MalformedPolicyDocument', e.message, { hint });
}

/** S3 answers MalformedPolicy with shorter messages than IAM's. */
function s3Error(e: PolicyError): AwsError {
  let message = e.message;
  if (message.startsWith('Invalid principal')) message = 'Invalid principal in policy';
  else if (/Resource .* must be in ARN format/.test(message)) message = 'Policy has invalid resource';
  const hint = e.hint ? `${e.hint} (${where(e)})` : `See ${where(e)}.`;
  return awsError('MalformedPolicy', message, { hint });
}

function dynamoError(e: PolicyError): AwsError {
  return awsError('ValidationException', e.message, e.hint ? { hint: `${e.hint} (${where(e)})` } : {});
}

export function loadPolicyArgument(
  world: World,
  flag: string,
  raw: string,
  kind: PolicyKind,
  service: 'iam' | 's3' | 'dynamodb',
): PolicyArgument {
  const loaded = loadParameterText(world, flag, raw);
  if (!loaded.ok) return { ok: false, error: cliError(loaded.message) };
  const checked = checkPolicyText(loaded.text, kind);
  if (checked.ok) return { ok: true, json: checked.json };
  const first = checked.errors[0]!;
  const error = service === 'iam' ? iamError(first) : service === 's3' ? s3Error(first) : dynamoError(first);
  return { ok: false, error };
}
