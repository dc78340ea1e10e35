import { describe, expect, it } from 'vitest';
import { createWorld, START_TIME } from '../../../src/sandbox/index.js';
import { nthId, newId, peekId } from '../../../src/sandbox/ids.js';
import { ACCT, build, PARTNER, TRUST_EC2, q } from './helpers.js';

describe('the simulated world', () => {
  it('starts with two accounts, admin users and two CLI profiles, at 2026-01-01T09:00:00Z', () => {
    const w = createWorld();
    expect(new Date(w.now).toISOString()).toBe('2026-01-01T09:00:00.000Z');
    expect(w.now).toBe(START_TIME);
    expect(Object.keys(w.accounts).sort()).toEqual([ACCT, PARTNER]);
    expect(w.accounts[ACCT]!.users.learner!.attachedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/AdministratorAccess',
    ]);
    expect(w.profiles.default).toEqual({ name: 'default', account: ACCT, userName: 'learner' });
    expect(w.profiles.partner!.account).toBe(PARTNER);
  });

  it('is plain JSON: it survives a JSON round trip unchanged', () => {
    const w = build(
      createWorld(),
      `aws iam create-role --role-name app-role --assume-role-policy-document ${q(TRUST_EC2)}`,
      'aws ec2 run-instances --image-id ami-1',
    );
    expect(JSON.parse(JSON.stringify(w))).toEqual(w);
  });

  it('generates the same ids for the same actions, and different ids for different counters', () => {
    const lines = ['aws ec2 run-instances --image-id ami-1', 'aws ec2 run-instances --image-id ami-1'];
    const a = build(createWorld(), ...lines);
    const b = build(createWorld(), ...lines);
    expect(Object.keys(a.accounts[ACCT]!.instances)).toEqual(Object.keys(b.accounts[ACCT]!.instances));
    const [first, second] = Object.keys(a.accounts[ACCT]!.instances);
    expect(first).not.toBe(second);
    expect(first).toMatch(/^i-0[0-9a-f]{16}$/);
    expect(first).toBe(nthId('instance', 1));
  });

  it('shapes ids like AWS does', () => {
    const w = createWorld();
    expect(peekId(w, 'association')).toMatch(/^iip-assoc-0[0-9a-f]{16}$/);
    expect(peekId(w, 'role')).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(peekId(w, 'instance-profile')).toMatch(/^AIPA[A-Z2-7]{17}$/);
    expect(peekId(w, 'credential')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const draft = structuredClone(w);
    expect(newId(draft, 'task')).toBe(peekId(w, 'task'));
    expect(peekId(draft, 'task')).not.toBe(peekId(w, 'task'));
  });
});
