// Everything IMDS serves for one instance at one moment, as a flat map from path to answer, with
// the directory listings derived from the files, the way IMDS lists them: one entry a line, a
// subtree's name with a trailing slash, no newline after the last entry. A path is looked up
// without its trailing slash: IMDS answers `placement/availability-zone/` as it answers
// `placement/availability-zone` (botocore and AWS CLI v2 ask for the zone with the slash).
// The categories and their shapes follow the EC2 User Guide; the SDKs and the AWS CLI read only a
// few of them (the role, its credentials, the zone or Region), the rest is there for curl and for
// tools that read instance metadata.
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-metadata.html
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-identity-documents.html

import { imdsCredentialsDocument, imdsInfo, imdsRoleName } from '../credential-flow/imds.js';
import type { Instance, World } from '../world/types.js';
import type { ServedTimes } from './host.js';
import { instanceFacts } from './instance-facts.js';

export interface ImdsAnswer {
  body: string;
  meaning: string;
}

export interface ImdsTree {
  /** Path without a trailing slash (but `/` itself) -> the answer. */
  answers: Map<string, ImdsAnswer>;
  /** The role IMDS lists, if any. */
  role: string | undefined;
  /** The credentials key served, if any (for the log). */
  accessKeyId: string | undefined;
}

/** JSON the way IMDS prints it: two-space indent and a space on both sides of each colon. */
export function imdsJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/^( *"[^"\n]*"): /gm, '$1 : ');
}

/**
 * Base64 of a text, wrapped at 64 columns like the signature and PKCS7 blocks IMDS serves. The
 * text says it is fake, so anyone decoding it sees it is no AWS signature.
 */
function fakeBase64(text: string, repeat: number): string {
  const base64 = Buffer.from(text.repeat(repeat)).toString('base64');
  return base64.match(/.{1,64}/g)!.join('\n');
}

export interface TreeInput {
  world: World;
  instance: Instance;
  /** The served times of a key (the host's ledger): fixed once handed out. */
  servedTimes: (key: string, issuedAt: number, expiration: number) => ServedTimes;
  /** Sandbox time to wall time, for times that are already past. */
  wallIso: (sandboxMs: number) => string;
}

