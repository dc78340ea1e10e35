// aws ec2 run-instances: launch an instance, optionally with an instance profile, IMDS options and
// user data (ECS_CLUSTER=... makes it an ECS container instance).
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html
//
// Defaults for IMDS when --metadata-options is left out follow the API's documented defaults for an
// AMI without ImdsSupport=v2.0: HttpTokens optional, hop limit 1, endpoint enabled. (AMIs such as
// Amazon Linux 2023 are marked v2.0 and launch with tokens required and hop limit 2 instead.)

import { authorizeProfile } from '../authorize.js';
import { ecsSettingsFromUserData } from '../ecs/user-data.js';
import { registrationOf } from '../ecs/registration.js';
import { awsError, cliError } from '../errors.js';
import { newId } from '../ids.js';
import { loadParameterText } from '../policies/documents.js';
import { isoCli } from '../time.js';
import { instanceArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import type { HttpEndpoint, HttpTokens, Instance, MetadataOptions } from '../world/types.js';
import { resolveInstanceProfile } from './ec2-profile-argument.js';
import type { MetadataOptionsSpec } from './inputs.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const DEFAULT_METADATA_OPTIONS: MetadataOptions = {
  httpTokens: 'optional',
  httpPutResponseHopLimit: 1,
  httpEndpoint: 'enabled',
};

export function checkMetadataOptions(
  base: MetadataOptions,
  spec: MetadataOptionsSpec,
): MetadataOptions | ReturnType<typeof awsError> {
  const out = { ...base };
  if (spec.HttpTokens !== undefined) {
    if (spec.HttpTokens !== 'optional' && spec.HttpTokens !== 'required') {
      return awsError(
        'InvalidParameterValue',
        `Value (${spec.HttpTokens}) for parameter HttpTokens is invalid. Valid values are optional and required.`,
      );
    }
    out.httpTokens = spec.HttpTokens as HttpTokens;
  }
  if (spec.HttpPutResponseHopLimit !== undefined) {
    const n = spec.HttpPutResponseHopLimit;
    if (!Number.isInteger(n) || n < 1 || n > 64) {
      return awsError(
        'InvalidParameterValue',
        `Value (${n}) for parameter HttpPutResponseHopLimit is invalid. Valid values are integers from 1 to 64.`,
      );
    }
    out.httpPutResponseHopLimit = n;
  }
  if (spec.HttpEndpoint !== undefined) {
    if (spec.HttpEndpoint !== 'enabled' && spec.HttpEndpoint !== 'disabled') {
      return awsError(
        'InvalidParameterValue',
        `Value (${spec.HttpEndpoint}) for parameter HttpEndpoint is invalid. Valid values are enabled and disabled.`,
      );
    }
    out.httpEndpoint = spec.HttpEndpoint as HttpEndpoint;
  }
  return out;
}

export function metadataOutput(m: MetadataOptions, state: 'pending' | 'applied') {
  return {
    State: state,
    HttpTokens: m.httpTokens,
    HttpPutResponseHopLimit: m.httpPutResponseHopLimit,
    HttpEndpoint: m.httpEndpoint,
  };
}

export const runInstances: VerbSpec<'ec2 run-instances'> = {
  verb: 'ec2 run-instances',
  operation: 'RunInstances',
  summary: 'Launch an EC2 instance, optionally with an instance profile and IMDS options.',
  mutates: true,
  params: [
    { flag: '--image-id', key: 'imageId', kind: 'string', required: true },
    { flag: '--instance-type', key: 'instanceType', kind: 'string' },
    { flag: '--count', key: 'count', kind: 'integer' },
    {
      flag: '--iam-instance-profile',
      key: 'iamInstanceProfile',
      kind: 'structure',
      fields: { Name: 'string', Arn: 'string' },
    },
    {
      flag: '--metadata-options',
      key: 'metadataOptions',
      kind: 'structure',
      fields: { HttpTokens: 'string', HttpPutResponseHopLimit: 'integer', HttpEndpoint: 'string' },
    },
    { flag: '--user-data', key: 'userData', kind: 'document' },
  ],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'ec2:RunInstances', resource: instanceArn(account.id, '*') },
      'ec2',
    );
    if (denied) return failed(denied);
    const count = input.count ?? 1;
    if (count < 1 || count > 5)
      return failed(
        awsError('InvalidParameterValue', `The sandbox launches 1 to 5 instances at a time (got ${count}).`),
      );
    const metadata = checkMetadataOptions(DEFAULT_METADATA_OPTIONS, input.metadataOptions ?? {});
    if ('code' in metadata) return failed(metadata);
    let userData: string | undefined;
    if (input.userData !== undefined) {
      const loaded = loadParameterText(world, '--user-data', input.userData);
      if (!loaded.ok) return failed(cliError(loaded.message));
      userData = loaded.text;
    }
    const resolved = input.iamInstanceProfile
      ? resolveInstanceProfile(world, ctx, input.iamInstanceProfile)
      : undefined;
    if (resolved && !resolved.ok) return failed(resolved.error);

    const draft = draftOf(world);
    const target = profileAccount(draft, ctx);
    const launched: Instance[] = [];
    for (let i = 0; i < count; i++) {
      const instanceId = newId(draft, 'instance');
      const instance: Instance = {
        instanceId,
        arn: instanceArn(target.id, instanceId),
        imageId: input.imageId,
        instanceType: input.instanceType ?? 't3.micro',
        launchedAt: ctx.now,
        state: 'running',
        metadataOptions: metadata,
        app: { client: 'js-v3', runtime: 'host' },
      };
      if (resolved?.ok) {
        instance.association = {
          associationId: newId(draft, 'association'),
          instanceProfileArn: resolved.profile.arn,
          state: 'associated',
          associatedAt: ctx.now,
        };
      }
      if (userData !== undefined) instance.userData = userData;
      const ecs = ecsSettingsFromUserData(userData);
      if (ecs) instance.ecs = ecs;
      target.instances[instanceId] = instance;
      launched.push(instance);
    }
    const notes: string[] = [];
    for (const instance of launched) {
      if (!instance.ecs) continue;
      const reg = registrationOf(draft, target, instance);
      notes.push(
        reg.registered
          ? `The ECS agent on ${instance.instanceId} registered it in cluster ${instance.ecs.cluster}.`
          : `The ECS agent on ${instance.instanceId} cannot register yet: ${reg.reason}.`,
      );
    }
    return done(
      draft,
      {
        Instances: launched.map((instance) => ({
          InstanceId: instance.instanceId,
          ImageId: instance.imageId,
          InstanceType: instance.instanceType,
          LaunchTime: isoCli(ctx.now),
          State: { Code: 0, Name: 'pending' },
          ...(resolved?.ok
            ? { IamInstanceProfile: { Arn: resolved.profile.arn, Id: resolved.profile.instanceProfileId } }
            : {}),
          MetadataOptions: metadataOutput(instance.metadataOptions, 'pending'),
        })),
      },
      notes,
    );
  },
};
