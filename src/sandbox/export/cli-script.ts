// The world's final state as a bash script of AWS CLI commands: what exists now, in an order that
// works (policies, roles, instance profiles, data, then instances and tasks), never the detours
// the learner took to get there. Account ids come from `aws sts get-caller-identity`, the AMI from
// the public SSM parameter for the latest Amazon Linux 2023, and the script waits where IAM's
// eventual consistency would otherwise break the next command:
// https://docs.aws.amazon.com/cli/latest/reference/iam/wait/role-exists.html
// https://docs.aws.amazon.com/cli/latest/reference/iam/wait/instance-profile-exists.html
// https://docs.aws.amazon.com/cli/latest/reference/ec2/wait/instance-running.html
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-systems-manager-parameter-to-find-AMI.html

import type { Action } from '../actions/inputs.js';
import { ADMINISTRATOR_ACCESS_ARN, DEFAULT_PROFILE, LEARNER_ACCOUNT, PARTNER_PROFILE } from '../constants.js';
import type { Account, Instance, World } from '../world/types.js';
import { ScriptBuilder } from './script-builder.js';
import { latestTaskDefinitions } from './task-definitions.js';

export const AL2023_AMI_PARAMETER = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';
/** Stands for the AMI id in commands until the script prints it as ${AMI_ID}. */
const AMI_LITERAL = '@AMI_ID@';
const SUBNET_LITERAL = '@SUBNET_ID@';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function hasResources(account: Account): boolean {
  const { users: _users, id: _id, label: _label, ...rest } = account;
  return Object.values(rest).some((collection) => Object.keys(collection).length > 0);
}

/** Every document of an account as text, to see which generated ids they name. */
function documentsText(world: World, account: Account): string {
  const docs: unknown[] = [
    ...Object.values(account.policies).map((p) => p.document),
    ...Object.values(account.roles).flatMap((r) => [r.trustPolicy, ...Object.values(r.inlinePolicies)]),
    ...Object.values(account.users).map((u) => u.inlinePolicies),
    ...Object.values(account.buckets).map((b) => b.policy),
    ...Object.values(account.tables).map((t) => t.resourcePolicy),
    ...Object.values(world.organization?.policies ?? {}).map((p) => p.document),
  ];
  return JSON.stringify(docs);
}

class AccountScript {
  private readonly profile: string | undefined;

  constructor(
    private readonly world: World,
    private readonly account: Account,
    private readonly out: ScriptBuilder,
  ) {
    const name = Object.values(world.profiles).find((p) => p.account === account.id)?.name ?? DEFAULT_PROFILE;
    this.profile = name === DEFAULT_PROFILE ? undefined : name;
  }

  private act(action: Action): Action {
    return this.profile ? { ...action, profile: this.profile } : action;
  }

  write(): void {
    const { account } = this;
    const documents = documentsText(this.world, account);
    const instances = Object.values(account.instances).sort((a, b) => a.launchedAt - b.launchedAt);
    // An instance named in a policy must exist before that policy: launch it first, without its
    // profile, and associate the profile once the role exists.
    const early = instances.filter((i) => documents.includes(i.instanceId));
    for (const instance of early) this.launch(instance, false);
    this.policies();
    this.roles();
    this.users();
    this.instanceProfiles();
    this.data();
    this.ecs();
    for (const instance of instances) {
      if (!early.includes(instance)) this.launch(instance, true);
      else if (instance.association) this.associate(instance);
    }
    this.tasks();
    this.functions();
  }

  private policies(): void {
    for (const p of Object.values(this.account.policies)) {
      const file = this.out.file(`${p.name}.json`, json(p.document));
      this.out.run(
        this.act({
          verb: 'iam create-policy',
          input: {
            policyName: p.name,
            policyDocument: file,
            ...(p.path !== '/' ? { path: p.path } : {}),
            ...(p.description !== undefined ? { description: p.description } : {}),
          },
        }),
      );
    }
  }

  private roles(): void {
    const { out } = this;
    for (const r of Object.values(this.account.roles)) {
      const trust = out.file(`${r.name}-trust.json`, json(r.trustPolicy));
      out.run(
        this.act({
          verb: 'iam create-role',
          input: {
            roleName: r.name,
            assumeRolePolicyDocument: trust,
            ...(r.path !== '/' ? { path: r.path } : {}),
            ...(r.description !== undefined ? { description: r.description } : {}),
            ...(r.maxSessionDuration !== 3600 ? { maxSessionDuration: r.maxSessionDuration } : {}),
            ...(r.permissionsBoundaryArn ? { permissionsBoundary: r.permissionsBoundaryArn } : {}),
            ...(r.tags.length > 0 ? { tags: r.tags.map((t) => ({ ...t })) } : {}),
          },
        }),
      );
      this.wait('aws', 'iam', 'wait', 'role-exists', '--role-name', r.name);
      for (const [name, document] of Object.entries(r.inlinePolicies)) {
        const file = out.file(`${r.name}-${name}.json`, json(document));
        out.run(
          this.act({
            verb: 'iam put-role-policy',
            input: { roleName: r.name, policyName: name, policyDocument: file },
          }),
        );
      }
      for (const arn of r.attachedPolicyArns)
        out.run(this.act({ verb: 'iam attach-role-policy', input: { roleName: r.name, policyArn: arn } }));
    }
  }

