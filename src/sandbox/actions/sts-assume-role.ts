// aws sts assume-role, signed by the profile's IAM user: prints temporary credentials. It changes
// nothing in the world (the credentials are derived from the clock), so it is not exported.

import { awsError } from '../errors.js';
import { assumeRole } from '../sts.js';
import { isoCli } from '../time.js';
import { done, failed } from './support.js';
import type { VerbSpec } from './types.js';

export const stsAssumeRole: VerbSpec<'sts assume-role'> = {
  verb: 'sts assume-role',
  operation: 'AssumeRole',
  summary: 'Assume a role and print its temporary credentials.',
  mutates: false,
  params: [
    { flag: '--role-arn', key: 'roleArn', kind: 'string', required: true },
    { flag: '--role-session-name', key: 'roleSessionName', kind: 'string', required: true },
    { flag: '--duration-seconds', key: 'durationSeconds', kind: 'integer' },
    { flag: '--external-id', key: 'externalId', kind: 'string' },
  ],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const user = account.users[ctx.profile.userName];
    if (!user)
      return failed(awsError('InvalidClientTokenId', 'The security token included in the request is invalid.'));
    const result = assumeRole(world, { kind: 'user', account, user }, input, ctx.now);
    if (!result.ok) return failed(result.error);
    return done(world, {
      Credentials: {
        AccessKeyId: result.credentials.accessKeyId,
        SecretAccessKey: result.credentials.secretAccessKey,
        SessionToken: result.credentials.sessionToken,
        Expiration: isoCli(result.credentials.expiration),
      },
      AssumedRoleUser: { AssumedRoleId: result.assumedRoleId, Arn: result.session.arn },
    });
  },
};
