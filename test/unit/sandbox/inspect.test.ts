// The read verbs: each answers in the AWS CLI's JSON shape, refuses like AWS, and changes nothing.
import { describe, expect, it } from 'vitest';
import { createWorld, parseCommand, verbs, type World } from '../../../src/sandbox/index.js';
import { EXEC_ROLE, ecsRoles, NETWORK, onlyTask, TASK_ROLE } from './ecs-helpers.js';
import { ACCT, attempt, build, ec2App, failure, q, READ_ORDERS, TRUST_EC2 } from './helpers.js';

/** The answer of a command that must succeed, checking it left the world's resources alone. */
function answer(world: World, line: string): unknown {
  const r = attempt(world, line);
  if (!r.outcome.ok) throw new Error(`${line} failed: ${r.outcome.line}`);
  expect(r.world.accounts).toEqual(world.accounts);
  return r.outcome.output;
}

const ORDERS_POLICY = `arn:aws:iam::${ACCT}:policy/orders-read`;

function withManagedPolicy(): { world: World; instanceId: string } {
  const { world, instanceId } = ec2App();
  return {
    world: build(
      world,
      `aws iam create-policy --policy-name orders-read --policy-document ${q(READ_ORDERS)}`,
      `aws iam attach-role-policy --role-name app-role --policy-arn ${ORDERS_POLICY}`,
      'aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
    ),
    instanceId,
  };
}

describe('iam: roles and their policies', () => {
  const { world } = withManagedPolicy();

  it('get-role shows the trust policy, max session duration and dates from the world clock', () => {
    const tagged = build(
      createWorld(),
      `aws iam create-role --role-name tagged --max-session-duration 7200 --tags Key=team,Value=orders --assume-role-policy-document ${q(TRUST_EC2)}`,
    );
    const out = answer(tagged, 'aws iam get-role --role-name tagged') as { Role: Record<string, unknown> };
    expect(out.Role).toMatchObject({
      RoleName: 'tagged',
      Arn: `arn:aws:iam::${ACCT}:role/tagged`,
      CreateDate: '2026-01-01T09:00:00+00:00',
      MaxSessionDuration: 7200,
      Tags: [{ Key: 'team', Value: 'orders' }],
      AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'ec2.amazonaws.com' } }] },
    });
    expect(out.Role.RoleId).toMatch(/^AROA[A-Z0-9]{17}$/);
  });

  it('list-role-policies names the inline policies; get-role-policy returns one document', () => {
    expect(answer(world, 'aws iam list-role-policies --role-name app-role')).toEqual({
      PolicyNames: ['read'],
      IsTruncated: false,
    });
    expect(answer(world, 'aws iam get-role-policy --role-name app-role --policy-name read')).toEqual({
      RoleName: 'app-role',
      PolicyName: 'read',
      PolicyDocument: JSON.parse(READ_ORDERS),
    });
  });

  it('get-role-policy of a missing policy or role fails with NoSuchEntity', () => {
    expect(failure(world, 'aws iam get-role-policy --role-name app-role --policy-name write').line).toBe(
      'An error occurred (NoSuchEntity) when calling the GetRolePolicy operation: The role policy with name write cannot be found.',
    );
    expect(failure(world, 'aws iam list-role-policies --role-name nobody').code).toBe('NoSuchEntity');
    expect(failure(world, 'aws iam get-role-policy --role-name app-role --policy-name constructor').code).toBe(
      'NoSuchEntity',
    );
  });

  it('list-attached-role-policies lists customer and AWS managed policies by name and ARN', () => {
    expect(answer(world, 'aws iam list-attached-role-policies --role-name app-role')).toEqual({
      AttachedPolicies: [
        { PolicyName: 'orders-read', PolicyArn: ORDERS_POLICY },
        {
          PolicyName: 'AmazonECSTaskExecutionRolePolicy',
          PolicyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
        },
      ],
      IsTruncated: false,
    });
  });

  it('list-instance-profiles-for-role lists the profiles holding the role', () => {
    const out = answer(world, 'aws iam list-instance-profiles-for-role --role-name app-role') as {
      InstanceProfiles: Array<{ InstanceProfileName: string; Roles: Array<{ RoleName: string }> }>;
      IsTruncated: boolean;
    };
    expect(out.InstanceProfiles.map((p) => p.InstanceProfileName)).toEqual(['app-profile']);
    expect(out.InstanceProfiles[0]!.Roles[0]!.RoleName).toBe('app-role');
    expect(out.IsTruncated).toBe(false);
    expect(answer(createWorldWithRole(), 'aws iam list-instance-profiles-for-role --role-name lonely')).toEqual({
      InstanceProfiles: [],
      IsTruncated: false,
    });
  });
});

