import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/sandbox/index.js';
import { ACCT, attempt, build, failure, ORDERS, q, TRUST_EC2, TRUST_LAMBDA } from './helpers.js';

const TABLE =
  'aws dynamodb create-table --table-name Orders --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST';

describe('lambda create-function', () => {
  const fn = (role: string) =>
    `aws lambda create-function --function-name orders-fn --runtime nodejs22.x --role arn:aws:iam::${ACCT}:role/${role} --handler index.handler --zip-file fileb://function.zip`;

  it('creates a function whose execution role trusts lambda.amazonaws.com', () => {
    const w = build(
      createWorld(),
      `aws iam create-role --role-name fn-role --assume-role-policy-document ${q(TRUST_LAMBDA)}`,
      fn('fn-role'),
    );
    expect(w.accounts[ACCT]!.functions['orders-fn']).toMatchObject({
      roleArn: `arn:aws:iam::${ACCT}:role/fn-role`,
      runtime: 'nodejs22.x',
    });
    expect(failure(w, fn('fn-role'))).toMatchObject({
      code: 'ResourceConflictException',
      message: 'Function already exist: orders-fn',
    });
  });

  it("refuses a role Lambda cannot assume, with Lambda's message", () => {
    const w = build(
      createWorld(),
      `aws iam create-role --role-name ec2-role --assume-role-policy-document ${q(TRUST_EC2)}`,
    );
    const e = failure(w, fn('ec2-role'));
    expect(e).toMatchObject({
      code: 'InvalidParameterValueException',
      message: 'The role defined for the function cannot be assumed by Lambda.',
    });
    expect(failure(createWorld(), fn('ghost')).code).toBe('InvalidParameterValueException');
  });
});