  /** Policies on the account's users beyond the AdministratorAccess they start with in the sandbox. */
  private users(): void {
    for (const u of Object.values(this.account.users)) {
      const attached = u.attachedPolicyArns.filter((arn) => arn !== ADMINISTRATOR_ACCESS_ARN);
      const inline = Object.entries(u.inlinePolicies);
      if (attached.length === 0 && inline.length === 0) continue;
      this.out.blank();
      this.out.comment(`${u.name} is the sandbox's user: put your own IAM user's name here.`);
      for (const [name, document] of inline) {
        const file = this.out.file(`${u.name}-${name}.json`, json(document));
        this.out.run(
          this.act({
            verb: 'iam put-user-policy',
            input: { userName: u.name, policyName: name, policyDocument: file },
          }),
        );
      }
      for (const arn of attached)
        this.out.run(this.act({ verb: 'iam attach-user-policy', input: { userName: u.name, policyArn: arn } }));
    }
  }

  private instanceProfiles(): void {
    for (const p of Object.values(this.account.instanceProfiles)) {
      this.out.run(
        this.act({
          verb: 'iam create-instance-profile',
          input: { instanceProfileName: p.name, ...(p.path !== '/' ? { path: p.path } : {}) },
        }),
      );
      for (const role of p.roleNames)
        this.out.run(
          this.act({
            verb: 'iam add-role-to-instance-profile',
            input: { instanceProfileName: p.name, roleName: role },
          }),
        );
      // The waiter polls GetInstanceProfile until IAM answers; EC2 may still need a few seconds more.
      this.wait('aws', 'iam', 'wait', 'instance-profile-exists', '--instance-profile-name', p.name);
    }
  }

  private data(): void {
    for (const t of Object.values(this.account.tables)) {
      this.out.run(
        this.act({
          verb: 'dynamodb create-table',
          input: {
            tableName: t.name,
            attributeDefinitions: t.attributeDefinitions.map((a) => ({ ...a })),
            keySchema: t.keySchema.map((k) => ({ ...k })),
            billingMode: t.billingMode,
            ...(t.provisionedThroughput ? { provisionedThroughput: { ...t.provisionedThroughput } } : {}),
          },
        }),
      );
      if (t.resourcePolicy) {
        const file = this.out.file(`${t.name}-table-policy.json`, json(t.resourcePolicy));
        this.out.run(this.act({ verb: 'dynamodb put-resource-policy', input: { resourceArn: t.arn, policy: file } }));
      }
    }
    for (const b of Object.values(this.account.buckets)) {
      this.out.blank();
      this.out.comment('Bucket names are global: if this one is taken, choose another (and change the policy too).');
      this.out.run(this.act({ verb: 's3api create-bucket', input: { bucket: b.name } }));
      if (b.policy) {
        const file = this.out.file(`${b.name}-bucket-policy.json`, json(b.policy));
        this.out.run(this.act({ verb: 's3api put-bucket-policy', input: { bucket: b.name, policy: file } }));
      }
    }
  }

  private ecs(): void {
    for (const c of Object.values(this.account.clusters))
      this.out.run(this.act({ verb: 'ecs create-cluster', input: { clusterName: c.name } }));
    for (const td of latestTaskDefinitions(this.account)) {
      const groups = td.containerDefinitions
        .map((c) =>
          c.logConfiguration?.logDriver === 'awslogs' ? c.logConfiguration.options['awslogs-group'] : undefined,
        )
        .filter((g): g is string => g !== undefined);
      for (const group of new Set(groups)) {
        // The awslogs driver writes to a log group that must exist; one that already does is fine.
        this.out.blank();
        const profile = this.profile ? ['--profile', this.profile] : [];
        this.out.raw(
          `${this.out.line('aws', 'logs', 'create-log-group', '--log-group-name', group, ...profile)} || true`,
        );
      }
      const file = this.out.file(`${td.family}-containers.json`, json(td.containerDefinitions));
      this.out.run(
        this.act({
          verb: 'ecs register-task-definition',
          input: {
            family: td.family,
            containerDefinitions: file,
            ...(td.taskRoleArn ? { taskRoleArn: td.taskRoleArn } : {}),
            ...(td.executionRoleArn ? { executionRoleArn: td.executionRoleArn } : {}),
            networkMode: td.networkMode,
            ...(td.requiresCompatibilities.length > 0
              ? { requiresCompatibilities: [...td.requiresCompatibilities] }
              : {}),
            ...(td.cpu ? { cpu: td.cpu } : {}),
            ...(td.memory ? { memory: td.memory } : {}),
          },
        }),
      );
    }
  }

