// Is the CLI profile's IAM user allowed to make this API call? Every action asks the IAM engine
// with the user's own policies, so a scenario can take permissions (such as iam:PassRole) away.

import { type ContextValue, evaluate } from '../iam/index.js';
import { notAuthorizedMessage } from './denial.js';
import { type AwsError, awsError } from './errors.js';
import { lowerAlnumFrom } from './hash.js';
import { userIdentityPolicies } from './policies/identity.js';
import type { CliProfile, World } from './world/types.js';

/** How each service words an authorization failure. */
export type DenialStyle = 'iam' | 'sts' | 's3' | 'ec2' | 'ecs' | 'lambda' | 'dynamodb';

export interface ApiRequest {
  action: string;
  resource: string;
  context?: Record<string, ContextValue>;
}

/**
 * A stand-in for the opaque string EC2 appends to UnauthorizedOperation. AWS encodes the details
 * of the decision (principal, action, resource, context) in it, and `aws sts
 * decode-authorization-message --encoded-message ...` turns a real one back into JSON. This one is
 * fake (marked IAMTUTORFAKE) and decodes to nothing; it is derived from the message, so the same
 * failure always shows the same string.
 */
export function encodedFailureMessage(message: string): string {
  return `IAMTUTORFAKE-${lowerAlnumFrom(`encoded-authorization-failure|${message}`, 48)}`;
}

export function denialError(
  style: DenialStyle,
  message: string,
  decision: AwsError['decision'],
  action?: string,
): AwsError {
  const extra = decision ? { decision } : {};
  switch (style) {
    case 'ec2': {
      // EC2 prefixes its own sentence and names the failing action (often iam:PassRole) after it.
      // Only some operations add an encoded authorization failure message: those that act on
      // resources, such as RunInstances; the sandbox leaves it off the read-only Describe calls.
      const encoded = action?.startsWith('ec2:Describe')
        ? ''
        : `. Encoded authorization failure message: ${encodedFailureMessage(message)}`;
      return awsError(
        'UnauthorizedOperation',
        `You are not authorized to perform this operation. ${message}${encoded}`,
        extra,
      );
    }
    case 'ecs':
    case 'lambda':
    case 'dynamodb':
      return awsError('AccessDeniedException', message, extra);
    default:
      return awsError('AccessDenied', message, extra);
  }
}

/** Undefined when allowed; otherwise the error the service would return. */
export function authorizeProfile(
  world: World,
  profile: CliProfile,
  request: ApiRequest,
  style: DenialStyle,
): AwsError | undefined {
  const user = world.accounts[profile.account]?.users[profile.userName];
  if (!user) return awsError('InvalidClientTokenId', 'The security token included in the request is invalid.');
  const decision = evaluate(
    request.context
      ? { principal: { arn: user.arn }, action: request.action, resource: request.resource, context: request.context }
      : { principal: { arn: user.arn }, action: request.action, resource: request.resource },
    { identity: userIdentityPolicies(world, user) },
    // The simulated clock, so aws:CurrentTime conditions follow the sandbox, not the wall.
    { now: world.now },
  );
  if (decision.decision === 'Allow') return undefined;
  return denialError(
    style,
    notAuthorizedMessage(user.arn, request.action, request.resource, decision),
    decision,
    request.action,
  );
}
