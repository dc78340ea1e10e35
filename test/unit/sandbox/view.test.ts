import { describe, expect, it } from 'vitest';
import {
  applyActions,
  createWorld,
  describeWorld,
  formatWorld,
  getScenario,
  startScenario,
} from '../../../src/sandbox/index.js';
import { ACCT } from './helpers.js';

describe('the world as a view', () => {
  it('says who each role trusts and which instance has which profile', () => {
    const s = getScenario('guided-ec2-dynamodb')!;
    const w = applyActions(startScenario(s), s.referenceSolution).world;
    const view = describeWorld(w);
    const account = view.accounts.find((a) => a.id === ACCT)!;
    expect(account.roles[0]).toMatchObject({
      name: 'app-role',
      trustedBy: [{ who: 'the AWS service ec2.amazonaws.com', conditions: [] }],
      instanceProfiles: ['app-profile'],
    });
    expect(account.instances[0]).toMatchObject({
      instanceProfile: 'app-profile',
      role: 'app-role',
      metadata: 'HttpTokens=required, hop limit 1, endpoint enabled',
    });
    const text = formatWorld(w);
    expect(text).toContain('role app-role\n    trusts the AWS service ec2.amazonaws.com');
    expect(text).toMatch(/instance i-0[0-9a-f]{16} -> profile app-profile \(role app-role\)/);
  });

  it('shows trust conditions in words', () => {
    const w = startScenario(getScenario('cross-account-externalid')!);
    expect(formatWorld(w)).toMatch(
      /trusts any principal in account 111122223333 that its own policies allow when sts:ExternalId is .*orders-feed-7731/,
    );
  });

  it('says when nothing is built yet', () => {
    expect(formatWorld(createWorld())).toContain('(nothing built yet)');
  });
});