describe('s3api buckets and bucket policies', () => {
  it('bucket names are global: another account gets BucketAlreadyExists, the owner BucketAlreadyOwnedByYou', () => {
    const w = build(createWorld(), 'aws s3api create-bucket --bucket orders-exports');
    expect(failure(w, 'aws s3api create-bucket --bucket orders-exports').code).toBe('BucketAlreadyOwnedByYou');
    expect(failure(w, 'aws s3api create-bucket --bucket orders-exports --profile partner').code).toBe(
      'BucketAlreadyExists',
    );
    expect(failure(w, 'aws s3api create-bucket --bucket Bad_Name').code).toBe('InvalidBucketName');
  });

  it('puts a bucket policy; S3 words its refusals MalformedPolicy', () => {
    const good = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCT}:role/app-role` },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::orders-exports/*',
        },
      ],
    });
    const w = build(
      createWorld(),
      'aws s3api create-bucket --bucket orders-exports',
      `aws s3api put-bucket-policy --bucket orders-exports --policy ${q(good)}`,
    );
    expect(w.accounts[ACCT]!.buckets['orders-exports']!.policy).toEqual(JSON.parse(good));
    const instance = good.replace(
      `arn:aws:iam::${ACCT}:role/app-role`,
      `arn:aws:ec2:us-east-1:${ACCT}:instance/i-0abc`,
    );
    expect(failure(w, `aws s3api put-bucket-policy --bucket orders-exports --policy ${q(instance)}`)).toMatchObject({
      code: 'MalformedPolicy',
      message: 'Invalid principal in policy',
    });
    const otherBucket = good.replace('orders-exports/*', 'someone-else/*');
    expect(failure(w, `aws s3api put-bucket-policy --bucket orders-exports --policy ${q(otherBucket)}`)).toMatchObject({
      code: 'MalformedPolicy',
      message: 'Policy has invalid resource',
    });
    expect(failure(w, `aws s3api put-bucket-policy --bucket nope --policy ${q(good)}`)).toMatchObject({
      code: 'NoSuchBucket',
      message: 'The specified bucket does not exist',
    });
  });
});

describe('dynamodb tables and resource policies', () => {
  it('creates a table once', () => {
    const w = build(createWorld(), TABLE);
    expect(w.accounts[ACCT]!.tables.Orders!.arn).toBe(ORDERS);
    expect(failure(w, TABLE)).toMatchObject({
      code: 'ResourceInUseException',
      message: 'Table already exists: Orders',
    });
  });

  it('needs throughput in PROVISIONED mode (the default) and key attributes defined', () => {
    expect(failure(createWorld(), TABLE.replace(' --billing-mode PAY_PER_REQUEST', '')).message).toBe(
      'One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED',
    );
    const w = build(
      createWorld(),
      `${TABLE.replace(' --billing-mode PAY_PER_REQUEST', '')} --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5`,
    );
    expect(w.accounts[ACCT]!.tables.Orders!.provisionedThroughput).toEqual({
      ReadCapacityUnits: 5,
      WriteCapacityUnits: 5,
    });
    expect(
      failure(
        createWorld(),
        TABLE.replace('KeySchema', '').replace('AttributeName=id,KeyType=HASH', 'AttributeName=pk,KeyType=HASH'),
      ).message,
    ).toMatch(/Some index key attributes are not defined in AttributeDefinitions/);
  });

  it('puts a resource policy on a table that exists', () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: 'dynamodb:GetItem', Resource: ORDERS },
      ],
    });
    const w = build(
      createWorld(),
      TABLE,
      `aws dynamodb put-resource-policy --resource-arn ${ORDERS} --policy ${q(policy)}`,
    );
    expect(w.accounts[ACCT]!.tables.Orders!.resourcePolicy).toEqual(JSON.parse(policy));
    expect(
      failure(createWorld(), `aws dynamodb put-resource-policy --resource-arn ${ORDERS} --policy ${q(policy)}`).code,
    ).toBe('ResourceNotFoundException');
    const noPrincipal = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: ORDERS }],
    });
    expect(
      failure(w, `aws dynamodb put-resource-policy --resource-arn ${ORDERS} --policy ${q(noPrincipal)}`),
    ).toMatchObject({ code: 'ValidationException', message: 'Missing required field Principal' });
  });

  it('the output of create-table names the table ARN', () => {
    const r = attempt(createWorld(), TABLE);
    expect(r.outcome.ok && r.outcome.output).toMatchObject({
      TableDescription: { TableArn: ORDERS, TableStatus: 'CREATING' },
    });
  });
});

describe('dynamodb table names', () => {
  it('a name of 1 or 2 valid characters breaks only the length constraint', () => {
    const e = failure(createWorld(), TABLE.replace('Orders', 'ab'));
    expect(e).toMatchObject({
      code: 'ValidationException',
      message:
        "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
    });
    expect(failure(createWorld(), TABLE.replace('Orders', 'a')).message).toMatch(
      /Member must have length greater than or equal to 3$/,
    );
  });

  it('invalid characters break the pattern; both can fail at once', () => {
    expect(failure(createWorld(), TABLE.replace('Orders', 'Orders!')).message).toBe(
      "1 validation error detected: Value 'Orders!' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
    );
    expect(failure(createWorld(), TABLE.replace('Orders', 'a!')).message).toMatch(
      /^2 validation errors detected: .*regular expression pattern.*; Value 'a!' at 'tableName' .*length greater than or equal to 3$/,
    );
    expect(failure(createWorld(), TABLE.replace('Orders', 'x'.repeat(256))).message).toMatch(
      /Member must have length less than or equal to 255$/,
    );
    expect(build(createWorld(), TABLE.replace('Orders', 'a.b')).accounts[ACCT]!.tables['a.b']).toBeDefined();
  });
});

describe('dynamodb delete-table', () => {
  it('deletes the table and its resource policy; the answer shows it DELETING', () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: 'dynamodb:GetItem', Resource: ORDERS },
      ],
    });
    const w = build(
      createWorld(),
      TABLE,
      `aws dynamodb put-resource-policy --resource-arn ${ORDERS} --policy ${q(policy)}`,
    );
    const r = attempt(w, 'aws dynamodb delete-table --table-name Orders');
    expect(r.outcome.ok && r.outcome.output).toMatchObject({
      TableDescription: { TableName: 'Orders', TableArn: ORDERS, TableStatus: 'DELETING' },
    });
    expect(r.world.accounts[ACCT]!.tables.Orders).toBeUndefined();
    // Created again, it has no policy.
    expect(build(r.world, TABLE).accounts[ACCT]!.tables.Orders!.resourcePolicy).toBeUndefined();
  });

  it('answers ResourceNotFoundException for a table that does not exist', () => {
    const e = failure(createWorld(), 'aws dynamodb delete-table --table-name Orders');
    expect(e).toMatchObject({
      code: 'ResourceNotFoundException',
      message: 'Requested resource not found: Table: Orders not found',
    });
    expect(e.line).toMatch(/when calling the DeleteTable operation/);
  });
});

describe('s3api delete-bucket', () => {
  it('deletes the bucket and its policy; the name is free again', () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCT}:root` },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::orders-exports/*',
        },
      ],
    });
    const w = build(
      createWorld(),
      'aws s3api create-bucket --bucket orders-exports',
      `aws s3api put-bucket-policy --bucket orders-exports --policy ${q(policy)}`,
      'aws s3api delete-bucket --bucket orders-exports',
    );
    expect(w.accounts[ACCT]!.buckets['orders-exports']).toBeUndefined();
    expect(
      build(w, 'aws s3api create-bucket --bucket orders-exports --profile partner').accounts['444455556666']!.buckets[
        'orders-exports'
      ],
    ).toBeDefined();
  });

  it("NoSuchBucket for a bucket that does not exist; AccessDenied for another account's bucket", () => {
    expect(failure(createWorld(), 'aws s3api delete-bucket --bucket nope')).toMatchObject({
      code: 'NoSuchBucket',
      message: 'The specified bucket does not exist',
    });
    const theirs = build(createWorld(), 'aws s3api create-bucket --bucket partner-data --profile partner');
    const e = failure(theirs, 'aws s3api delete-bucket --bucket partner-data');
    expect(e).toMatchObject({ code: 'AccessDenied', message: 'Access Denied' });
    expect(e.line).toBe('An error occurred (AccessDenied) when calling the DeleteBucket operation: Access Denied');
  });
});

describe('lambda delete-function', () => {
  const create = `aws lambda create-function --function-name orders-fn --runtime nodejs22.x --role arn:aws:iam::${ACCT}:role/fn-role --handler index.handler`;

  it('deletes the function by name or ARN; its execution role stays', () => {
    const w = build(
      createWorld(),
      `aws iam create-role --role-name fn-role --assume-role-policy-document ${q(TRUST_LAMBDA)}`,
      create,
    );
    expect(
      build(w, 'aws lambda delete-function --function-name orders-fn').accounts[ACCT]!.functions['orders-fn'],
    ).toBeUndefined();
    const byArn = build(
      w,
      `aws lambda delete-function --function-name arn:aws:lambda:us-east-1:${ACCT}:function:orders-fn`,
    );
    expect(byArn.accounts[ACCT]!.functions).toEqual({});
    expect(byArn.accounts[ACCT]!.roles['fn-role']).toBeDefined();
  });

  it('answers ResourceNotFoundException with the function ARN', () => {
    const e = failure(createWorld(), 'aws lambda delete-function --function-name orders-fn');
    expect(e).toMatchObject({
      code: 'ResourceNotFoundException',
      message: `Function not found: arn:aws:lambda:us-east-1:${ACCT}:function:orders-fn`,
    });
    expect(e.line).toMatch(/when calling the DeleteFunction operation/);
  });
});
