import { describe, expect, it } from 'vitest';
import { lintPolicy, managedPolicies, parsePolicyValue, validatePolicy } from '../../../src/iam/index.js';

describe('managedPolicies', () => {
  it('holds the policies the lessons use', () => {
    expect(Object.keys(managedPolicies).sort()).toEqual(
      [
        'AWSLambdaBasicExecutionRole',
        'AmazonDynamoDBReadOnlyAccess',
        'AmazonEC2ContainerServiceforEC2Role',
        'AmazonECSTaskExecutionRolePolicy',
        'AmazonS3ReadOnlyAccess',
        'CloudWatchAgentServerPolicy',
        'ReadOnlyAccess',
      ].sort(),
    );
  });

  it.each(Object.entries(managedPolicies))(
    '%s is a valid identity policy with a matching ARN and docs page',
    (name, entry) => {
      const parsed = parsePolicyValue(entry.document);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(validatePolicy(parsed.policy, 'identity')).toEqual([]);
      expect(lintPolicy(parsed.policy, 'identity').map((w) => w.id)).not.toContain('version-missing');
      expect(entry.arn).toMatch(new RegExp(`^arn:aws:iam::aws:policy/(service-role/)?${name}$`));
      expect(entry.docs).toBe(`https://docs.aws.amazon.com/aws-managed-policy/latest/reference/${name}.html`);
      expect(entry.description.length).toBeGreaterThan(20);
    },
  );

  it('marks ReadOnlyAccess as abbreviated and says so in its description', () => {
    expect(managedPolicies.ReadOnlyAccess?.abbreviated).toBe(true);
    expect(managedPolicies.ReadOnlyAccess?.description).toMatch(/ABBREVIATED/);
  });

  it('keeps the task execution role policy apart from what application code needs', () => {
    const actions = JSON.stringify(managedPolicies.AmazonECSTaskExecutionRolePolicy?.document);
    expect(actions).not.toMatch(/s3:|dynamodb:/);
  });
});
