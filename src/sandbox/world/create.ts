// A fresh world: two accounts, each with one administrator user, and two CLI profiles.

import {
  ADMINISTRATOR_ACCESS_ARN,
  DEFAULT_PROFILE,
  LEARNER_ACCOUNT,
  LEARNER_USER,
  PARTNER_ACCOUNT,
  PARTNER_PROFILE,
  PARTNER_USER,
  REGION,
  START_TIME,
} from '../constants.js';
import { newId } from '../ids.js';
import type { Account, AccountId, World } from './types.js';

function emptyAccount(id: AccountId, label: string): Account {
  return {
    id,
    label,
    users: {},
    roles: {},
    policies: {},
    instanceProfiles: {},
    instances: {},
    clusters: {},
    taskDefinitions: {},
    tasks: {},
    functions: {},
    buckets: {},
    tables: {},
  };
}

function addAdmin(world: World, account: Account, userName: string): void {
  account.users[userName] = {
    name: userName,
    arn: `arn:aws:iam::${account.id}:user/${userName}`,
    userId: newId(world, 'user'),
    attachedPolicyArns: [ADMINISTRATOR_ACCESS_ARN],
    inlinePolicies: {},
  };
}

/** A new world at 2026-01-01T09:00:00Z, where both users start with AdministratorAccess. */
export function createWorld(): World {
  const learner = emptyAccount(LEARNER_ACCOUNT, 'learner');
  const partner = emptyAccount(PARTNER_ACCOUNT, 'partner');
  const world: World = {
    schema: 1,
    now: START_TIME,
    region: REGION,
    accounts: { [LEARNER_ACCOUNT]: learner, [PARTNER_ACCOUNT]: partner },
    profiles: {
      [DEFAULT_PROFILE]: { name: DEFAULT_PROFILE, account: LEARNER_ACCOUNT, userName: LEARNER_USER },
      [PARTNER_PROFILE]: { name: PARTNER_PROFILE, account: PARTNER_ACCOUNT, userName: PARTNER_USER },
    },
    files: {},
    counters: {},
    log: [],
  };
  addAdmin(world, learner, LEARNER_USER);
  addAdmin(world, partner, PARTNER_USER);
  return world;
}

/** A deep copy to build the next world in; the world passed in is never changed. */
export function draftOf(world: World): World {
  return structuredClone(world);
}
