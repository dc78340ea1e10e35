// aws lambda create-function: the function's execution role must trust lambda.amazonaws.com, and
// the caller must be allowed to pass it (iam:PassRole).
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html

import { canAssumeRole } from '../../iam/index.js';
import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { isoCli } from '../time.js';
import { functionArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { findRoleByArn } from '../world/lookup.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const createFunction: VerbSpec<'lambda create-function'> = {
  verb: 'lambda create-function',
  operation: 'CreateFunction',
  summary: 'Create a Lambda function with an execution role.',
  mutates: true,
  params: [
    { flag: '--function-name', key: 'functionName', kind: 'string', required: true },
    { flag: '--runtime', key: 'runtime', kind: 'string', required: true },
    { flag: '--role', key: 'role', kind: 'string', required: true },
    { flag: '--handler', key: 'handler', kind: 'string', required: true },
    { flag: '--zip-file', key: 'zipFile', kind: 'string' },
  ],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const arn = functionArn(account.id, input.functionName);
    const denied = authorizeProfile(world, ctx.profile, { action: 'lambda:CreateFunction', resource: arn }, 'lambda');
    if (denied) return failed(denied);
    if (!/^[a-zA-Z0-9_-]{1,64}$/.test(input.functionName)) {
      return failed(
        awsError(
          'ValidationException',
          `1 validation error detected: Value '${input.functionName}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+`,
        ),
      );
    }
    if (account.functions[input.functionName])
      return failed(awsError('ResourceConflictException', `Function already exist: ${input.functionName}`));
    const passDenied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'iam:PassRole', resource: input.role, context: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
      'lambda',
    );
    if (passDenied) return failed(passDenied);
    const role = findRoleByArn(world, input.role);
    const trust = role
      ? canAssumeRole({
          role: { arn: role.role.arn, trustPolicy: role.role.trustPolicy },
          caller: { service: 'lambda.amazonaws.com' },
          now: world.now,
        })
      : undefined;
    if (!role || trust?.decision !== 'Allow') {
      return failed(
        awsError('InvalidParameterValueException', 'The role defined for the function cannot be assumed by Lambda.', {
          hint: role
            ? `${role.role.name} must trust the service principal lambda.amazonaws.com.`
            : `There is no role ${input.role}.`,
          ...(trust ? { decision: trust } : {}),
        }),
      );
    }
    const draft = draftOf(world);
    profileAccount(draft, ctx).functions[input.functionName] = {
      name: input.functionName,
      arn,
      runtime: input.runtime,
      roleArn: input.role,
      handler: input.handler,
      createdAt: ctx.now,
    };
    return done(draft, {
      FunctionName: input.functionName,
      FunctionArn: arn,
      Runtime: input.runtime,
      Role: input.role,
      Handler: input.handler,
      LastModified: isoCli(ctx.now),
      State: 'Pending',
    });
  },
};
