// aws ec2 modify-instance-metadata-options: require IMDSv2 tokens, change the PUT response hop
// limit (containers on a bridge network need 2), or turn the metadata endpoint off.
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceMetadataOptions.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { instanceArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { checkMetadataOptions, metadataOutput } from './ec2-run-instances.js';
import type { MetadataOptionsSpec } from './inputs.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const modifyInstanceMetadataOptions: VerbSpec<'ec2 modify-instance-metadata-options'> = {
  verb: 'ec2 modify-instance-metadata-options',
  operation: 'ModifyInstanceMetadataOptions',
  summary: 'Change IMDS settings: tokens required, hop limit, endpoint on or off.',
  mutates: true,
  params: [
    { flag: '--instance-id', key: 'instanceId', kind: 'string', required: true },
    { flag: '--http-tokens', key: 'httpTokens', kind: 'string' },
    { flag: '--http-put-response-hop-limit', key: 'httpPutResponseHopLimit', kind: 'integer' },
    { flag: '--http-endpoint', key: 'httpEndpoint', kind: 'string' },
  ],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'ec2:ModifyInstanceMetadataOptions', resource: instanceArn(account.id, input.instanceId) },
      'ec2',
    );
    if (denied) return failed(denied);
    const instance = account.instances[input.instanceId];
    if (!instance)
      return failed(awsError('InvalidInstanceID.NotFound', `The instance ID '${input.instanceId}' does not exist`));
    const spec: MetadataOptionsSpec = {};
    if (input.httpTokens !== undefined) spec.HttpTokens = input.httpTokens;
    if (input.httpPutResponseHopLimit !== undefined) spec.HttpPutResponseHopLimit = input.httpPutResponseHopLimit;
    if (input.httpEndpoint !== undefined) spec.HttpEndpoint = input.httpEndpoint;
    const next = checkMetadataOptions(instance.metadataOptions, spec);
    if ('code' in next) return failed(next);
    const draft = draftOf(world);
    profileAccount(draft, ctx).instances[instance.instanceId]!.metadataOptions = next;
    return done(draft, { InstanceId: instance.instanceId, InstanceMetadataOptions: metadataOutput(next, 'pending') });
  },
};