  private launch(instance: Instance, withProfile: boolean): void {
    const profileName = withProfile ? this.profileNameOf(instance) : undefined;
    const m = instance.metadataOptions;
    const userData = instance.userData === undefined ? undefined : this.out.file('user-data.sh', instance.userData);
    if (profileName) {
      this.out.blank();
      this.out.comment('If EC2 still calls the new profile invalid, IAM has not caught up yet: wait and run it again.');
    }
    const variable = this.out.run(
      this.act({
        verb: 'ec2 run-instances',
        input: {
          imageId: AMI_LITERAL,
          instanceType: instance.instanceType,
          ...(profileName ? { iamInstanceProfile: { Name: profileName } } : {}),
          metadataOptions: {
            HttpTokens: m.httpTokens,
            HttpPutResponseHopLimit: m.httpPutResponseHopLimit,
            HttpEndpoint: m.httpEndpoint,
          },
          ...(userData ? { userData } : {}),
        },
      }),
      { query: 'Instances[0].InstanceId', prefix: 'INSTANCE_ID', literal: instance.instanceId },
    );
    this.appNote(`the app on instance $${variable}`, instance.app, { client: 'js-v3', runtime: 'host' });
  }

  private associate(instance: Instance): void {
    const profileName = this.profileNameOf(instance);
    if (!profileName) return;
    // AssociateIamInstanceProfile needs a running (or stopped) instance, not a pending one.
    this.out.blank();
    this.wait('aws', 'ec2', 'wait', 'instance-running', '--instance-ids', instance.instanceId);
    this.out.run(
      this.act({
        verb: 'ec2 associate-iam-instance-profile',
        input: { instanceId: instance.instanceId, iamInstanceProfile: { Name: profileName } },
      }),
    );
  }

  private profileNameOf(instance: Instance): string | undefined {
    const arn = instance.association?.instanceProfileArn;
    if (!arn) return undefined;
    return Object.values(this.account.instanceProfiles).find((p) => p.arn === arn)?.name ?? arn.split('/').pop();
  }

  private tasks(): void {
    const running = Object.values(this.account.tasks).filter((t) => t.lastStatus === 'RUNNING');
    const done = new Set<string>();
    for (const task of running) {
      const td = Object.values(this.account.taskDefinitions).find((d) => d.arn === task.taskDefinitionArn);
      if (!td || td.status === 'INACTIVE' || done.has(td.family)) continue;
      done.add(td.family);
      const awsvpc = td.networkMode === 'awsvpc';
      if (awsvpc) this.out.define(SUBNET_LITERAL, 'SUBNET_ID');
      this.out.run(
        this.act({
          verb: 'ecs run-task',
          input: {
            cluster: task.clusterName,
            taskDefinition: td.family,
            launchType: task.launchType,
            ...(awsvpc
              ? {
                  networkConfiguration: `awsvpcConfiguration={subnets=[${SUBNET_LITERAL}]${task.launchType === 'FARGATE' ? ',assignPublicIp=ENABLED' : ''}}`,
                }
              : {}),
          },
        }),
      );
      this.appNote(`the app in ${td.family}`, td.app, { client: 'js-v3', runtime: 'container' });
    }
  }

  private functions(): void {
    const fns = Object.values(this.account.functions);
    if (fns.length === 0) return;
    this.out.blank();
    this.out.comment('function.zip must hold your code; the sandbox has none.');
    for (const fn of fns)
      this.out.run(
        this.act({
          verb: 'lambda create-function',
          input: {
            functionName: fn.name,
            runtime: fn.runtime,
            role: fn.roleArn,
            handler: fn.handler,
            zipFile: 'fileb://function.zip',
          },
        }),
      );
  }

  /** The app's sandbox settings, as a comment: AWS knows nothing of them. */
  private appNote(where: string, app: Instance['app'], usual: Pick<Instance['app'], 'client' | 'runtime'>): void {
    const parts: string[] = [];
    if (app.client !== usual.client) parts.push(`uses the ${app.client} client`);
    if (app.runtime !== usual.runtime) parts.push(`runs in a ${app.runtime}`);
    if (app.assumeRole)
      parts.push(
        `assumes ${app.assumeRole.roleArn}${app.assumeRole.externalId ? ` with external id ${app.assumeRole.externalId}` : ''}`,
      );
    if (parts.length > 0) this.out.comment(`In the sandbox ${where} ${parts.join(', ')} (your code's own setting).`);
  }

