// aws lambda delete-function: delete a function (by name or ARN). Its execution role stays: it
// belongs to IAM, not to the function.
// https://docs.aws.amazon.com/lambda/latest/api/API_DeleteFunction.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { functionArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const deleteFunction: VerbSpec<'lambda delete-function'> = {
  verb: 'lambda delete-function',
  operation: 'DeleteFunction',
  summary: 'Delete a Lambda function (its execution role stays).',
  mutates: true,
  params: [{ flag: '--function-name', key: 'functionName', kind: 'string', required: true }],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const fn =
      account.functions[input.functionName] ??
      Object.values(account.functions).find((f) => f.arn === input.functionName);
    const arn =
      fn?.arn ??
      (input.functionName.startsWith('arn:') ? input.functionName : functionArn(account.id, input.functionName));
    const denied = authorizeProfile(world, ctx.profile, { action: 'lambda:DeleteFunction', resource: arn }, 'lambda');
    if (denied) return failed(denied);
    if (!fn) return failed(awsError('ResourceNotFoundException', `Function not found: ${arn}`));
    const draft = draftOf(world);
    delete profileAccount(draft, ctx).functions[fn.name];
    return done(draft);
  },
};
