import { describe, expect, it } from 'vitest';
import { evaluate, parsePolicyValue, type Policy } from '../../../src/iam/index.js';

const policy = (actions: string[]): Policy => {
  const parsed = parsePolicyValue({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
  });
  if (!parsed.ok) throw new Error('bad test policy');
  return parsed.policy;
};

describe('SCPs across the organisation hierarchy', () => {
  it('names the level that lacks an Allow, counting from the root', () => {
    const decision = evaluate(
      { principal: { arn: 'arn:aws:iam::111122223333:user/dev' }, action: 'ec2:RunInstances', resource: '*' },
      { identity: [policy(['*'])], scpLevels: [[policy(['*'])], [policy(['s3:*'])], [policy(['*'])]] },
    );
    expect(decision.decision).toBe('ImplicitDeny');
    expect(decision.summary).toMatch(/level 2 of 3 \(counting from the organization root\)/);
  });

  it('treats scps as a single level when no hierarchy is given', () => {
    const decision = evaluate(
      { principal: { arn: 'arn:aws:iam::111122223333:user/dev' }, action: 'ec2:RunInstances', resource: '*' },
      { identity: [policy(['*'])], scps: [policy(['s3:*']), policy(['ec2:*'])] },
    );
    expect(decision.decision).toBe('Allow');
  });
});