  /** A command the sandbox does not model (a waiter), word by word, on this account's profile. */
  private wait(...words: string[]): void {
    this.out.words(...words, ...(this.profile ? ['--profile', this.profile] : []));
  }
}

export function exportCliScript(world: World): string {
  const out = new ScriptBuilder();
  const learner = world.accounts[LEARNER_ACCOUNT];
  const accounts = Object.values(world.accounts).filter((a) => a.id === LEARNER_ACCOUNT || hasResources(a));
  out.raw('#!/usr/bin/env bash');
  out.comment(
    'Generated by iam-tutor from the final state of a sandbox world (not a replay of what was typed).',
    'Read it before you run it: it creates real resources in your AWS account, and some of them',
    '(instances, tables) cost money. Account ids are looked up, not copied from the sandbox.',
  );
  if (accounts.some((a) => a.id !== LEARNER_ACCOUNT))
    out.comment(
      `Commands with --profile ${PARTNER_PROFILE} run in the partner's account: configure that CLI profile first.`,
    );
  out.raw('set -euo pipefail');
  out.blank();
  // The documents name the sandbox's Region; the commands must create things in the same one.
  out.comment(`The sandbox's Region is ${world.region}; your AWS_REGION or AWS_DEFAULT_REGION wins if set.`);
  out.raw(`REGION="\${AWS_REGION:-\${AWS_DEFAULT_REGION:-${world.region}}}"`);
  out.raw('export AWS_REGION="$REGION" AWS_DEFAULT_REGION="$REGION"');
  out.define(world.region, 'REGION');
  for (const account of accounts) {
    const profile = Object.values(world.profiles).find((p) => p.account === account.id)?.name ?? DEFAULT_PROFILE;
    const variable =
      account === learner ? 'ACCOUNT_ID' : `${account.label.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_ACCOUNT_ID`;
    out.raw(
      `${variable}=$(aws sts get-caller-identity${profile === DEFAULT_PROFILE ? '' : ` --profile ${profile}`} --query Account --output text)`,
    );
    out.define(account.id, variable);
  }
  // Accounts named in documents but not exported (the partner of a cross-account trust) still need their id.
  for (const account of Object.values(world.accounts)) {
    if (accounts.includes(account)) continue;
    const named = accounts.some((a) => documentsText(world, a).includes(account.id));
    if (!named) continue;
    const profile = Object.values(world.profiles).find((p) => p.account === account.id)?.name;
    const variable = `${account.label.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_ACCOUNT_ID`;
    out.comment(`The ${account.label} account's id, as your policies name it (a CLI profile for it, or type it in):`);
    out.raw(
      `${variable}=${profile ? `$(aws sts get-caller-identity --profile ${profile} --query Account --output text)` : `"\${${variable}:?set ${variable}}"`}`,
    );
    out.define(account.id, variable);
  }
  if (world.organization) {
    out.define(world.organization.id, 'ORG_ID');
    out.raw('ORG_ID=$(aws organizations describe-organization --query Organization.Id --output text)');
  }
  if (accounts.some((a) => Object.keys(a.instances).length > 0)) {
    out.comment('The latest Amazon Linux 2023 AMI, from its public SSM parameter:');
    out.raw(`AMI_ID=$(aws ssm get-parameter --name ${AL2023_AMI_PARAMETER} --query Parameter.Value --output text)`);
    out.define(AMI_LITERAL, 'AMI_ID');
  }
  if (accounts.some((a) => Object.values(a.tasks).some((t) => t.lastStatus === 'RUNNING'))) {
    out.comment('A subnet for the tasks: the first subnet of your default VPC (or set SUBNET_ID before running).');
    out.raw(
      `SUBNET_ID=\${SUBNET_ID:-$(aws ec2 describe-subnets --filters Name=default-for-az,Values=true --query 'Subnets[0].SubnetId' --output text)}`,
    );
  }
  for (const account of accounts) new AccountScript(world, account, out).write();
  organizationPolicies(world, out);
  return out.text();
}

/** Resource control policies: created and attached from the organization's management account. */
function organizationPolicies(world: World, out: ScriptBuilder): void {
  const org = world.organization;
  if (!org) return;
  out.blank();
  out.comment("Resource control policies: run these with credentials for your organization's management account.");
  for (const policy of Object.values(org.policies)) {
    const file = out.file(`${policy.name}-rcp.json`, json(policy.document));
    out.run(
      {
        verb: 'organizations create-policy',
        input: { name: policy.name, type: 'RESOURCE_CONTROL_POLICY', content: file },
      },
      { query: 'Policy.PolicySummary.Id', prefix: 'POLICY_ID', literal: policy.id },
    );
    for (const target of policy.targets)
      out.run({ verb: 'organizations attach-policy', input: { policyId: policy.id, targetId: target } });
  }
}
