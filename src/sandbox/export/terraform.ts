// The world as a Terraform configuration for the AWS provider, one resource per thing built in
// the sandbox's learner account (or another account when asked). Account ids come from the
// aws_caller_identity data source, other accounts and the organization from variables, instance
// ids from the instances' own references, the AMI from the public SSM parameter.
// https://registry.terraform.io/providers/hashicorp/aws/latest/docs
// https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ssm_parameter

import { LEARNER_ACCOUNT } from '../constants.js';
import { isAwsManagedArn } from '../policies/catalogue.js';
import type { World } from '../world/types.js';
import { type Attr, type HclBlock, HclRef, renderBlock } from './hcl.js';
import { NameBook, snake } from './names.js';
import { mentions, otherAccounts, type Substitution, subTerraform } from './placeholders.js';
import { latestTaskDefinitions } from './task-definitions.js';

function push<T>(list: Array<[string, T]>, key: string, value: T | undefined): void {
  if (value !== undefined) list.push([key, value]);
}

export interface TerraformOptions {
  account?: string;
}

export function exportTerraform(world: World, options: TerraformOptions = {}): string {
  const account = world.accounts[options.account ?? LEARNER_ACCOUNT];
  if (!account) return `# There is no account ${options.account} in this world.\n`;
  const names = new NameBook('snake');
  const blocks: HclBlock[] = [];
  for (const p of Object.values(account.policies)) names.name(`policy:${p.arn}`, p.name);
  for (const r of Object.values(account.roles)) names.name(`role:${r.arn}`, r.name);

  const policyArn = (arn: string): Attr => {
    const n = names.lookup(`policy:${arn}`);
    return n ? new HclRef(`aws_iam_policy.${n}.arn`) : arn;
  };
  const roleArn = (arn: string): Attr => {
    const n = names.lookup(`role:${arn}`);
    return n ? new HclRef(`aws_iam_role.${n}.arn`) : arn;
  };

  for (const p of Object.values(account.policies)) {
    const attrs: Array<[string, Attr]> = [['name', p.name]];
    if (p.path !== '/') attrs.push(['path', p.path]);
    push(attrs, 'description', p.description);
    attrs.push(['policy', { json: p.document }]);
    blocks.push({
      kind: 'resource',
      type: 'aws_iam_policy',
      name: names.lookup(`policy:${p.arn}`)!,
      attributes: attrs,
    });
  }
  for (const r of Object.values(account.roles)) {
    const n = names.lookup(`role:${r.arn}`)!;
    const attrs: Array<[string, Attr]> = [['name', r.name]];
    if (r.path !== '/') attrs.push(['path', r.path]);
    push(attrs, 'description', r.description);
    if (r.maxSessionDuration !== 3600) attrs.push(['max_session_duration', r.maxSessionDuration]);
    if (r.permissionsBoundaryArn) attrs.push(['permissions_boundary', policyArn(r.permissionsBoundaryArn)]);
    attrs.push(['assume_role_policy', { json: r.trustPolicy }]);
    if (r.tags.length > 0) attrs.push(['tags', { map: Object.fromEntries(r.tags.map((t) => [t.Key, t.Value])) }]);
    blocks.push({ kind: 'resource', type: 'aws_iam_role', name: n, attributes: attrs });
    for (const arn of r.attachedPolicyArns) {
      const suffix = isAwsManagedArn(arn)
        ? arn.split('/').pop()!
        : (names.lookup(`policy:${arn}`) ?? arn.split('/').pop()!);
      blocks.push({
        kind: 'resource',
        type: 'aws_iam_role_policy_attachment',
        name: names.name(`attach:${r.arn}:${arn}`, `${n}_${suffix}`),
        attributes: [
          ['role', new HclRef(`aws_iam_role.${n}.name`)],
          ['policy_arn', policyArn(arn)],
        ],
      });
    }
    for (const [policyName, d] of Object.entries(r.inlinePolicies)) {
      blocks.push({
        kind: 'resource',
        type: 'aws_iam_role_policy',
        name: names.name(`inline:${r.arn}:${policyName}`, `${n}_${policyName}`),
        attributes: [
          ['name', policyName],
          ['role', new HclRef(`aws_iam_role.${n}.id`)],
          ['policy', { json: d }],
        ],
      });
    }
  }
  for (const p of Object.values(account.instanceProfiles)) {
    const n = names.name(`profile:${p.arn}`, p.name);
    const attrs: Array<[string, Attr]> = [['name', p.name]];
    if (p.path !== '/') attrs.push(['path', p.path]);
    const role = p.roleNames[0] === undefined ? undefined : account.roles[p.roleNames[0]];
    if (role) attrs.push(['role', new HclRef(`aws_iam_role.${names.lookup(`role:${role.arn}`)}.name`)]);
    blocks.push({ kind: 'resource', type: 'aws_iam_instance_profile', name: n, attributes: attrs });
  }
  const instances = Object.values(account.instances);
  if (instances.length > 0) {
    blocks.push({
      kind: 'data',
      type: 'aws_ssm_parameter',
      name: 'al2023_ami',
      attributes: [['name', '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64']],
      comment: 'The sandbox does not model AMIs: use the latest Amazon Linux 2023.',
    });
  }
  instances.forEach((instance, i) => {
    const attrs: Array<[string, Attr]> = [
      ['ami', new HclRef('data.aws_ssm_parameter.al2023_ami.value')],
      ['instance_type', instance.instanceType],
    ];
    const profile = instance.association
      ? names.lookup(`profile:${instance.association.instanceProfileArn}`)
      : undefined;
    if (profile) attrs.push(['iam_instance_profile', new HclRef(`aws_iam_instance_profile.${profile}.name`)]);
    if (instance.userData) attrs.push(['user_data', { heredoc: instance.userData }]);
    const m = instance.metadataOptions;
    blocks.push({
      kind: 'resource',
      type: 'aws_instance',
      name: names.name(`instance:${instance.instanceId}`, `instance_${i + 1}`),
      comment: `${instance.instanceId} in the sandbox`,
      attributes: attrs,
      blocks: [
        {
          name: 'metadata_options',
          attributes: [
            ['http_tokens', m.httpTokens],
            ['http_put_response_hop_limit', m.httpPutResponseHopLimit],
            ['http_endpoint', m.httpEndpoint],
          ],
        },
      ],
    });
  });
  for (const t of Object.values(account.tables)) {
    const n = names.name(`table:${t.arn}`, t.name);
    const hash = t.keySchema.find((k) => k.KeyType === 'HASH')?.AttributeName;
    const range = t.keySchema.find((k) => k.KeyType === 'RANGE')?.AttributeName;
    const attrs: Array<[string, Attr]> = [
      ['name', t.name],
      ['billing_mode', t.billingMode],
    ];
    push(attrs, 'hash_key', hash);
    push(attrs, 'range_key', range);
    if (t.provisionedThroughput)
      attrs.push(
        ['read_capacity', t.provisionedThroughput.ReadCapacityUnits],
        ['write_capacity', t.provisionedThroughput.WriteCapacityUnits],
      );
    blocks.push({
      kind: 'resource',
      type: 'aws_dynamodb_table',
      name: n,
      attributes: attrs,
      blocks: t.attributeDefinitions.map((a) => ({
        name: 'attribute',
        attributes: [
          ['name', a.AttributeName],
          ['type', a.AttributeType],
        ] as Array<[string, Attr]>,
      })),
    });
    if (t.resourcePolicy) {
      blocks.push({
        kind: 'resource',
        type: 'aws_dynamodb_resource_policy',
        name: names.name(`table-policy:${t.arn}`, `${n}_policy`),
        attributes: [
          ['resource_arn', new HclRef(`aws_dynamodb_table.${n}.arn`)],
          ['policy', { json: t.resourcePolicy }],
        ],
      });
    }
  }
  for (const b of Object.values(account.buckets)) {
    const n = names.name(`bucket:${b.name}`, b.name);
    blocks.push({ kind: 'resource', type: 'aws_s3_bucket', name: n, attributes: [['bucket', b.name]] });
    if (b.policy) {
      blocks.push({
        kind: 'resource',
        type: 'aws_s3_bucket_policy',
        name: names.name(`bucket-policy:${b.name}`, `${n}_policy`),
        attributes: [
          ['bucket', new HclRef(`aws_s3_bucket.${n}.id`)],
          ['policy', { json: b.policy }],
        ],
      });
    }
  }
  for (const c of Object.values(account.clusters)) {
    blocks.push({
      kind: 'resource',
      type: 'aws_ecs_cluster',
      name: names.name(`cluster:${c.name}`, c.name),
      attributes: [['name', c.name]],
    });
  }
  for (const td of latestTaskDefinitions(account)) {
    const attrs: Array<[string, Attr]> = [['family', td.family]];
    if (td.taskRoleArn) attrs.push(['task_role_arn', roleArn(td.taskRoleArn)]);
    if (td.executionRoleArn) attrs.push(['execution_role_arn', roleArn(td.executionRoleArn)]);
    attrs.push(['network_mode', td.networkMode]);
    if (td.requiresCompatibilities.length > 0)
      attrs.push(['requires_compatibilities', [...td.requiresCompatibilities]]);
    push(attrs, 'cpu', td.cpu);
    push(attrs, 'memory', td.memory);
    attrs.push([
      'container_definitions',
      {
        json: td.containerDefinitions.map((c) => ({
          name: c.name,
          image: c.image,
          essential: c.essential,
          ...(c.logConfiguration ? { logConfiguration: c.logConfiguration } : {}),
        })),
      },
    ]);
    blocks.push({
      kind: 'resource',
      type: 'aws_ecs_task_definition',
      name: names.name(`td:${td.family}`, td.family),
      attributes: attrs,
      comment: `revision ${td.revision} in the sandbox`,
    });
  }
  for (const fn of Object.values(account.functions)) {
    blocks.push({
      kind: 'resource',
      type: 'aws_lambda_function',
      name: names.name(`fn:${fn.name}`, fn.name),
      comment: 'function.zip must contain the code; the sandbox has none.',
      attributes: [
        ['function_name', fn.name],
        ['role', roleArn(fn.roleArn)],
        ['runtime', fn.runtime],
        ['handler', fn.handler],
        ['filename', 'function.zip'],
      ],
    });
  }

  // What differs in the account you apply this to, and what stands for it.
  const body = blocks.map(renderBlock).join('\n\n');
  const subs: Substitution[] = [];
  const declarations: string[] = [];
  if (body.includes(account.id)) {
    subs.push([account.id, 'data.aws_caller_identity.current.account_id']);
    declarations.push('data "aws_caller_identity" "current" {}');
  }
  for (const other of otherAccounts(world, account)) {
    if (!body.includes(other.id)) continue;
    const variable = `${snake(other.label)}_account_id`;
    subs.push([other.id, `var.${variable}`]);
    declarations.push(
      [
        `variable "${variable}" {`,
        `  description = "The ${other.label} account's 12-digit id (named in the policies)"`,
        '  type        = string',
        '}',
      ].join('\n'),
    );
  }
  const org = world.organization;
  if (org && body.includes(org.id)) {
    subs.push([org.id, 'var.organization_id']);
    declarations.push(
      [
        'variable "organization_id" {',
        '  description = "Your AWS Organizations id (aws organizations describe-organization)"',
        '  type        = string',
        '}',
      ].join('\n'),
    );
  }
  for (const instance of Object.values(account.instances)) {
    const n = names.lookup(`instance:${instance.instanceId}`);
    if (n && mentions(body, instance.instanceId)) subs.push([instance.instanceId, `aws_instance.${n}.id`]);
  }

  const header = [
    '# Exported by iam-tutor from the final state of a sandbox account.',
    'terraform {',
    '  required_providers {',
    '    aws = {',
    '      source = "hashicorp/aws"',
    '    }',
    '  }',
    '}',
    '',
    'provider "aws" {',
    `  region = "${world.region}"`,
    '}',
  ].join('\n');
  return `${[header, ...declarations, subTerraform(body, subs)].join('\n\n')}\n`;
}