function createWorldWithRole(): World {
  return build(createWorld(), `aws iam create-role --role-name lonely --assume-role-policy-document ${q(TRUST_EC2)}`);
}

describe('iam: managed policies', () => {
  const { world } = withManagedPolicy();

  it('get-policy gives the default version and how often it is attached', () => {
    const out = answer(world, `aws iam get-policy --policy-arn ${ORDERS_POLICY}`) as {
      Policy: Record<string, unknown>;
    };
    expect(out.Policy).toMatchObject({
      PolicyName: 'orders-read',
      Arn: ORDERS_POLICY,
      Path: '/',
      DefaultVersionId: 'v1',
      AttachmentCount: 1,
      IsAttachable: true,
      CreateDate: '2026-01-01T09:00:00+00:00',
    });
    expect(out.Policy.PolicyId).toMatch(/^ANPA/);
  });

  it('get-policy-version returns the document; AWS managed policies keep their path and version', () => {
    expect(answer(world, `aws iam get-policy-version --policy-arn ${ORDERS_POLICY} --version-id v1`)).toMatchObject({
      PolicyVersion: { Document: JSON.parse(READ_ORDERS), VersionId: 'v1', IsDefaultVersion: true },
    });
    const managed = 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy';
    const policy = answer(world, `aws iam get-policy --policy-arn ${managed}`) as {
      Policy: { Path: string; DefaultVersionId: string; AttachmentCount: number };
    };
    expect(policy.Policy.Path).toBe('/service-role/');
    expect(policy.Policy.AttachmentCount).toBe(1);
    const version = answer(
      world,
      `aws iam get-policy-version --policy-arn ${managed} --version-id ${policy.Policy.DefaultVersionId}`,
    ) as { PolicyVersion: { Document: { Statement: unknown[] } } };
    expect(version.PolicyVersion.Document.Statement.length).toBeGreaterThan(0);
  });

  it('an unknown policy or version fails with NoSuchEntity', () => {
    expect(failure(world, `aws iam get-policy --policy-arn arn:aws:iam::${ACCT}:policy/nope`).line).toBe(
      `An error occurred (NoSuchEntity) when calling the GetPolicy operation: Policy arn:aws:iam::${ACCT}:policy/nope does not exist or is not attachable.`,
    );
    const wrong = failure(world, `aws iam get-policy-version --policy-arn ${ORDERS_POLICY} --version-id v2`);
    expect(wrong.code).toBe('NoSuchEntity');
    expect(wrong.hint).toContain('v1');
  });
});

describe('ec2 and ecs', () => {
  it('describe-instances shows the instance profile and the IMDS options', () => {
    const { world, instanceId } = ec2App({ metadata: 'HttpTokens=required,HttpPutResponseHopLimit=2' });
    const out = answer(world, 'aws ec2 describe-instances') as {
      Reservations: Array<{ OwnerId: string; Instances: Array<Record<string, unknown>> }>;
    };
    expect(out.Reservations).toHaveLength(1);
    expect(out.Reservations[0]!.OwnerId).toBe(ACCT);
    expect(out.Reservations[0]!.Instances[0]).toMatchObject({
      InstanceId: instanceId,
      State: { Code: 16, Name: 'running' },
      IamInstanceProfile: { Arn: `arn:aws:iam::${ACCT}:instance-profile/app-profile` },
      MetadataOptions: {
        State: 'applied',
        HttpTokens: 'required',
        HttpPutResponseHopLimit: 2,
        HttpEndpoint: 'enabled',
      },
    });
    expect(answer(world, `aws ec2 describe-instances --instance-ids ${instanceId}`)).toEqual(out);
  });

  it('describe-instances of an unknown id fails with InvalidInstanceID.NotFound', () => {
    const { world } = ec2App();
    expect(failure(world, 'aws ec2 describe-instances --instance-ids i-0123456789abcdef0').line).toBe(
      "An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance ID 'i-0123456789abcdef0' does not exist",
    );
  });

  it('an instance without a profile has no IamInstanceProfile', () => {
    const world = build(createWorld(), 'aws ec2 run-instances --image-id ami-1');
    const out = answer(world, 'aws ec2 describe-instances') as {
      Reservations: Array<{ Instances: Array<Record<string, unknown>> }>;
    };
    expect(out.Reservations[0]!.Instances[0]).not.toHaveProperty('IamInstanceProfile');
  });

  it('describe-task-definition names the task role and the execution role', () => {
    const world = build(
      ecsRoles(),
      `aws ecs register-task-definition --family app --task-role-arn ${TASK_ROLE} --execution-role-arn ${EXEC_ROLE} --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions file://containers.json`,
    );
    const out = answer(world, 'aws ecs describe-task-definition --task-definition app') as {
      taskDefinition: Record<string, unknown>;
    };
    expect(out.taskDefinition).toMatchObject({
      family: 'app',
      revision: 1,
      taskRoleArn: TASK_ROLE,
      executionRoleArn: EXEC_ROLE,
      status: 'ACTIVE',
      networkMode: 'awsvpc',
      registeredAt: '2026-01-01T09:00:00+00:00',
    });
    expect(failure(world, 'aws ecs describe-task-definition --task-definition other').line).toBe(
      'An error occurred (ClientException) when calling the DescribeTaskDefinition operation: Unable to describe task definition.',
    );
  });
});

