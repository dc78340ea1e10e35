// The world as a CloudFormation template (YAML) for one account: customer managed policies, roles
// (trust policy, managed policy ARNs, inline policies), instance profiles, instances with their
// profile and IMDS options, DynamoDB tables and S3 buckets with their resource policies, ECS
// clusters and the latest ACTIVE revision of each task definition, Lambda functions. References between
// them use !Ref and !GetAtt so CloudFormation creates them in the right order. Account ids, the
// Region and instance ids become !Sub expressions (AWS::AccountId, AWS::Region, the instance's
// Ref), other accounts and the organization parameters; a policy that names an instance attaches
// itself to its roles, so that role -> profile -> instance -> policy has no cycle.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-managedpolicy.html
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-rolepolicy.html
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html#aws-ssm-parameter-types

import type { PolicyDocumentJson } from '../../iam/index.js';
import { LEARNER_ACCOUNT } from '../constants.js';
import { isAwsManagedArn } from '../policies/catalogue.js';
import type { World } from '../world/types.js';
import { NameBook, pascal } from './names.js';
import { mentions, otherAccounts, type Substitution, subCloudFormation } from './placeholders.js';
import { latestTaskDefinitions } from './task-definitions.js';
import { base64, Commented, getAtt, ref, toYaml, type YamlValue } from './yaml-emitter.js';

const AMI_PARAMETER = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';

function doc(d: PolicyDocumentJson): YamlValue {
  return JSON.parse(JSON.stringify(d)) as YamlValue;
}

function lambdaStub(runtime: string): string {
  if (runtime.startsWith('python')) return 'def handler(event, context):\n    return {"statusCode": 200}\n';
  return 'exports.handler = async () => ({ statusCode: 200 });\n';
}

export interface CloudFormationOptions {
  /** Which account's resources to export (default: the learner's). */
  account?: string;
}

