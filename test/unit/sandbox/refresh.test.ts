import { describe, expect, it } from 'vitest';
import { advanceClock, HOUR, MINUTE, refreshTimeline, runApp } from '../../../src/sandbox/index.js';
import { build, ec2App, GET_ORDERS } from './helpers.js';

describe('credentials over simulated time', () => {
  it('an SDK that refreshes keeps working across rotations and picks up new keys', () => {
    const { world, instanceId } = ec2App();
    const runs = refreshTimeline(world, { instanceId }, GET_ORDERS, { runs: 7, everyMs: 20 * MINUTE });
    expect(runs.map((r) => r.outcome.result)).toEqual(Array(7).fill('allowed'));
    expect(new Set(runs.map((r) => r.outcome.accessKeyId)).size).toBeGreaterThan(1);
    expect(runs[1]!.events.some((e) => e.what.startsWith('uses cached credentials'))).toBe(true);
  });

  it('an app that never refreshes fails with ExpiredToken once its keys expire', () => {
    const { world, instanceId } = ec2App();
    const runs = refreshTimeline(world, { instanceId }, GET_ORDERS, { runs: 4, everyMs: 25 * MINUTE, refresh: false });
    expect(runs.map((r) => r.outcome.result)).toEqual(['allowed', 'allowed', 'allowed', 'expired']);
    expect(runs[3]!.outcome.error).toEqual({
      code: 'ExpiredTokenException',
      message: 'The security token included in the request is expired',
    });
    expect(new Set(runs.map((r) => r.outcome.accessKeyId)).size).toBe(1);
  });

  it('JS v3 refreshes within 5 minutes of expiry, boto3 within 15', () => {
    const { world, instanceId } = ec2App();
    const first = runApp(world, { instanceId }, GET_ORDERS);
    const at50 = advanceClock(world, 50 * MINUTE);
    const js = runApp(at50, { instanceId }, GET_ORDERS, { cache: first.cache! });
    expect(js.events.some((e) => e.what.startsWith('uses cached credentials'))).toBe(true);
    const botoWorld = build(world, `app deploy --instance-id ${instanceId} --client boto3`);
    const bFirst = runApp(botoWorld, { instanceId }, GET_ORDERS);
    const boto = runApp(advanceClock(botoWorld, 50 * MINUTE), { instanceId }, GET_ORDERS, { cache: bFirst.cache! });
    expect(boto.events.some((e) => e.what === 'refreshes its credentials')).toBe(true);
    expect(boto.outcome.accessKeyId).not.toBe(bFirst.outcome.accessKeyId);
    const js56 = runApp(advanceClock(world, 56 * MINUTE), { instanceId }, GET_ORDERS, { cache: first.cache! });
    expect(js56.events.some((e) => e.what === 'refreshes its credentials')).toBe(true);
    expect(js56.outcome.result).toBe('allowed');
  });

  it('ignores a cache from another target', () => {
    const { world, instanceId } = ec2App();
    const first = runApp(world, { instanceId }, GET_ORDERS);
    const other = runApp(advanceClock(world, 2 * HOUR), { instanceId: 'i-nope' }, GET_ORDERS, { cache: first.cache! });
    expect(other.outcome.result).toBe('failed');
  });

  it('permission changes apply to credentials already issued', () => {
    const { world, instanceId } = ec2App();
    const first = runApp(world, { instanceId }, GET_ORDERS);
    const revoked = build(world, 'aws iam delete-role-policy --role-name app-role --policy-name read');
    expect(runApp(revoked, { instanceId }, GET_ORDERS, { cache: first.cache! }).outcome.result).toBe('denied');
  });
});
