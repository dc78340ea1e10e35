import { describe, expect, it } from 'vitest';
import { applyAction, applyActions, createWorld, HOUR, MINUTE } from '../../../src/sandbox/index.js';
import { ACCT, attempt, build, failure, q, TRUST_EC2 } from './helpers.js';

describe('applyAction', () => {
  it('never changes the world it is given, and logs each success with its command line', () => {
    const w0 = createWorld();
    const snapshot = structuredClone(w0);
    const r = attempt(w0, `aws iam create-role --role-name app-role --assume-role-policy-document ${q(TRUST_EC2)}`);
    expect(w0).toEqual(snapshot);
    expect(r.world.log).toHaveLength(1);
    expect(r.world.log[0]!.command).toBe(r.command);
    expect(r.command).toMatch(/^aws iam create-role --role-name app-role --assume-role-policy-document '\{/);
  });

  it('a failed action returns the same world and the line the CLI would print', () => {
    const w = createWorld();
    const r = attempt(w, 'aws iam get-role --role-name nobody');
    expect(r.world).toBe(w);
    expect(r.outcome.ok).toBe(false);
    expect(!r.outcome.ok && r.outcome.line).toBe(
      'An error occurred (NoSuchEntity) when calling the GetRole operation: The role with name nobody cannot be found.',
    );
  });

  it('refuses an unknown profile like the CLI does', () => {
    const r = applyAction(createWorld(), { verb: 'ecs create-cluster', input: {}, profile: 'nobody' });
    expect(!r.outcome.ok && r.outcome.line).toBe('The config profile (nobody) could not be found');
  });

  it('runs partner commands in the partner account', () => {
    const w = build(createWorld(), 'aws ecs create-cluster --cluster-name shared --profile partner');
    expect(Object.keys(w.accounts['444455556666']!.clusters)).toEqual(['shared']);
    expect(w.accounts[ACCT]!.clusters).toEqual({});
  });

  it('applyActions stops at the first failure unless asked not to', () => {
    const actions = [
      { verb: 'ecs create-cluster', input: { clusterName: 'a' } },
      { verb: 'iam get-role', input: { roleName: 'nobody' } },
      { verb: 'ecs create-cluster', input: { clusterName: 'b' } },
    ] as const;
    const stopped = applyActions(createWorld(), [...actions]);
    expect(stopped.results).toHaveLength(2);
    expect(stopped.failure?.action.verb).toBe('iam get-role');
    const all = applyActions(createWorld(), [...actions], { stopOnError: false });
    expect(Object.keys(all.world.accounts[ACCT]!.clusters)).toEqual(['a', 'b']);
  });
});

describe('sandbox verbs', () => {
  it('clock advance moves the simulated clock forward only', () => {
    const w = build(createWorld(), 'clock advance 1h30m');
    expect(w.now - createWorld().now).toBe(HOUR + 30 * MINUTE);
    expect(failure(w, 'clock advance soon').source).toBe('cli');
    expect(failure(w, 'clock advance 0m').source).toBe('cli');
  });

  it('file write stores a file commands can read', () => {
    const w = build(createWorld(), `file write trust.json ${q(TRUST_EC2)}`);
    expect(w.files['trust.json']).toBe(TRUST_EC2);
    expect(failure(w, 'file write ../etc/passwd x').source).toBe('cli');
  });

  it('app deploy changes the app on an instance, and rejects unknown clients before anything runs', () => {
    let w = build(createWorld(), 'aws ec2 run-instances --image-id ami-1');
    const id = Object.keys(w.accounts[ACCT]!.instances)[0]!;
    w = build(
      w,
      `app deploy --instance-id ${id} --client boto3 --runtime container --assume-role-arn arn:aws:iam::444455556666:role/x --external-id abc`,
    );
    expect(w.accounts[ACCT]!.instances[id]!.app).toEqual({
      client: 'boto3',
      runtime: 'container',
      assumeRole: { roleArn: 'arn:aws:iam::444455556666:role/x', externalId: 'abc' },
    });
    w = build(w, `app deploy --instance-id ${id} --assume-role-arn none`);
    expect(w.accounts[ACCT]!.instances[id]!.app.assumeRole).toBeUndefined();
    expect(failure(w, 'app deploy --instance-id i-nope --client boto3').source).toBe('sandbox');
    expect(failure(w, 'app deploy --client boto3').source).toBe('cli');
  });
});
