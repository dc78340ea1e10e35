import { describe, expect, it } from 'vitest';
import {
  APP_CLIENTS,
  type AppRun,
  CLIENTS,
  createWorld,
  type FlowEvent,
  runApp,
  type World,
} from '../../../src/sandbox/index.js';
import { ACCT, build, ec2App, GET_ORDERS, q, TRUST_LAMBDA } from './helpers.js';

function deploy(world: World, instanceId: string, flags: string): World {
  return build(world, `app deploy --instance-id ${instanceId} ${flags}`);
}

function find(run: AppRun, pattern: RegExp): FlowEvent | undefined {
  return run.events.find((e) => pattern.test(e.what));
}

function actors(run: AppRun): string[] {
  return run.events.map((e) => `${e.actor}:${e.status}`);
}

/** Each client's label, as it must read after "the" in the timeline. */
const CLIENT_LABELS = [
  ['js-v3', 'AWS SDK for JavaScript v3'],
  ['boto3', 'AWS SDK for Python (boto3)'],
  ['aws-cli', 'AWS CLI v2'],
  ['imdsv1-only', 'legacy SDK that predates IMDSv2'],
] as const;

describe('EC2: the SDK chain ends at IMDS', () => {
  it('walks the JS v3 chain in order, then IMDSv2, EC2 and STS, the signed call and the IAM decision', () => {
    const { world, instanceId } = ec2App();
    const run = runApp(world, { instanceId }, GET_ORDERS);
    expect(run.outcome).toMatchObject({
      result: 'allowed',
      credentialSource: 'imds',
      principalArn: `arn:aws:sts::${ACCT}:assumed-role/app-role/${instanceId}`,
    });
    const skipped = run.events.filter((e) => e.status === 'skip').map((e) => e.what);
    expect(skipped).toEqual([
      'environment variables: skipped',
      'IAM Identity Center (SSO): skipped',
      'shared config and credentials files (fromIni): skipped',
      'credential_process: skipped',
      'web identity token file: skipped',
      'container credentials provider: skipped',
    ]);
    expect(run.events.find((e) => e.what === 'environment variables: skipped')?.why).toBe(
      'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set',
    );
    const token = find(run, /IMDSv2 session token issued/)!;
    expect(token.detail?.[0]).toBe(
      'PUT http://169.254.169.254/latest/api/token  (X-aws-ec2-metadata-token-ttl-seconds: 21600)',
    );
    expect(find(run, /lists the role: app-role/)?.status).toBe('ok');
    expect(find(run, /asks STS for credentials for app-role/)).toMatchObject({ actor: 'ec2', status: 'ok' });
    expect(run.events.find((e) => e.actor === 'sts')?.decision?.decision).toBe('Allow');
    expect(run.events.find((e) => e.actor === 'iam')?.decision?.decision).toBe('Allow');
    expect(run.events.at(-1)).toMatchObject({ actor: 'service', status: 'ok' });
  });

  it("shows boto3's chain and error wording", () => {
    const { world, instanceId } = ec2App();
    const boto = runApp(deploy(world, instanceId, '--client boto3'), { instanceId }, GET_ORDERS);
    expect(boto.events.filter((e) => e.status === 'skip')[1]?.what).toBe(
      'assume-role settings in ~/.aws/config: skipped',
    );
    const noProfile = build(createWorld(), 'aws ec2 run-instances --image-id ami-1');
    const id = Object.keys(noProfile.accounts[ACCT]!.instances)[0]!;
    expect(runApp(deploy(noProfile, id, '--client boto3'), { instanceId: id }, GET_ORDERS).outcome.error).toEqual({
      code: 'NoCredentialsError',
      message: 'Unable to locate credentials',
    });
    expect(
      runApp(deploy(noProfile, id, '--client aws-cli'), { instanceId: id }, GET_ORDERS).outcome.error?.message,
    ).toBe('Unable to locate credentials. You can configure credentials by running "aws configure".');
  });

  it('no instance profile: IMDS answers 404 and the SDK finds nothing', () => {
    const world = build(createWorld(), 'aws ec2 run-instances --image-id ami-1 --metadata-options HttpTokens=required');
    const instanceId = Object.keys(world.accounts[ACCT]!.instances)[0]!;
    const run = runApp(world, { instanceId }, GET_ORDERS);
    expect(run.outcome).toEqual({
      result: 'no-credentials',
      error: { code: 'CredentialsProviderError', message: 'Could not load credentials from any providers' },
    });
    expect(find(run, /404 Not Found/)).toMatchObject({ actor: 'imds', status: 'fail' });
    expect(find(run, /404 Not Found/)?.why).toMatch(/no instance profile is associated/);
  });

  it('a profile with no role: also 404, and it says why', () => {
    const { world, instanceId } = ec2App();
    const emptied = build(
      world,
      'aws iam remove-role-from-instance-profile --instance-profile-name app-profile --role-name app-role',
    );
    expect(find(runApp(emptied, { instanceId }, GET_ORDERS), /404/)?.why).toBe(
      'instance profile app-profile holds no role',
    );
  });

  it('a role that does not trust ec2.amazonaws.com: the IMDS document says AssumeRoleUnauthorizedAccess', () => {
    const { world, instanceId } = ec2App({ trust: TRUST_LAMBDA });
    const run = runApp(world, { instanceId }, GET_ORDERS);
    expect(run.outcome.result).toBe('no-credentials');
    expect(run.events.find((e) => e.actor === 'sts')).toMatchObject({ status: 'fail' });
    const doc = find(run, /without keys/)!;
    expect(doc.detail?.join('\n')).toContain('"Code": "AssumeRoleUnauthorizedAccess"');
    expect(doc.detail?.join('\n')).toContain('EC2 cannot assume the role app-role.');
  });

  it('a trust failure: EC2 asks STS and fails with it, it never claims to have obtained credentials', () => {
    const { world, instanceId } = ec2App({ trust: TRUST_LAMBDA });
    const run = runApp(world, { instanceId }, GET_ORDERS);
    expect(find(run, /obtains credentials/)).toBeUndefined();
    const ask = find(run, /asks STS for credentials for app-role/)!;
    expect(ask).toMatchObject({ actor: 'ec2', status: 'fail' });
    expect(ask.why).toMatch(/gets no credentials/);
    const sts = run.events.find((e) => e.actor === 'sts')!;
    expect(sts).toMatchObject({ what: 'refuses ec2.amazonaws.com for app-role', status: 'fail' });
    expect(run.events.indexOf(ask)).toBeLessThan(run.events.indexOf(sts));
  });

  it.each(CLIENT_LABELS)('names the %s client so that its sentences read correctly', (client, label) => {
    expect(CLIENTS[client].label).toBe(label);
    // Tokens optional, hop limit 1, the app in a container: the token request times out, so the
    // clients with an IMDSv1 fallback say so, and the IMDSv1-only client reads without a token.
    const { world, instanceId } = ec2App({ metadata: 'HttpTokens=optional,HttpPutResponseHopLimit=1' });
    const run = runApp(deploy(world, instanceId, `--client ${client} --runtime container`), { instanceId }, GET_ORDERS);
    expect(run.events.find((e) => e.what.startsWith('the app calls'))?.what).toBe(
      `the app calls dynamodb:GetItem; the ${label} needs credentials`,
    );
    const tokenless = run.events.find(
      (e) =>
        e.what ===
        (client === 'imdsv1-only'
          ? 'reads IMDS without a token (IMDSv1)'
          : 'falls back to IMDSv1 (requests without a token)'),
    );
    expect(tokenless?.why).toMatch(new RegExp(`^the ${label.replace(/[()]/g, '\\$&')} `));
    for (const e of run.events) expect(`${e.what} ${e.why}`).not.toMatch(/\bthe (a|an|the) /i);
  });

  it('checks those sentences for every client there is', () => {
    expect(CLIENT_LABELS.map(([client]) => client)).toEqual([...APP_CLIENTS]);
  });

  it('HttpTokens=required and an IMDSv1-only client: 401 Unauthorized', () => {
    const { world, instanceId } = ec2App();
    const run = runApp(deploy(world, instanceId, '--client imdsv1-only'), { instanceId }, GET_ORDERS);
    expect(find(run, /401 Unauthorized/)).toMatchObject({ actor: 'imds', status: 'fail' });
    expect(run.outcome.result).toBe('no-credentials');
    expect(find(run, /IMDSv2 session token/)).toBeUndefined();
  });

  it('HttpTokens=optional lets the IMDSv1-only client through', () => {
    const { world, instanceId } = ec2App({ metadata: 'HttpTokens=optional' });
    expect(runApp(deploy(world, instanceId, '--client imdsv1-only'), { instanceId }, GET_ORDERS).outcome.result).toBe(
      'allowed',
    );
  });

  it('a container behind hop limit 1 with tokens required: the PUT times out, the IMDSv1 fallback gets 401', () => {
    const { world, instanceId } = ec2App();
    const run = runApp(deploy(world, instanceId, '--runtime container'), { instanceId }, GET_ORDERS);
    const lost = find(run, /response never arrives/)!;
    expect(lost).toMatchObject({ actor: 'imds', status: 'fail' });
    expect(lost.why).toMatch(/hop limit \(1\)/);
    const fallback = find(run, /falls back to IMDSv1/)!;
    expect(fallback.at - lost.at).toBe(1000);
    expect(find(run, /401 Unauthorized/)).toBeDefined();
    expect(run.outcome.result).toBe('no-credentials');
  });

  it('the same container with tokens optional "works" through IMDSv1 after the timeout', () => {
    const { world, instanceId } = ec2App({ metadata: 'HttpTokens=optional,HttpPutResponseHopLimit=1' });
    const run = runApp(deploy(world, instanceId, '--runtime container'), { instanceId }, GET_ORDERS);
    expect(find(run, /falls back to IMDSv1/)).toBeDefined();
    expect(run.outcome.result).toBe('allowed');
  });

  it('hop limit 2 lets the container get an IMDSv2 token', () => {
    const { world, instanceId } = ec2App({ metadata: 'HttpTokens=required,HttpPutResponseHopLimit=2' });
    const run = runApp(deploy(world, instanceId, '--runtime container'), { instanceId }, GET_ORDERS);
    expect(find(run, /IMDSv2 session token issued/)).toBeDefined();
    expect(find(run, /falls back/)).toBeUndefined();
    expect(run.outcome.result).toBe('allowed');
  });

  it('the metadata endpoint turned off: nothing to read', () => {
    const { world, instanceId } = ec2App({ metadata: 'HttpTokens=required,HttpEndpoint=disabled' });
    const run = runApp(world, { instanceId }, GET_ORDERS);
    expect(find(run, /no usable answer/)?.why).toMatch(/HttpEndpoint=disabled/);
    expect(run.outcome.result).toBe('no-credentials');
  });

  it("implicit and explicit denies come back in AWS's wording", () => {
    const other = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'dynamodb:Query', Resource: '*' }],
    });
    const { world, instanceId } = ec2App({ policy: other });
    const implicit = runApp(world, { instanceId }, GET_ORDERS);
    expect(implicit.outcome.result).toBe('denied');
    expect(implicit.outcome.error).toEqual({
      code: 'AccessDeniedException',
      message: `User: arn:aws:sts::${ACCT}:assumed-role/app-role/${instanceId} is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:us-east-1:${ACCT}:table/Orders because no identity-based policy allows the dynamodb:GetItem action`,
    });
    const deny = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'dynamodb:*', Resource: '*' }],
    });
    const explicit = runApp(
      build(world, `aws iam put-role-policy --role-name app-role --policy-name deny --policy-document ${q(deny)}`),
      { instanceId },
      GET_ORDERS,
    );
    expect(explicit.outcome.error?.message).toMatch(/with an explicit deny in an identity-based policy$/);
    expect(explicit.events.find((e) => e.actor === 'iam')?.decision?.decision).toBe('ExplicitDeny');
  });

  it('a table that does not exist: allowed, then ResourceNotFoundException', () => {
    const { world, instanceId } = ec2App({
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' }],
      }),
    });
    const run = runApp(
      world,
      { instanceId },
      { action: 'dynamodb:GetItem', resource: `arn:aws:dynamodb:us-east-1:${ACCT}:table/Nope` },
    );
    expect(run.outcome).toMatchObject({
      result: 'failed',
      error: { code: 'ResourceNotFoundException', message: 'Requested resource not found' },
    });
  });

  it('puts ec2:SourceInstanceARN on requests made with instance credentials', () => {
    const policy = (id: string) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'dynamodb:GetItem',
            Resource: '*',
            Condition: { ArnEquals: { 'ec2:SourceInstanceARN': `arn:aws:ec2:us-east-1:${ACCT}:instance/${id}` } },
          },
        ],
      });
    const { world, instanceId } = ec2App();
    const mine = build(
      world,
      'aws iam delete-role-policy --role-name app-role --policy-name read',
      `aws iam put-role-policy --role-name app-role --policy-name only-me --policy-document ${q(policy(instanceId))}`,
    );
    expect(runApp(mine, { instanceId }, GET_ORDERS).outcome.result).toBe('allowed');
    const other = build(
      world,
      'aws iam delete-role-policy --role-name app-role --policy-name read',
      `aws iam put-role-policy --role-name app-role --policy-name only-other --policy-document ${q(policy('i-0ffffffffffffffff'))}`,
    );
    expect(runApp(other, { instanceId }, GET_ORDERS).outcome.result).toBe('denied');
  });

  it('reports a missing instance instead of throwing', () => {
    expect(runApp(createWorld(), { instanceId: 'i-nope' }, GET_ORDERS).outcome).toEqual({
      result: 'failed',
      error: { code: 'SandboxError', message: 'There is no instance i-nope.' },
    });
  });

  it('orders events in story order, each with a simulated time', () => {
    const { world, instanceId } = ec2App();
    const run = runApp(world, { instanceId }, GET_ORDERS);
    expect(actors(run)[0]).toBe('sdk:ok');
    expect(run.events.every((e) => e.at >= world.now)).toBe(true);
  });
});
