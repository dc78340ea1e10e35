// The current world as a summary for free play: roles and who they trust, instance profiles,
// which instance has which profile and IMDS settings, ECS, Lambda and data stores. Plain data
// (describeWorld) for screens that draw their own view, and text (formatWorld) for the rest.

import { describeCondition, describePrincipal, parsePolicyValue } from '../iam/index.js';
import { registrationOf } from './ecs/registration.js';
import { isoSeconds } from './time.js';
import { findInstanceProfileByArn, findTaskDefinitionByArn } from './world/lookup.js';
import type { Account, Role, World } from './world/types.js';

export interface TrustEntry {
  /** Who may assume the role, e.g. "the AWS service ec2.amazonaws.com". */
  who: string;
  /** Conditions on that, in plain words ("sts:ExternalId is orders-feed-7731"). */
  conditions: string[];
}

export interface RoleView {
  name: string;
  arn: string;
  trustedBy: TrustEntry[];
  managedPolicies: string[];
  inlinePolicies: string[];
  boundary?: string;
  maxSessionDuration: number;
  instanceProfiles: string[];
}

export interface InstanceView {
  instanceId: string;
  instanceProfile?: string;
  role?: string;
  metadata: string;
  app: string;
  ecsCluster?: string;
  ecsRegistered?: boolean;
}

export interface AccountView {
  id: string;
  label: string;
  roles: RoleView[];
  instanceProfiles: Array<{ name: string; role?: string }>;
  customerPolicies: string[];
  instances: InstanceView[];
  clusters: string[];
  taskDefinitions: Array<{
    name: string;
    taskRole?: string;
    executionRole?: string;
    networkMode: string;
    launchTypes: string[];
    inactive?: true;
  }>;
  tasks: Array<{ taskArn: string; status: string; taskDefinition: string; stoppedReason?: string }>;
  functions: Array<{ name: string; role: string }>;
  tables: Array<{ name: string; hasPolicy: boolean }>;
  buckets: Array<{ name: string; hasPolicy: boolean }>;
}

export interface WorldView {
  now: string;
  accounts: AccountView[];
  files: string[];
}

function trustOf(role: Role): TrustEntry[] {
  const parsed = parsePolicyValue(role.trustPolicy);
  if (!parsed.ok) return [{ who: 'unreadable trust policy', conditions: [] }];
  return parsed.policy.statements
    .filter((s) => s.effect === 'Allow' && s.principal)
    .map((s) => ({
      who: describePrincipal(s.principal!),
      conditions: (s.condition ?? []).map((c) => describeCondition(c, s.effect)),
    }));
}

function roleView(account: Account, role: Role): RoleView {
  const view: RoleView = {
    name: role.name,
    arn: role.arn,
    trustedBy: trustOf(role),
    managedPolicies: [...role.attachedPolicyArns],
    inlinePolicies: Object.keys(role.inlinePolicies),
    maxSessionDuration: role.maxSessionDuration,
    instanceProfiles: Object.values(account.instanceProfiles)
      .filter((p) => p.roleNames.includes(role.name))
      .map((p) => p.name),
  };
  if (role.permissionsBoundaryArn) view.boundary = role.permissionsBoundaryArn;
  return view;
}

function accountView(world: World, account: Account): AccountView {
  return {
    id: account.id,
    label: account.label,
    roles: Object.values(account.roles).map((r) => roleView(account, r)),
    instanceProfiles: Object.values(account.instanceProfiles).map((p) =>
      p.roleNames[0] ? { name: p.name, role: p.roleNames[0] } : { name: p.name },
    ),
    customerPolicies: Object.values(account.policies).map((p) => p.name),
    instances: Object.values(account.instances).map((i) => {
      const profile = i.association
        ? findInstanceProfileByArn(world, i.association.instanceProfileArn)?.profile
        : undefined;
      const m = i.metadataOptions;
      const view: InstanceView = {
        instanceId: i.instanceId,
        metadata: `HttpTokens=${m.httpTokens}, hop limit ${m.httpPutResponseHopLimit}, endpoint ${m.httpEndpoint}`,
        app: `${i.app.client} on the ${i.app.runtime === 'host' ? 'host' : 'container bridge network'}${i.app.assumeRole ? `, assumes ${i.app.assumeRole.roleArn}${i.app.assumeRole.externalId ? ` (ExternalId ${i.app.assumeRole.externalId})` : ''}` : ''}`,
      };
      if (profile) view.instanceProfile = profile.name;
      else if (i.association) view.instanceProfile = `${i.association.instanceProfileArn} (deleted)`;
      if (profile?.roleNames[0]) view.role = profile.roleNames[0];
      if (i.ecs) {
        view.ecsCluster = i.ecs.cluster;
        view.ecsRegistered = registrationOf(world, account, i).registered;
      }
      return view;
    }),
    clusters: Object.keys(account.clusters),
    taskDefinitions: Object.values(account.taskDefinitions).map((td) => {
      const v: AccountView['taskDefinitions'][number] = {
        name: `${td.family}:${td.revision}`,
        networkMode: td.networkMode,
        launchTypes: [...td.requiresCompatibilities],
      };
      if (td.taskRoleArn) v.taskRole = td.taskRoleArn;
      if (td.executionRoleArn) v.executionRole = td.executionRoleArn;
      if (td.status === 'INACTIVE') v.inactive = true;
      return v;
    }),
    tasks: Object.values(account.tasks).map((t) => {
      const td = findTaskDefinitionByArn(world, t.taskDefinitionArn);
      const v: AccountView['tasks'][number] = {
        taskArn: t.taskArn,
        status: t.lastStatus,
        taskDefinition: td ? `${td.family}:${td.revision}` : t.taskDefinitionArn,
      };
      if (t.stoppedReason) v.stoppedReason = t.stoppedReason;
      return v;
    }),
    functions: Object.values(account.functions).map((f) => ({ name: f.name, role: f.roleArn })),
    tables: Object.values(account.tables).map((t) => ({ name: t.name, hasPolicy: t.resourcePolicy !== undefined })),
    buckets: Object.values(account.buckets).map((b) => ({ name: b.name, hasPolicy: b.policy !== undefined })),
  };
}