export function exportCloudFormation(world: World, options: CloudFormationOptions = {}): string {
  const account = world.accounts[options.account ?? LEARNER_ACCOUNT];
  if (!account) return `# There is no account ${options.account} in this world.\n`;
  const names = new NameBook('pascal');
  const resources: Record<string, YamlValue> = {};

  // Names first, so references resolve whatever order the resources are written in.
  for (const p of Object.values(account.policies)) names.name(`policy:${p.arn}`, p.name, 'Policy');
  for (const r of Object.values(account.roles)) names.name(`role:${r.arn}`, r.name, 'Role');
  for (const p of Object.values(account.instanceProfiles)) names.name(`profile:${p.arn}`, p.name, 'InstanceProfile');
  const instances = Object.values(account.instances);
  instances.forEach((instance, i) => {
    names.name(`instance:${instance.instanceId}`, `Instance${i + 1}`);
  });
  /** Documents that name an instance of this template: they must come after it (see the header). */
  const namesInstance = (document: unknown) => instances.some((i) => mentions(document, i.instanceId));

  const policyRef = (arn: string): YamlValue => {
    const logical = names.lookup(`policy:${arn}`);
    return logical ? ref(logical) : arn;
  };
  const roleArnRef = (arn: string): YamlValue => {
    const logical = names.lookup(`role:${arn}`);
    return logical ? getAtt(logical, 'Arn') : arn;
  };

  for (const p of Object.values(account.policies)) {
    const late = namesInstance(p.document);
    const holders = Object.values(account.roles).filter((r) => r.attachedPolicyArns.includes(p.arn));
    resources[names.lookup(`policy:${p.arn}`)!] = {
      Type: 'AWS::IAM::ManagedPolicy',
      Properties: {
        ManagedPolicyName: p.name,
        Path: p.path === '/' ? undefined : p.path,
        Description: p.description,
        PolicyDocument: doc(p.document),
        Roles: late && holders.length > 0 ? holders.map((r) => ref(names.lookup(`role:${r.arn}`)!)) : undefined,
      },
    };
  }
  for (const r of Object.values(account.roles)) {
    const inline = Object.entries(r.inlinePolicies).filter(([, d]) => !namesInstance(d));
    const attached = r.attachedPolicyArns.filter((arn) => !namesInstance(account.policies[arn]?.document));
    for (const [name, d] of Object.entries(r.inlinePolicies).filter(([, d]) => namesInstance(d))) {
      resources[names.name(`inline:${r.arn}:${name}`, `${r.name}-${name}`, 'RolePolicy')] = {
        Type: 'AWS::IAM::RolePolicy',
        Properties: { RoleName: ref(names.lookup(`role:${r.arn}`)!), PolicyName: name, PolicyDocument: doc(d) },
      };
    }
    resources[names.lookup(`role:${r.arn}`)!] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        RoleName: r.name,
        Path: r.path === '/' ? undefined : r.path,
        Description: r.description,
        MaxSessionDuration: r.maxSessionDuration === 3600 ? undefined : r.maxSessionDuration,
        PermissionsBoundary: r.permissionsBoundaryArn ? policyRef(r.permissionsBoundaryArn) : undefined,
        AssumeRolePolicyDocument: doc(r.trustPolicy),
        ManagedPolicyArns:
          attached.length > 0 ? attached.map((arn) => (isAwsManagedArn(arn) ? arn : policyRef(arn))) : undefined,
        Policies:
          inline.length > 0 ? inline.map(([name, d]) => ({ PolicyName: name, PolicyDocument: doc(d) })) : undefined,
        Tags: r.tags.length > 0 ? r.tags.map((t) => ({ Key: t.Key, Value: t.Value })) : undefined,
      },
    };
  }
  for (const p of Object.values(account.instanceProfiles)) {
    const roles = p.roleNames.map((n) => account.roles[n]).filter((r) => r !== undefined);
    resources[names.lookup(`profile:${p.arn}`)!] = {
      Type: 'AWS::IAM::InstanceProfile',
      Properties: {
        InstanceProfileName: p.name,
        Path: p.path === '/' ? undefined : p.path,
        Roles: roles.map((r) => ref(names.lookup(`role:${r.arn}`)!)),
      },
    };
  }
  instances.forEach((instance) => {
    const profile = instance.association
      ? names.lookup(`profile:${instance.association.instanceProfileArn}`)
      : undefined;
    const m = instance.metadataOptions;
    resources[names.lookup(`instance:${instance.instanceId}`)!] = new Commented(
      `${instance.instanceId} in the sandbox`,
      {
        Type: 'AWS::EC2::Instance',
        Properties: {
          ImageId: ref('LatestAmiId'),
          InstanceType: instance.instanceType,
          IamInstanceProfile: profile ? ref(profile) : undefined,
          MetadataOptions: {
            HttpTokens: m.httpTokens,
            HttpPutResponseHopLimit: m.httpPutResponseHopLimit,
            HttpEndpoint: m.httpEndpoint,
          },
          UserData: instance.userData ? base64(instance.userData) : undefined,
        },
      },
    );
  });
  for (const t of Object.values(account.tables)) {
    resources[names.name(`table:${t.arn}`, t.name, 'Table')] = {
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        TableName: t.name,
        BillingMode: t.billingMode,
        AttributeDefinitions: t.attributeDefinitions.map((a) => ({
          AttributeName: a.AttributeName,
          AttributeType: a.AttributeType,
        })),
        KeySchema: t.keySchema.map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType })),
        ProvisionedThroughput: t.provisionedThroughput ? { ...t.provisionedThroughput } : undefined,
        ResourcePolicy: t.resourcePolicy ? { PolicyDocument: doc(t.resourcePolicy) } : undefined,
      },
    };
  }
  for (const b of Object.values(account.buckets)) {
    const logical = names.name(`bucket:${b.name}`, b.name, 'Bucket');
    resources[logical] = { Type: 'AWS::S3::Bucket', Properties: { BucketName: b.name } };
    if (b.policy)
      resources[names.name(`bucket-policy:${b.name}`, b.name, 'BucketPolicy')] = {
        Type: 'AWS::S3::BucketPolicy',
        Properties: { Bucket: ref(logical), PolicyDocument: doc(b.policy) },
      };
  }
  for (const c of Object.values(account.clusters)) {
    resources[names.name(`cluster:${c.name}`, c.name, 'Cluster')] = {
      Type: 'AWS::ECS::Cluster',
      Properties: { ClusterName: c.name },
    };
  }
  for (const td of latestTaskDefinitions(account)) {
    resources[names.name(`td:${td.family}`, td.family, 'TaskDefinition')] = new Commented(
      `revision ${td.revision} in the sandbox`,
      {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: {
          Family: td.family,
          TaskRoleArn: td.taskRoleArn ? roleArnRef(td.taskRoleArn) : undefined,
          ExecutionRoleArn: td.executionRoleArn ? roleArnRef(td.executionRoleArn) : undefined,
          NetworkMode: td.networkMode,
          RequiresCompatibilities: td.requiresCompatibilities.length > 0 ? [...td.requiresCompatibilities] : undefined,
          Cpu: td.cpu,
          Memory: td.memory,
          ContainerDefinitions: td.containerDefinitions.map((c) => ({
            Name: c.name,
            Image: c.image,
            Essential: c.essential,
            LogConfiguration: c.logConfiguration
              ? { LogDriver: c.logConfiguration.logDriver, Options: { ...c.logConfiguration.options } }
              : undefined,
          })),
        },
      },
    );
  }
  for (const fn of Object.values(account.functions)) {
    resources[names.name(`fn:${fn.name}`, fn.name, 'Function')] = {
      Type: 'AWS::Lambda::Function',
      Properties: {
        FunctionName: fn.name,
        Runtime: fn.runtime,
        Handler: fn.handler,
        Role: roleArnRef(fn.roleArn),
        Code: { ZipFile: lambdaStub(fn.runtime) },
      },
    };
  }

  // What differs in the account the stack is created in, and what stands for it.
  const subs: Substitution[] = [
    [account.id, 'AWS::AccountId'],
    [world.region, 'AWS::Region'],
    ...instances.map((i): Substitution => [i.instanceId, names.lookup(`instance:${i.instanceId}`)!]),
  ];
  const parameters: Record<string, YamlValue> = {};
  if (instances.length > 0) {
    parameters.LatestAmiId = {
      Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
      Default: AMI_PARAMETER,
      Description: 'Amazon Linux 2023 AMI; the sandbox does not model AMIs',
    };
  }
  for (const other of otherAccounts(world, account)) {
    if (!mentions(resources, other.id)) continue;
    const name = `${pascal(other.label)}AccountId`;
    parameters[name] = {
      Type: 'String',
      AllowedPattern: '^\\d{12}$',
      Description: `The ${other.label} account's 12-digit id (named in the policies)`,
    };
    subs.push([other.id, name]);
  }
  const org = world.organization;
  if (org && mentions(resources, org.id)) {
    parameters.OrganizationId = {
      Type: 'String',
      AllowedPattern: '^o-[a-z0-9]{10,32}$',
      Description: 'Your AWS Organizations id (aws organizations describe-organization)',
    };
    subs.push([org.id, 'OrganizationId']);
  }
  const template: Record<string, YamlValue> = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'Exported by iam-tutor from the final state of a sandbox account.',
  };
  if (Object.keys(parameters).length > 0) template.Parameters = parameters;
  template.Resources =
    Object.keys(resources).length > 0
      ? subCloudFormation(resources, subs)
      : new Commented('The sandbox account has no resources yet.', {});
  const runningTasks = Object.values(account.tasks).filter((t) => t.lastStatus === 'RUNNING').length;
  const footer =
    runningTasks > 0
      ? `# Tasks started with run-task (${runningTasks} running) are not template resources; run them again, or add an AWS::ECS::Service.\n`
      : '';
  return toYaml(template) + footer;
}
