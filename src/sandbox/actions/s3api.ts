// S3 buckets and bucket policies. Bucket names are global: one account's bucket name is taken for
// everyone. A bucket policy is a resource-based policy: it names principals and may only name
// this bucket and its objects as resources.
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { bucketArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { findBucket } from '../world/lookup.js';
import type { PolicyDocumentJson } from '../../iam/index.js';
import { loadPolicyArgument } from './policy-argument.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export const createBucket: VerbSpec<'s3api create-bucket'> = {
  verb: 's3api create-bucket',
  operation: 'CreateBucket',
  summary: 'Create an S3 bucket (us-east-1).',
  mutates: true,
  params: [{ flag: '--bucket', key: 'bucket', kind: 'string', required: true }],
  run(world, input, ctx) {
    if (!BUCKET_NAME.test(input.bucket) || input.bucket.includes('..')) {
      return failed(
        awsError('InvalidBucketName', 'The specified bucket is not valid.', {
          hint: 'Bucket names are 3-63 characters: lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.',
        }),
      );
    }
    const arn = bucketArn(input.bucket);
    const denied = authorizeProfile(world, ctx.profile, { action: 's3:CreateBucket', resource: arn }, 's3');
    if (denied) return failed(denied);
    const existing = findBucket(world, input.bucket);
    if (existing) {
      return failed(
        existing.account.id === ctx.profile.account
          ? awsError(
              'BucketAlreadyOwnedByYou',
              'Your previous request to create the named bucket succeeded and you already own it.',
            )
          : awsError(
              'BucketAlreadyExists',
              'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
            ),
      );
    }
    const draft = draftOf(world);
    profileAccount(draft, ctx).buckets[input.bucket] = { name: input.bucket, arn, createdAt: ctx.now };
    return done(draft, { Location: `/${input.bucket}` });
  },
};

function resourcesOf(doc: PolicyDocumentJson): string[] {
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  return statements.flatMap((s) => {
    const r = s.Resource ?? s.NotResource ?? [];
    return Array.isArray(r) ? r : [r];
  });
}

export const putBucketPolicy: VerbSpec<'s3api put-bucket-policy'> = {
  verb: 's3api put-bucket-policy',
  operation: 'PutBucketPolicy',
  summary: 'Attach a bucket policy (resource-based policy) to a bucket.',
  mutates: true,
  params: [
    { flag: '--bucket', key: 'bucket', kind: 'string', required: true },
    { flag: '--policy', key: 'policy', kind: 'document', required: true },
  ],
  run(world, input, ctx) {
    const arn = bucketArn(input.bucket);
    const denied = authorizeProfile(world, ctx.profile, { action: 's3:PutBucketPolicy', resource: arn }, 's3');
    if (denied) return failed(denied);
    const found = findBucket(world, input.bucket);
    if (!found || found.account.id !== ctx.profile.account)
      return failed(awsError('NoSuchBucket', 'The specified bucket does not exist'));
    const policy = loadPolicyArgument(world, '--policy', input.policy, 'resource', 's3');
    if (!policy.ok) return failed(policy.error);
    const foreign = resourcesOf(policy.json).find((r) => r !== arn && !r.startsWith(`${arn}/`));
    if (foreign) {
      return failed(
        awsError('MalformedPolicy', 'Policy has invalid resource', {
          hint: `A bucket policy may only name this bucket (${arn}) and its objects (${arn}/...), not ${foreign}.`,
        }),
      );
    }
    const draft = draftOf(world);
    profileAccount(draft, ctx).buckets[input.bucket]!.policy = policy.json;
    return done(draft);
  },
};