export function buildImdsTree({ world, instance, servedTimes, wallIso }: TreeInput): ImdsTree {
  const files = new Map<string, ImdsAnswer>();
  const facts = instanceFacts(instance, world.region);
  const meta = (path: string, body: string, meaning: string) =>
    files.set(`/latest/meta-data/${path}`, { body, meaning });

  meta('ami-id', instance.imageId, 'AMI id');
  meta('ami-launch-index', '0', 'launch index');
  meta('hostname', facts.privateDnsName, 'hostname');
  meta('instance-action', 'none', 'no pending instance action');
  meta('instance-id', instance.instanceId, 'instance id');
  meta('instance-life-cycle', 'on-demand', 'purchase option');
  meta('instance-type', instance.instanceType, 'instance type');
  meta('local-hostname', facts.privateDnsName, 'private DNS name');
  meta('local-ipv4', facts.privateIp, 'private IPv4 address');
  meta('mac', facts.mac, 'MAC address of the primary network interface');
  meta('reservation-id', facts.reservationId, 'reservation id');
  meta('security-groups', facts.securityGroupName, 'security group names');
  meta('placement/availability-zone', facts.availabilityZone, `Availability Zone (Region ${facts.region})`);
  meta('placement/availability-zone-id', facts.availabilityZoneId, 'Availability Zone id');
  meta('placement/region', facts.region, 'Region');
  meta('services/domain', 'amazonaws.com', 'service domain');
  meta('services/partition', 'aws', 'partition');
  // No maintenance events scheduled or past: IMDS answers an empty JSON list.
  meta('events/maintenance/history', '[]', 'no past maintenance events');
  meta('events/maintenance/scheduled', '[]', 'no scheduled maintenance events');
  const mac = `network/interfaces/macs/${facts.mac}`;
  meta(`${mac}/device-number`, '0', 'device number');
  meta(`${mac}/interface-id`, facts.interfaceId, 'network interface id');
  meta(`${mac}/local-hostname`, facts.privateDnsName, 'private DNS name');
  meta(`${mac}/local-ipv4s`, facts.privateIp, 'private IPv4 addresses');
  meta(`${mac}/mac`, facts.mac, 'MAC address');
  meta(`${mac}/network-card-index`, '0', 'network card index');
  meta(`${mac}/owner-id`, facts.accountId, 'owner account');
  meta(`${mac}/security-group-ids`, facts.securityGroupId, 'security group ids');
  meta(`${mac}/security-groups`, facts.securityGroupName, 'security group names');
  meta(`${mac}/subnet-id`, facts.subnetId, 'subnet id');
  meta(`${mac}/subnet-ipv4-cidr-block`, facts.subnetCidr, 'subnet CIDR block');
  meta(`${mac}/vpc-id`, facts.vpcId, 'VPC id');
  meta(`${mac}/vpc-ipv4-cidr-block`, facts.vpcCidr, 'VPC CIDR block');
  meta(`${mac}/vpc-ipv4-cidr-blocks`, facts.vpcCidr, 'VPC CIDR blocks');

  // The role: iam/ exists while an instance profile is associated; security-credentials/ only
  // while the profile holds a role.
  const id = instance.instanceId;
  const info = imdsInfo(world, id, world.now);
  const role = info ? imdsRoleName(world, id) : undefined;
  const doc = role ? imdsCredentialsDocument(world, id, world.now) : undefined;
  let accessKeyId: string | undefined;
  let lastUpdated = info ? wallIso(Date.parse(info.LastUpdated)) : undefined;
  if (doc?.Code === 'Success') {
    const times = servedTimes(doc.SecretAccessKey, Date.parse(doc.LastUpdated), Date.parse(doc.Expiration));
    lastUpdated = times.lastUpdated;
    accessKeyId = doc.AccessKeyId;
    meta(
      `iam/security-credentials/${role}`,
      imdsJson({ ...doc, LastUpdated: times.lastUpdated, Expiration: times.expiration }),
      `credentials served for ${role} (key ${doc.AccessKeyId}, LastUpdated ${times.lastUpdated}, Expiration ${times.expiration})`,
    );
  } else if (doc) {
    meta(
      `iam/security-credentials/${role}`,
      imdsJson({ ...doc, LastUpdated: lastUpdated }),
      `${doc.Code}: EC2 could not assume ${role} (does its trust policy allow ec2.amazonaws.com?)`,
    );
  }
  if (info) meta('iam/info', imdsJson({ ...info, LastUpdated: lastUpdated }), 'instance profile info');

  if (instance.userData !== undefined)
    files.set('/latest/user-data', { body: instance.userData, meaning: 'user data' });

  // The instance identity document, with signatures that are plainly fake (base64 of a sentence
  // saying so): nothing can verify them against AWS's public certificates.
  const identity = {
    accountId: facts.accountId,
    architecture: 'x86_64',
    availabilityZone: facts.availabilityZone,
    billingProducts: null,
    devpayProductCodes: null,
    marketplaceProductCodes: null,
    imageId: instance.imageId,
    instanceId: instance.instanceId,
    instanceType: instance.instanceType,
    kernelId: null,
    pendingTime: wallIso(instance.launchedAt),
    privateIp: facts.privateIp,
    ramdiskId: null,
    region: facts.region,
    version: '2017-09-30',
  };
  const dynamic = (path: string, body: string, meaning: string) =>
    files.set(`/latest/dynamic/instance-identity/${path}`, { body, meaning });
  dynamic('document', imdsJson(identity), 'instance identity document');
  dynamic(
    'signature',
    fakeBase64('IAM-TUTOR FAKE SIGNATURE, not signed by AWS. ', 4),
    'instance identity signature (fake)',
  );
  dynamic('pkcs7', fakeBase64('IAM-TUTOR FAKE PKCS7, not signed by AWS. ', 20), 'instance identity PKCS7 (fake)');
  dynamic(
    'rsa2048',
    fakeBase64('IAM-TUTOR FAKE RSA-2048 PKCS7, not signed by AWS. ', 20),
    'instance identity RSA-2048 (fake)',
  );

  const answers = withListings(files);
  const roles = answers.get('/latest/meta-data/iam/security-credentials');
  if (roles && role) roles.meaning = `role listed: ${role}`;
  return { answers, role, accessKeyId };
}

/** Adds a listing for every directory above the files: entries sorted, subtrees with a slash. */
function withListings(files: Map<string, ImdsAnswer>): Map<string, ImdsAnswer> {
  const children = new Map<string, Set<string>>();
  for (const path of files.keys()) {
    const parts = path.split('/').slice(1);
    for (let i = 0; i < parts.length; i++) {
      const dir = `/${parts.slice(0, i).join('/')}`;
      const entry = i === parts.length - 1 ? parts[i]! : `${parts[i]}/`;
      if (!children.has(dir)) children.set(dir, new Set());
      children.get(dir)!.add(entry);
    }
  }
  const answers = new Map(files);
  for (const [dir, entries] of children) {
    // The root lists API versions; only `latest` is served here, so `/` stays 404.
    if (dir === '/') continue;
    // `/latest` names its categories without slashes, as IMDS does.
    const names = dir === '/latest' ? [...entries].map((e) => e.replace(/\/$/, '')) : [...entries];
    answers.set(dir, {
      body: names.sort().join('\n'),
      meaning: `${dir.split('/').at(-1)}/ listed`,
    });
  }
  return answers;
}
