import { describe, expect, it } from 'vitest';
import { complete, formatCommand, getScenario, runCommand, startSession, withAws } from '../../../src/sandbox/index.js';

const guided = () => startSession('guided-ec2-dynamodb');

describe('sandbox prompt completion', () => {
  it('completes services, operations and sandbox commands, with or without aws', () => {
    const world = guided().world;
    expect(complete('aws iam create-ro', world).text).toBe('aws iam create-role ');
    expect(complete('iam create-ro', world).text).toBe('iam create-role ');
    expect(complete('clock adv', world).text).toBe('clock advance ');
    // ls and cat are the sandbox's own, like a shell's: no aws before them.
    expect(complete('ca', world).text).toBe('cat ');
    expect(complete('aws ca', world).candidates).toEqual([]);
    const many = complete('aws iam create', world);
    expect(many.text).toBe('aws iam create-'); // what every candidate shares
    expect(many.candidates).toContain('create-role');
    expect(many.candidates).toContain('create-instance-profile');
    expect(complete('aws s', world).candidates).toEqual(expect.arrayContaining(['s3api', 'sts']));
    // `aws` is for AWS services only: the sandbox's own commands do not follow it.
    expect(complete('aws cl', world).candidates).toEqual([]);
  });

  it('completes the flags a verb has not been given yet', () => {
    const world = guided().world;
    expect(complete('aws iam create-role --ro', world).text).toBe('aws iam create-role --role-name ');
    const rest = complete('aws iam create-role --role-name x --', world);
    expect(rest.candidates).toContain('--assume-role-policy-document');
    expect(rest.candidates).not.toContain('--role-name');
  });

  it('completes the names of resources and files that exist in the world', () => {
    let session = guided();
    expect(
      complete('aws iam create-role --role-name x --assume-role-policy-document file://tr', session.world).text,
    ).toBe('aws iam create-role --role-name x --assume-role-policy-document file://trust-ec2.json ');
    for (const step of getScenario('guided-ec2-dynamodb')!.steps!.slice(0, 4))
      session = runCommand(session, formatCommand(step.action));
    expect(complete('iam add-role-to-instance-profile --role-name a', session.world).text).toBe(
      'iam add-role-to-instance-profile --role-name app-role ',
    );
    expect(complete('iam add-role-to-instance-profile --instance-profile-name ', session.world).text).toBe(
      'iam add-role-to-instance-profile --instance-profile-name app-profile ',
    );
    expect(complete('ec2 associate-iam-instance-profile --instance-id i-', session.world).text).toMatch(
      /--instance-id i-\w+ $/,
    );
    expect(complete('ec2 associate-iam-instance-profile --iam-instance-profile N', session.world).text).toBe(
      'ec2 associate-iam-instance-profile --iam-instance-profile Name=app-profile ',
    );
  });

  it('completes the file name after edit (the policy editor), not after aws', () => {
    const world = guided().world;
    expect(complete('edit trust-e', world).text).toBe('edit trust-ec2.json ');
    expect(complete('ed', world).text).toBe('edit ');
    expect(complete('aws ed', world).candidates).toEqual([]);
  });

  it('leaves a line alone inside an open quote or when nothing fits', () => {
    const world = guided().world;
    expect(complete(`aws iam create-role --assume-role-policy-document '{"Ver`, world).text).toBe(
      `aws iam create-role --assume-role-policy-document '{"Ver`,
    );
    expect(complete('aws iam zzz', world)).toEqual({ text: 'aws iam zzz', candidates: [] });
  });

  it('accepts a command without the leading aws, and leaves sandbox commands as they are', () => {
    expect(withAws('iam list-roles')).toBe('aws iam list-roles');
    expect(withAws('  aws iam get-role --role-name a')).toBe('aws iam get-role --role-name a');
    expect(withAws('clock advance 5m')).toBe('clock advance 5m');
    expect(withAws('cat policy.json')).toBe('cat policy.json');
    const session = runCommand(guided(), 'iam create-instance-profile --instance-profile-name typed');
    expect(session.log.at(-2)).toEqual({
      kind: 'command',
      text: 'aws iam create-instance-profile --instance-profile-name typed',
    });
    expect(session.log.some((line) => line.kind === 'error')).toBe(false);
  });
});
