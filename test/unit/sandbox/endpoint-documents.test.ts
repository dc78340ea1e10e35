import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  createWorld,
  ecsCredentialsDocument,
  ecsCredentialsRelativeUri,
  imdsCredentialsDocument,
  imdsInfo,
  imdsRoleName,
  MINUTE,
} from '../../../src/sandbox/index.js';
import { EXEC_ROLE, ecsRoles, NETWORK, onlyTask, TASK_ROLE } from './ecs-helpers.js';
import { ACCT, build, ec2App, TRUST_LAMBDA } from './helpers.js';

describe('what IMDS serves', () => {
  it('the role name, the info document and the credentials document with the exact IMDS fields', () => {
    const { world, instanceId } = ec2App();
    expect(imdsRoleName(world, instanceId)).toBe('app-role');
    const info = imdsInfo(world, instanceId)!;
    expect(Object.keys(info)).toEqual(['Code', 'LastUpdated', 'InstanceProfileArn', 'InstanceProfileId']);
    expect(info).toMatchObject({
      Code: 'Success',
      InstanceProfileArn: `arn:aws:iam::${ACCT}:instance-profile/app-profile`,
    });
    const doc = imdsCredentialsDocument(world, instanceId, world.now)!;
    expect(Object.keys(doc)).toEqual([
      'Code',
      'LastUpdated',
      'Type',
      'AccessKeyId',
      'SecretAccessKey',
      'Token',
      'Expiration',
    ]);
    expect(doc).toMatchObject({
      Code: 'Success',
      Type: 'AWS-HMAC',
      LastUpdated: '2026-01-01T09:00:00Z',
      Expiration: '2026-01-01T10:00:00Z',
    });
  });

  it('serves the same keys within a window and new ones 30 minutes before expiry', () => {
    const { world, instanceId } = ec2App();
    const t0 = world.now;
    const first = imdsCredentialsDocument(world, instanceId, t0);
    expect(imdsCredentialsDocument(world, instanceId, t0 + 29 * MINUTE)).toEqual(first);
    const rotated = imdsCredentialsDocument(world, instanceId, t0 + 30 * MINUTE)!;
    expect(rotated.Code === 'Success' && first?.Code === 'Success' && rotated.AccessKeyId !== first.AccessKeyId).toBe(
      true,
    );
    expect(rotated).toMatchObject({ LastUpdated: '2026-01-01T09:30:00Z', Expiration: '2026-01-01T10:30:00Z' });
  });

  it('nothing (404) without a role; AssumeRoleUnauthorizedAccess when EC2 cannot assume it', () => {
    const bare = build(createWorld(), 'aws ec2 run-instances --image-id ami-1');
    const bareId = Object.keys(bare.accounts[ACCT]!.instances)[0]!;
    expect(imdsRoleName(bare, bareId)).toBeUndefined();
    expect(imdsInfo(bare, bareId)).toBeUndefined();
    expect(imdsCredentialsDocument(bare, bareId, bare.now)).toBeUndefined();
    const { world, instanceId } = ec2App({ trust: TRUST_LAMBDA });
    const doc = imdsCredentialsDocument(world, instanceId, world.now)!;
    expect(Object.keys(doc)).toEqual(['Code', 'Message', 'LastUpdated']);
    expect(doc.Code).toBe('AssumeRoleUnauthorizedAccess');
  });

  it('restarts the windows when the association is replaced', () => {
    const { world, instanceId } = ec2App();
    const later = advanceClock(world, 10 * MINUTE);
    const assoc = later.accounts[ACCT]!.instances[instanceId]!.association!.associationId;
    const replaced = build(
      later,
      `aws ec2 replace-iam-instance-profile-association --association-id ${assoc} --iam-instance-profile Name=app-profile`,
    );
    expect(imdsCredentialsDocument(replaced, instanceId, replaced.now)).toMatchObject({
      LastUpdated: '2026-01-01T09:10:00Z',
      Expiration: '2026-01-01T10:10:00Z',
    });
  });
});

describe('what the ECS agent endpoint serves', () => {
  const td = `aws ecs register-task-definition --family app --task-role-arn ${TASK_ROLE} --execution-role-arn ${EXEC_ROLE} --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions file://containers.json`;
  const run = `aws ecs run-task --cluster orders --task-definition app --launch-type FARGATE --network-configuration ${NETWORK}`;

  it("the task role credentials, stable within a window, at the task's relative URI", () => {
    const w = build(ecsRoles(), td, run);
    const task = onlyTask(w);
    expect(ecsCredentialsRelativeUri(w, task.taskArn)).toBe(`/v2/credentials/${task.credentialId}`);
    const doc = ecsCredentialsDocument(w, task.taskArn, w.now)!;
    expect(Object.keys(doc)).toEqual(['RoleArn', 'AccessKeyId', 'SecretAccessKey', 'Token', 'Expiration']);
    expect(doc.RoleArn).toBe(TASK_ROLE);
    expect(ecsCredentialsDocument(w, task.taskArn, w.now + 29 * MINUTE)).toEqual(doc);
    expect(ecsCredentialsDocument(w, task.taskArn, w.now + 30 * MINUTE)?.AccessKeyId).not.toBe(doc.AccessKeyId);
  });

  it('nothing for a task without a task role', () => {
    const w = build(ecsRoles(), td.replace(`--task-role-arn ${TASK_ROLE} `, ''), run);
    const task = onlyTask(w);
    expect(ecsCredentialsRelativeUri(w, task.taskArn)).toBeUndefined();
    expect(ecsCredentialsDocument(w, task.taskArn, w.now)).toBeUndefined();
  });
});
