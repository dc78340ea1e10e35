// Errors as AWS and the AWS CLI report them. `source` says who refused: an AWS service ('aws',
// printed as "An error occurred (Code) when calling the Op operation: ..."), the CLI itself before
// sending anything ('cli'), or the sandbox for things it does not simulate ('sandbox').

import type { Decision } from '../iam/index.js';

export interface AwsError {
  code: string;
  message: string;
  source: 'aws' | 'cli' | 'sandbox';
  /** What to do about it: the tutor's addition, AWS does not print this. */
  hint?: string;
  /** The IAM engine's decision when the error is an authorization failure. */
  decision?: Decision;
}

export function awsError(
  code: string,
  message: string,
  extra: Partial<Pick<AwsError, 'hint' | 'decision'>> = {},
): AwsError {
  return { code, message, source: 'aws', ...extra };
}

export function cliError(message: string, hint?: string): AwsError {
  return hint ? { code: 'CliError', message, source: 'cli', hint } : { code: 'CliError', message, source: 'cli' };
}

export function sandboxError(message: string, hint?: string): AwsError {
  return hint
    ? { code: 'SandboxError', message, source: 'sandbox', hint }
    : { code: 'SandboxError', message, source: 'sandbox' };
}

/** The line the AWS CLI prints for an error, e.g. "An error occurred (NoSuchEntity) when calling the GetRole operation: ...". */
export function formatAwsError(operation: string, error: AwsError): string {
  if (error.source === 'aws')
    return `An error occurred (${error.code}) when calling the ${operation} operation: ${error.message}`;
  return error.message;
}
