// The facts about a sandbox instance that IMDS serves besides its role: where it runs and its
// network identity. The world does not model VPCs, so these are derived from the instance id and
// the world's Region: the same instance always gets the same address, MAC and ids. The shapes follow
// the EC2 User Guide's "Instance metadata categories" (a default VPC is 172.31.0.0/16 with /20
// subnets; private DNS names are ip-A-B-C-D.ec2.internal in us-east-1 and
// ip-A-B-C-D.REGION.compute.internal elsewhere).
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-metadata.html#instancedata-data-categories
// https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html

import { hexFrom } from '../hash.js';
import type { Instance } from '../world/types.js';

export interface InstanceFacts {
  accountId: string;
  region: string;
  availabilityZone: string;
  availabilityZoneId: string;
  privateIp: string;
  privateDnsName: string;
  mac: string;
  interfaceId: string;
  subnetId: string;
  subnetCidr: string;
  vpcId: string;
  vpcCidr: string;
  securityGroupId: string;
  securityGroupName: string;
  reservationId: string;
}

/** "us-east-1" -> "use1", "eu-west-2" -> "euw2": the prefix of an AZ id such as use1-az1. */
function regionCode(region: string): string {
  const [area = '', direction = '', number = ''] = region.split('-');
  return `${area}${direction.slice(0, 1)}${number}`;
}

export function instanceFacts(instance: Instance, region: string): InstanceFacts {
  const seed = instance.instanceId;
  const accountId = instance.arn.split(':')[4] ?? '';
  const byte = (name: string, modulo: number) => Number.parseInt(hexFrom(`${seed}|${name}`, 4), 16) % modulo;
  // One of the default VPC's /20 subnets: 172.31.0.0/20, 172.31.16.0/20, 172.31.32.0/20 ...
  const subnet = byte('subnet', 3) * 16;
  const third = subnet + byte('third', 16);
  const fourth = 4 + byte('fourth', 250);
  const privateIp = `172.31.${third}.${fourth}`;
  const host = `ip-${privateIp.replaceAll('.', '-')}`;
  const macHex = hexFrom(`${seed}|mac`, 10);
  return {
    accountId,
    region,
    availabilityZone: `${region}${'abc'[subnet / 16]}`,
    availabilityZoneId: `${regionCode(region)}-az${subnet / 16 + 1}`,
    privateIp,
    privateDnsName: region === 'us-east-1' ? `${host}.ec2.internal` : `${host}.${region}.compute.internal`,
    // 0e: a locally administered unicast MAC, as ENIs get.
    mac: `0e:${macHex.match(/../g)!.join(':')}`,
    interfaceId: `eni-${hexFrom(`${seed}|eni`, 17)}`,
    subnetId: `subnet-${hexFrom(`${accountId}|subnet|${subnet}`, 17)}`,
    subnetCidr: `172.31.${subnet}.0/20`,
    vpcId: `vpc-${hexFrom(`${accountId}|vpc`, 17)}`,
    vpcCidr: '172.31.0.0/16',
    securityGroupId: `sg-${hexFrom(`${accountId}|sg`, 17)}`,
    securityGroupName: 'default',
    reservationId: `r-${hexFrom(`${seed}|reservation`, 17)}`,
  };
}
