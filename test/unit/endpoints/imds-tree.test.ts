import { describe, expect, it } from 'vitest';
import { instanceFacts, SandboxHost } from '../../../src/sandbox/endpoints/index.js';
import { endpointsPerTest, raw, rawV2, run, scenarioWorld } from './helpers.js';

// The instance metadata tree as SDKs, the AWS CLI and tools read it: listings like IMDS (one entry
// a line, subtrees with a trailing slash, no newline after the last), values from the simulated
// world. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-metadata.html

const live = endpointsPerTest();
const INSTANCE = 'i-0a3ef72725f7a7186';

async function serveGuided(solved = true) {
  const host = new SandboxHost(scenarioWorld('guided-ec2-dynamodb', solved), { instanceId: INSTANCE });
  const { running } = await live.serve(host);
  const get = async (path: string) => rawV2(running.imdsUrl, path);
  return { host, running, get };
}

describe('the instance metadata tree', () => {
  it('lists the categories like IMDS: sorted, subtrees with a slash, no trailing newline', async () => {
    const { get } = await serveGuided();
    const top = await get('/latest/meta-data/');
    expect(top.status).toBe(200);
    expect(top.headers['content-type']).toBe('text/plain');
    expect(top.body).toBe(
      [
        'ami-id',
        'ami-launch-index',
        'events/',
        'hostname',
        'iam/',
        'instance-action',
        'instance-id',
        'instance-life-cycle',
        'instance-type',
        'local-hostname',
        'local-ipv4',
        'mac',
        'network/',
        'placement/',
        'reservation-id',
        'security-groups',
        'services/',
      ].join('\n'),
    );
    expect((await get('/latest/meta-data')).body).toBe(top.body);
    // No user data on this instance, so no user-data category (see the user-data test).
    expect((await get('/latest/')).body).toBe('dynamic\nmeta-data');
    expect((await get('/latest/meta-data/placement/')).body).toBe('availability-zone\navailability-zone-id\nregion');
    expect((await get('/latest/meta-data/iam/')).body).toBe('info\nsecurity-credentials/');
    expect((await get('/latest/meta-data/events/')).body).toBe('maintenance/');
    expect((await get('/latest/meta-data/events/maintenance/')).body).toBe('history\nscheduled');
    expect((await get('/latest/meta-data/events/maintenance/scheduled')).body).toBe('[]');
    expect((await get('/latest/dynamic/')).body).toBe('instance-identity/');
    expect((await get('/latest/dynamic/instance-identity/')).body).toBe('document\npkcs7\nrsa2048\nsignature');
    expect((await get('/')).status).toBe(404);
  });

  it('serves values from the simulated world, the zone with or without a trailing slash', async () => {
    const { host, get } = await serveGuided();
    const instance = host.instance()!;
    const facts = instanceFacts(instance, host.world().region);
    expect((await get('/latest/meta-data/instance-id')).body).toBe(INSTANCE);
    expect((await get('/latest/meta-data/ami-id')).body).toBe(instance.imageId);
    expect((await get('/latest/meta-data/instance-type')).body).toBe(instance.instanceType);
    expect((await get('/latest/meta-data/placement/region')).body).toBe('us-east-1');
    // botocore and AWS CLI v2 ask for the zone with a trailing slash.
    expect((await get('/latest/meta-data/placement/availability-zone/')).body).toMatch(/^us-east-1[a-c]$/);
    expect((await get('/latest/meta-data/placement/availability-zone-id')).body).toMatch(/^use1-az[1-3]$/);
    expect((await get('/latest/meta-data/local-ipv4')).body).toMatch(/^172\.31\.\d+\.\d+$/);
    expect((await get('/latest/meta-data/local-ipv4')).body).toBe(facts.privateIp);
    expect((await get('/latest/meta-data/hostname')).body).toBe(
      `ip-${facts.privateIp.replaceAll('.', '-')}.ec2.internal`,
    );
    const mac = (await get('/latest/meta-data/mac')).body;
    expect(mac).toMatch(/^0e(:[0-9a-f]{2}){5}$/);
    expect((await get('/latest/meta-data/network/interfaces/macs/')).body).toBe(`${mac}/`);
    const eni = `/latest/meta-data/network/interfaces/macs/${mac}/`;
    expect((await get(eni)).body.split('\n')).toEqual(
      expect.arrayContaining([
        'device-number',
        'interface-id',
        'local-ipv4s',
        'mac',
        'owner-id',
        'subnet-id',
        'vpc-id',
      ]),
    );
    expect((await get(`${eni}owner-id`)).body).toBe('111122223333');
    expect((await get(`${eni}local-ipv4s`)).body).toBe(facts.privateIp);

    const identity = await get('/latest/dynamic/instance-identity/document');
    // IMDS prints JSON with a space on both sides of the colon.
    expect(identity.body).toContain('"instanceId" : "i-0a3ef72725f7a7186"');
    expect(JSON.parse(identity.body)).toMatchObject({
      accountId: '111122223333',
      instanceId: INSTANCE,
      imageId: instance.imageId,
      instanceType: instance.instanceType,
      region: 'us-east-1',
      availabilityZone: facts.availabilityZone,
      privateIp: facts.privateIp,
      version: '2017-09-30',
    });
    // The signatures are base64 of a sentence saying they are fake.
    const signature = (await get('/latest/dynamic/instance-identity/signature')).body;
    expect(Buffer.from(signature.replaceAll('\n', ''), 'base64').toString()).toMatch(/^IAM-TUTOR FAKE SIGNATURE/);
    const pkcs7 = (await get('/latest/dynamic/instance-identity/pkcs7')).body;
    expect(pkcs7.split('\n').every((line) => line.length <= 64)).toBe(true);
    expect(Buffer.from(pkcs7.replaceAll('\n', ''), 'base64').toString()).toContain('FAKE PKCS7, not signed by AWS');
  });

  it('has no iam/ while no instance profile is associated, and ignores a query string', async () => {
    const { get, running } = await serveGuided(false);
    expect((await get('/latest/meta-data/')).body.split('\n')).not.toContain('iam/');
    expect((await get('/latest/meta-data/iam/')).status).toBe(404);
    expect((await get('/latest/meta-data/iam/security-credentials/')).status).toBe(404);
    expect((await rawV2(running.imdsUrl, '/latest/meta-data/instance-id?x=1')).body).toBe(INSTANCE);
  });

  it('lists the role but serves AssumeRoleUnauthorizedAccess, in the IMDS JSON style, when EC2 may not assume it', async () => {
    const host = new SandboxHost(scenarioWorld('trust-names-lambda', false), { instanceId: INSTANCE });
    const { running } = await live.serve(host);
    const role = (await rawV2(running.imdsUrl, '/latest/meta-data/iam/security-credentials/')).body;
    const doc = await rawV2(running.imdsUrl, `/latest/meta-data/iam/security-credentials/${role}`);
    expect(doc.body).toMatch(/^\{\n {2}"Code" : "AssumeRoleUnauthorizedAccess",\n {2}"Message" : "EC2 cannot assume/);
    expect((await raw(running.imdsUrl, { path: '/latest/meta-data/instance-id' })).status).toBe(401);
  });

  it('serves user data when the instance has some', async () => {
    const world = run(
      scenarioWorld('guided-ec2-dynamodb', true),
      'aws ec2 run-instances --image-id ami-0abcdef1234567890 --instance-type t3.micro --user-data echo-hello',
    );
    const id = Object.values(world.accounts['111122223333']!.instances).find((i) => i.userData)?.instanceId;
    expect(id).toBeDefined();
    const host = new SandboxHost(world, { instanceId: id! });
    const { running } = await live.serve(host);
    expect((await rawV2(running.imdsUrl, '/latest/user-data')).body).toBe('echo-hello');
    expect((await rawV2(running.imdsUrl, '/latest/')).body).toBe('dynamic\nmeta-data\nuser-data');
  });
});
