// A Lambda function: the Lambda service assumes the execution role (trust must name
// lambda.amazonaws.com) and puts the temporary credentials into the function's environment
// variables, so the SDK's first provider, the environment, finds them.
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html
// https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime

import { canAssumeRole } from '../../iam/index.js';
import { fakeCredentials, rotationWindow, SANDBOX_SESSION_MS } from '../credentials.js';
import { roleSession } from '../sessions.js';
import { findRoleByArn } from '../world/lookup.js';
import type { LambdaFunction, World } from '../world/types.js';
import type { FoundCredentials } from './found.js';
import type { Timeline } from './timeline.js';
import { traceLines } from './trace-lines.js';

export function lambdaCredentials(
  world: World,
  fn: LambdaFunction,
  tl: Timeline,
): FoundCredentials | { error: { code: string; message: string } } {
  const found = findRoleByArn(world, fn.roleArn);
  const window = rotationWindow(fn.createdAt, tl.t);
  tl.add(
    {
      actor: 'service',
      what: `Lambda assumes the execution role ${fn.roleArn}`,
      why: 'the function runs with its execution role; Lambda obtains the credentials, the code never sees how',
      status: 'ok',
    },
    { at: window.issuedAt },
  );
  const trust = found
    ? canAssumeRole({
        role: { arn: found.role.arn, trustPolicy: found.role.trustPolicy },
        caller: { service: 'lambda.amazonaws.com' },
        now: world.now,
      })
    : undefined;
  if (!found || trust?.decision !== 'Allow') {
    tl.add(
      {
        actor: 'sts',
        what: 'refuses lambda.amazonaws.com',
        why: trust?.summary ?? `there is no role ${fn.roleArn}`,
        status: 'fail',
        ...(trust ? { decision: trust, detail: traceLines(trust) } : {}),
      },
      { at: window.issuedAt },
    );
    return {
      error: {
        code: 'InvalidParameterValueException',
        message: 'The role defined for the function cannot be assumed by Lambda.',
      },
    };
  }
  tl.add(
    {
      actor: 'sts',
      what: 'lets lambda.amazonaws.com assume the execution role',
      why: trust.summary,
      status: 'ok',
      decision: trust,
      detail: traceLines(trust),
    },
    { at: window.issuedAt },
  );
  const credentials = fakeCredentials(`${found.role.arn}|${fn.name}`, window.issuedAt, SANDBOX_SESSION_MS);
  tl.add({
    actor: 'sdk',
    what: 'environment variables: found credentials',
    why: 'Lambda set AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN for the function; the environment is the first link of every SDK chain',
    status: 'ok',
    detail: [`AWS_ACCESS_KEY_ID=${credentials.accessKeyId}`],
  });
  return { source: 'environment', session: roleSession(found.account, found.role, fn.name), credentials };
}
