// aws s3api delete-bucket: delete a bucket, and its bucket policy with it. S3 only deletes an empty
// bucket; the sandbox stores no objects, so every bucket here is empty. Another account's bucket
// cannot be deleted from this account.
// https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucket.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { bucketArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { findBucket } from '../world/lookup.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const deleteBucket: VerbSpec<'s3api delete-bucket'> = {
  verb: 's3api delete-bucket',
  operation: 'DeleteBucket',
  summary: 'Delete an (empty) S3 bucket.',
  mutates: true,
  params: [{ flag: '--bucket', key: 'bucket', kind: 'string', required: true }],
  run(world, input, ctx) {
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 's3:DeleteBucket', resource: bucketArn(input.bucket) },
      's3',
    );
    if (denied) return failed(denied);
    const found = findBucket(world, input.bucket);
    if (!found) return failed(awsError('NoSuchBucket', 'The specified bucket does not exist'));
    if (found.account.id !== ctx.profile.account) {
      return failed(
        awsError('AccessDenied', 'Access Denied', {
          hint: `Bucket ${input.bucket} belongs to account ${found.account.id}; bucket names are global, but the bucket is not yours.`,
        }),
      );
    }
    const draft = draftOf(world);
    delete profileAccount(draft, ctx).buckets[input.bucket];
    return done(draft);
  },
};