describe('sts get-caller-identity', () => {
  it('as the learner: the sandbox administrator user', () => {
    expect(answer(createWorld(), 'aws sts get-caller-identity')).toEqual({
      UserId: expect.stringMatching(/^AIDA/),
      Account: ACCT,
      Arn: `arn:aws:iam::${ACCT}:user/learner`,
    });
  });

  it("--as app on EC2: the instance role's session, named after the instance", () => {
    const { world, instanceId } = ec2App();
    const out = answer(world, 'aws sts get-caller-identity --as app') as { UserId: string; Arn: string };
    expect(out.Arn).toBe(`arn:aws:sts::${ACCT}:assumed-role/app-role/${instanceId}`);
    expect(out.UserId).toMatch(new RegExp(`^AROA[A-Z0-9]{17}:${instanceId}$`));
    expect(answer(world, `aws sts get-caller-identity --as ${instanceId}`)).toEqual(out);
  });

  it("--as app in an ECS task: the task role's session, named after the task id", () => {
    const world = build(
      ecsRoles(),
      `aws ecs register-task-definition --family app --task-role-arn ${TASK_ROLE} --execution-role-arn ${EXEC_ROLE} --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions file://containers.json`,
      `aws ecs run-task --cluster orders --task-definition app --launch-type FARGATE --network-configuration ${NETWORK}`,
    );
    const task = onlyTask(world);
    expect(answer(world, 'aws sts get-caller-identity --as app')).toMatchObject({
      Account: ACCT,
      Arn: `arn:aws:sts::${ACCT}:assumed-role/task-role/${task.taskId}`,
    });
  });

  it('--as app with no credentials, or no app, fails like the CLI with a hint', () => {
    const bare = build(createWorld(), 'aws ec2 run-instances --image-id ami-1');
    const none = failure(bare, 'aws sts get-caller-identity --as app');
    expect(none.message).toBe(
      'Unable to locate credentials. You can configure credentials by running "aws configure".',
    );
    expect(none.hint).toBeDefined();
    expect(failure(createWorld(), 'aws sts get-caller-identity --as app').message).toMatch(/no app/);
    expect(failure(bare, 'aws sts get-caller-identity --as i-nope').message).toMatch(/no instance or task "i-nope"/);
  });
});

describe('ls and cat', () => {
  const world = build(createWorld(), `file write trust.json ${q('{"a":1}')}`, `file write b.txt ${q('hi')}`);

  it('ls lists the files, cat prints one (file:// accepted too)', () => {
    expect(answer(world, 'ls')).toBe('b.txt\ntrust.json');
    expect(answer(world, 'cat trust.json')).toBe('{"a":1}');
    expect(answer(world, 'cat file://trust.json')).toBe('{"a":1}');
    expect(answer(createWorld(), 'ls')).toMatch(/no files yet/);
  });

  it('cat of a missing file says so and names the files there', () => {
    const missing = failure(world, 'cat nope.json');
    expect(missing.message).toBe('cat: nope.json: No such file or directory');
    expect(missing.hint).toBe('The files here: b.txt, trust.json.');
  });

  it('are typed without aws, and print back the same way', () => {
    const parsed = parseCommand('cat trust.json');
    expect(parsed.ok && parsed.action).toEqual({ verb: 'cat', input: { name: 'trust.json' } });
    expect(attempt(world, 'ls').command).toBe('ls');
    expect(attempt(world, 'cat trust.json').command).toBe('cat trust.json');
    expect(parseCommand('aws cat x').ok).toBe(false);
  });
});

describe('the registry', () => {
  it('every read verb is marked as not mutating, so exports and the log know it', () => {
    for (const verb of [
      'iam get-role',
      'iam get-role-policy',
      'iam list-role-policies',
      'iam list-attached-role-policies',
      'iam list-instance-profiles-for-role',
      'iam get-policy',
      'iam get-policy-version',
      'iam get-instance-profile',
      'ec2 describe-instances',
      'ec2 describe-iam-instance-profile-associations',
      'ecs describe-task-definition',
      'sts get-caller-identity',
      'ls',
      'cat',
    ] as const)
      expect(verbs[verb].mutates, verb).toBe(false);
  });
});
