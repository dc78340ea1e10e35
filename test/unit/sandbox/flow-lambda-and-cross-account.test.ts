import { describe, expect, it } from 'vitest';
import { createWorld, runApp } from '../../../src/sandbox/index.js';
import {
  ACCT,
  build,
  ec2App,
  GET_ORDERS,
  ORDERS,
  PARTNER,
  q,
  READ_ORDERS,
  TRUST_EC2,
  TRUST_LAMBDA,
} from './helpers.js';

describe('Lambda: the execution role through environment variables', () => {
  const fn = (runtime: string) =>
    build(
      createWorld(),
      'aws dynamodb create-table --table-name Orders --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST',
      `aws iam create-role --role-name fn-role --assume-role-policy-document ${q(TRUST_LAMBDA)}`,
      `aws iam put-role-policy --role-name fn-role --policy-name read --policy-document ${q(READ_ORDERS)}`,
      `aws lambda create-function --function-name orders-fn --runtime ${runtime} --role arn:aws:iam::${ACCT}:role/fn-role --handler index.handler`,
    );

  it('Lambda assumes the role, puts keys in the environment, and the first provider finds them', () => {
    const run = runApp(fn('nodejs22.x'), { functionName: 'orders-fn' }, GET_ORDERS);
    expect(run.outcome).toMatchObject({
      result: 'allowed',
      credentialSource: 'environment',
      principalArn: `arn:aws:sts::${ACCT}:assumed-role/fn-role/orders-fn`,
    });
    expect(run.events.find((e) => e.actor === 'sts')?.decision?.decision).toBe('Allow');
    expect(run.events.some((e) => e.actor === 'imds')).toBe(false);
  });

  it("a Python function gets boto3's label; a broken trust is Lambda's error", () => {
    expect(runApp(fn('python3.13'), { functionName: 'orders-fn' }, GET_ORDERS).events[0]?.what).toMatch(/boto3/);
    const broken = build(
      fn('nodejs22.x'),
      `aws iam update-assume-role-policy --role-name fn-role --policy-document ${q(TRUST_EC2)}`,
    );
    expect(runApp(broken, { functionName: 'orders-fn' }, GET_ORDERS).outcome.error?.message).toBe(
      'The role defined for the function cannot be assumed by Lambda.',
    );
  });
});

describe('cross-account: the app assumes a role in the partner account', () => {
  const PARTNER_ROLE = `arn:aws:iam::${PARTNER}:role/reader`;
  const PARTNER_TABLE = `arn:aws:dynamodb:us-east-1:${PARTNER}:table/PartnerOrders`;
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCT}:root` },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': 'xyz' } },
      },
    ],
  });
  const read = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: PARTNER_TABLE }],
  });
  const assume = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: PARTNER_ROLE }],
  });

  function setup(identityAllows: boolean, externalId?: string) {
    const { world, instanceId } = ec2App();
    let w = build(
      world,
      'aws dynamodb create-table --table-name PartnerOrders --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST --profile partner',
      `aws iam create-role --role-name reader --assume-role-policy-document ${q(trust)} --profile partner`,
      `aws iam put-role-policy --role-name reader --policy-name read --policy-document ${q(read)} --profile partner`,
      `app deploy --instance-id ${instanceId} --assume-role-arn ${PARTNER_ROLE}${externalId ? ` --external-id ${externalId}` : ''}`,
    );
    if (identityAllows)
      w = build(w, `aws iam put-role-policy --role-name app-role --policy-name assume --policy-document ${q(assume)}`);
    return runApp(w, { instanceId }, { action: 'dynamodb:GetItem', resource: PARTNER_TABLE });
  }

  it('works only when both sides allow and the ExternalId matches', () => {
    const ok = setup(true, 'xyz');
    expect(ok.outcome).toMatchObject({
      result: 'allowed',
      roleArn: PARTNER_ROLE,
      principalArn: `arn:aws:sts::${PARTNER}:assumed-role/reader/app-session`,
    });
    expect(ok.events.find((e) => e.actor === 'sts' && e.what.startsWith('issues credentials'))?.why).toMatch(
      /role chaining/,
    );
    expect(setup(true).outcome).toMatchObject({ result: 'denied', error: { code: 'AccessDenied' } });
    expect(setup(true, 'wrong').outcome.result).toBe('denied');
    const noIdentity = setup(false, 'xyz');
    expect(noIdentity.outcome.error?.message).toBe(
      `User: arn:aws:sts::${ACCT}:assumed-role/app-role/${noIdentity.cache?.sessionName} is not authorized to perform: sts:AssumeRole on resource: ${PARTNER_ROLE}`,
    );
  });

  it('the partner table is not readable with the app role itself', () => {
    const { world, instanceId } = ec2App();
    expect(
      runApp(world, { instanceId }, { action: 'dynamodb:GetItem', resource: ORDERS.replace(ACCT, PARTNER) }).outcome
        .result,
    ).toBe('denied');
  });
});