export function describeWorld(world: World): WorldView {
  return {
    now: isoSeconds(world.now),
    accounts: Object.values(world.accounts).map((a) => accountView(world, a)),
    files: Object.keys(world.files).sort(),
  };
}

function isEmpty(a: AccountView): boolean {
  return [
    a.roles,
    a.instanceProfiles,
    a.customerPolicies,
    a.instances,
    a.clusters,
    a.taskDefinitions,
    a.tasks,
    a.functions,
    a.tables,
    a.buckets,
  ].every((l) => l.length === 0);
}

/** The world as indented text, for free play. */
export function formatWorld(world: World): string {
  const view = describeWorld(world);
  const lines: string[] = [`Simulated time: ${view.now}`];
  for (const a of view.accounts) {
    lines.push('', `Account ${a.id} (${a.label})`);
    if (isEmpty(a)) {
      lines.push('  (nothing built yet)');
      continue;
    }
    for (const r of a.roles) {
      lines.push(`  role ${r.name}`);
      for (const t of r.trustedBy)
        lines.push(`    trusts ${t.who}${t.conditions.length > 0 ? ` when ${t.conditions.join(' and ')}` : ''}`);
      if (r.trustedBy.length === 0) lines.push('    trusts nobody');
      const policies = [
        ...r.managedPolicies.map((p) => p.split('/').pop()!),
        ...r.inlinePolicies.map((p) => `${p} (inline)`),
      ];
      lines.push(`    permissions: ${policies.length > 0 ? policies.join(', ') : 'none'}`);
      if (r.boundary) lines.push(`    boundary: ${r.boundary}`);
      if (r.instanceProfiles.length > 0) lines.push(`    in instance profile ${r.instanceProfiles.join(', ')}`);
    }
    for (const p of a.instanceProfiles)
      lines.push(`  instance profile ${p.name} -> ${p.role ? `role ${p.role}` : 'no role'}`);
    for (const p of a.customerPolicies) lines.push(`  policy ${p}`);
    for (const i of a.instances) {
      lines.push(
        `  instance ${i.instanceId} -> ${i.instanceProfile ? `profile ${i.instanceProfile}${i.role ? ` (role ${i.role})` : ' (no role)'}` : 'no instance profile'}`,
      );
      lines.push(`    IMDS: ${i.metadata}`, `    app: ${i.app}`);
      if (i.ecsCluster)
        lines.push(`    ECS cluster ${i.ecsCluster}: ${i.ecsRegistered ? 'registered' : 'not registered'}`);
    }
    for (const c of a.clusters) lines.push(`  ECS cluster ${c}`);
    for (const td of a.taskDefinitions) {
      lines.push(
        `  task definition ${td.name} (${td.networkMode}${td.launchTypes.length > 0 ? `, ${td.launchTypes.join('/')}` : ''})${td.inactive ? ' INACTIVE' : ''}`,
      );
      lines.push(`    task role: ${td.taskRole ?? 'none'}; execution role: ${td.executionRole ?? 'none'}`);
    }
    for (const t of a.tasks)
      lines.push(
        `  task ${t.taskArn.split('/').pop()} (${t.taskDefinition}) ${t.status}${t.stoppedReason ? `: ${t.stoppedReason}` : ''}`,
      );
    for (const f of a.functions) lines.push(`  Lambda function ${f.name} -> execution role ${f.role}`);
    for (const t of a.tables) lines.push(`  DynamoDB table ${t.name}${t.hasPolicy ? ' (with resource policy)' : ''}`);
    for (const b of a.buckets) lines.push(`  S3 bucket ${b.name}${b.hasPolicy ? ' (with bucket policy)' : ''}`);
  }
  if (view.files.length > 0) lines.push('', `Files: ${view.files.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
