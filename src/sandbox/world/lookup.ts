// Finding things in a world by name or ARN. Every function returns undefined rather than throw.

import type {
  Account,
  Bucket,
  Instance,
  InstanceProfile,
  LambdaFunction,
  Role,
  Table,
  Task,
  TaskDefinition,
  World,
} from './types.js';

export function accountById(world: World, id: string): Account | undefined {
  return world.accounts[id];
}

export function allAccounts(world: World): Account[] {
  return Object.values(world.accounts);
}

export function findRoleByArn(world: World, arn: string): { account: Account; role: Role } | undefined {
  for (const account of allAccounts(world)) {
    for (const role of Object.values(account.roles)) if (role.arn === arn) return { account, role };
  }
  return undefined;
}

export function findInstance(world: World, instanceId: string): { account: Account; instance: Instance } | undefined {
  for (const account of allAccounts(world)) {
    const instance = account.instances[instanceId];
    if (instance) return { account, instance };
  }
  return undefined;
}

export function findInstanceProfileByArn(
  world: World,
  arn: string,
): { account: Account; profile: InstanceProfile } | undefined {
  for (const account of allAccounts(world)) {
    for (const profile of Object.values(account.instanceProfiles)) if (profile.arn === arn) return { account, profile };
  }
  return undefined;
}

/** The instance profile an instance is associated with and the role in it, as far as they exist. */
export function instanceProfileOf(world: World, instance: Instance): { profile?: InstanceProfile; role?: Role } {
  if (!instance.association) return {};
  const found = findInstanceProfileByArn(world, instance.association.instanceProfileArn);
  if (!found) return {};
  const roleName = found.profile.roleNames[0];
  const role = roleName === undefined ? undefined : found.account.roles[roleName];
  return role ? { profile: found.profile, role } : { profile: found.profile };
}

export function findTask(world: World, arn: string): { account: Account; task: Task } | undefined {
  for (const account of allAccounts(world)) {
    const task = account.tasks[arn];
    if (task) return { account, task };
  }
  return undefined;
}

/**
 * An exact family:revision or task definition ARN (ACTIVE or INACTIVE), or for a bare family its
 * latest ACTIVE revision, as ECS reads a family name.
 */
export function findTaskDefinition(account: Account, ref: string): TaskDefinition | undefined {
  const arnMatch = ref.match(/^arn:aws:ecs:[^:]+:\d{12}:task-definition\/(.+)$/);
  const key = arnMatch?.[1] ?? ref;
  if (key.includes(':')) return account.taskDefinitions[key];
  let latest: TaskDefinition | undefined;
  for (const td of Object.values(account.taskDefinitions)) {
    if (td.family === key && td.status !== 'INACTIVE' && (!latest || td.revision > latest.revision)) latest = td;
  }
  return latest;
}

export function findTaskDefinitionByArn(world: World, arn: string): TaskDefinition | undefined {
  for (const account of allAccounts(world)) {
    for (const td of Object.values(account.taskDefinitions)) if (td.arn === arn) return td;
  }
  return undefined;
}

export function findFunction(world: World, name: string): { account: Account; fn: LambdaFunction } | undefined {
  for (const account of allAccounts(world)) {
    const fn = account.functions[name] ?? Object.values(account.functions).find((f) => f.arn === name);
    if (fn) return { account, fn };
  }
  return undefined;
}

/** Bucket names are global across accounts, as in S3. */
export function findBucket(world: World, name: string): { account: Account; bucket: Bucket } | undefined {
  for (const account of allAccounts(world)) {
    const bucket = account.buckets[name];
    if (bucket) return { account, bucket };
  }
  return undefined;
}

export function findTableByArn(world: World, arn: string): { account: Account; table: Table } | undefined {
  const base = arn.replace(/\/(index|stream)\/.*$/, '');
  for (const account of allAccounts(world)) {
    for (const table of Object.values(account.tables)) if (table.arn === base) return { account, table };
  }
  return undefined;
}
