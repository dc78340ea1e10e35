import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { afterEach, describe, expect, it } from 'vitest';
import { worldToServe } from '../../../src/cli/commands/sandbox-serve.js';
import {
  type RequestEvent,
  type RunningEndpoints,
  SandboxHost,
  startSandboxEndpoints,
} from '../../../src/sandbox/endpoints/index.js';
import { scenarios } from '../../../src/sandbox/index.js';
import { raw, rawV2, sdkEnvironment } from './helpers.js';
import {
  botocore,
  botocorePython,
  botocoreVersion,
  clientEnv,
  cliV1,
  cliV1Version,
  cliV2,
  cliV2Version,
  runClient,
  skipNote,
} from './real-clients.js';

// Every scenario, as the challenge starts and solved, served live and read by every real client
// available here. What each client shows the learner is asserted: the keys the sandbox issued, or
// the exact words it fails with. The server's request log must say why.

type Outcome = 'instance-role' | 'container-role' | 'none';

/** What a learner's client gets in each state, and (when it gets nothing) what the log says. */
const EXPECTED: Record<string, { start: Outcome; solved: Outcome; why?: RegExp[] }> = {
  'guided-ec2-dynamodb': { start: 'none', solved: 'instance-role', why: [/no role to list/] },
  'missing-instance-profile': { start: 'none', solved: 'instance-role', why: [/no role to list/] },
  'trust-names-lambda': { start: 'none', solved: 'instance-role', why: [/AssumeRoleUnauthorizedAccess/] },
  // IAM refuses the blog's trust policy, so the role the profile should carry does not exist.
  'trust-instance-arn': { start: 'none', solved: 'instance-role', why: [/no role to list/] },
  'implicit-deny': { start: 'instance-role', solved: 'instance-role' },
  'explicit-deny': { start: 'instance-role', solved: 'instance-role' },
  // The challenge is an IMDSv1-only app; every real SDK here uses IMDSv2 and succeeds.
  'imdsv2-v1-client': { start: 'instance-role', solved: 'instance-role' },
  'hop-limit-container': {
    start: 'none',
    solved: 'instance-role',
    why: [/token reply dropped/, /401: IMDSv1 refused because HttpTokens=required/],
  },
  // No task role: no container-credential variables at all, and IMDS is out of reach on Fargate.
  'ecs-execution-role-mixup': { start: 'none', solved: 'container-role', why: [/a Fargate task cannot reach/] },
  'cross-account-externalid': { start: 'instance-role', solved: 'instance-role' },
  'least-privilege': { start: 'instance-role', solved: 'instance-role' },
  // An organisation-level challenge with no instance or task in the learner's account: the live
  // endpoints have no role to hand out before or after the fix.
  'rcp-data-perimeter': { start: 'none', solved: 'none' },
};

let running: RunningEndpoints | undefined;
let restore: (() => void) | undefined;
afterEach(async () => {
  restore?.();
  restore = undefined;
  await running?.close();
  running = undefined;
});

const states = scenarios.flatMap((scenario) => [
  { id: scenario.id, solved: false },
  { id: scenario.id, solved: true },
]);

describe(`real clients against every scenario (botocore ${botocoreVersion ?? 'missing'}, ${cliV2Version ?? 'no AWS CLI v2'}, ${cliV1Version ?? 'no AWS CLI v1'})`, () => {
  it('has an expectation for every scenario', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(scenarios.map((s) => s.id).sort());
  });

  it.each(states)(
    '$id (solved: $solved)',
    async ({ id, solved }) => {
      const expected = EXPECTED[id]!;
      const outcome = solved ? expected.solved : expected.start;
      const host = new SandboxHost(worldToServe(id, solved));
      running = await startSandboxEndpoints(host);
      const events: RequestEvent[] = [];
      host.on('request', (event) => events.push(event));

      // The document the sandbox serves right now (the ledger fixes its times for every client).
      let key: string | undefined;
      let expiration: string | undefined;
      if (outcome === 'instance-role') {
        const role = await rawV2(running.imdsUrl, '/latest/meta-data/iam/security-credentials/');
        const doc = JSON.parse(
          (await rawV2(running.imdsUrl, `/latest/meta-data/iam/security-credentials/${role.body}`)).body,
        );
        ({ AccessKeyId: key, Expiration: expiration } = doc);
      } else if (outcome === 'container-role') {
        const doc = JSON.parse((await raw(running.ecsRelativeUrl!)).body);
        ({ AccessKeyId: key, Expiration: expiration } = doc);
      }
      if (outcome !== 'none') expect(key).toMatch(/^ASIAIAMTUTORFAKE\d{4}$/);

      const env = clientEnv(running.env);
      for (const name of running.unset) delete env[name];
      const [boto, v2, v1] = await Promise.all([
        botocorePython ? botocore(env) : undefined,
        cliV2 ? runClient(cliV2, ['configure', 'export-credentials', '--format', 'env'], env) : undefined,
        cliV1 ? runClient(cliV1, ['configure', 'list'], env) : undefined,
      ]);
      // The JavaScript SDK's default chain, in this process, with the same variables.
      restore = sdkEnvironment(running.env);
      const js = await fromNodeProviderChain()().then(
        (credentials) => ({ key: credentials.accessKeyId, error: undefined }),
        (error: Error) => ({ key: undefined, error: error.message }),
      );

      if (outcome === 'none') {
        expect(js.error).toBe('Could not load credentials from any providers');
        if (boto) expect(boto).toMatchObject({ method: null, key: null });
        if (v2) {
          expect(v2.code).toBe(253);
          expect(v2.stderr.trim()).toBe('Unable to retrieve credentials: no credentials found');
        }
        if (v1) expect(v1.stdout).toMatch(/access_key\s+<not set>\s+None\s+None/);
        const meanings = events.map((event) => event.meaning).join('\n');
        for (const why of expected.why ?? []) expect(meanings).toMatch(why);
        // Without a task role nothing asks the ECS credentials endpoint: there is no variable naming it.
        if (id === 'ecs-execution-role-mixup') expect(events.some((event) => event.server === 'ecs')).toBe(false);
        return;
      }
      expect(js.key).toBe(key);
      const method = outcome === 'instance-role' ? 'iam-role' : 'container-role';
      if (boto) {
        expect(boto).toMatchObject({ method, key, extension: false });
        // botocore keeps the Expiration it was served: no "expiration extension" stretched it.
        expect(boto.expiry).toBe(expiration);
      }
      if (v2) {
        expect(v2.stderr).toBe('');
        expect(v2.stdout).toContain(`export AWS_ACCESS_KEY_ID=${key}\n`);
        expect(v2.stdout).toContain(`export AWS_CREDENTIAL_EXPIRATION=${expiration!.replace('Z', '+00:00')}`);
      }
      if (v1) expect(v1.stdout).toMatch(new RegExp(`access_key\\s+\\*+${key!.slice(-4)}\\s+${method}`));
    },
    60_000,
  );
});

describe(`the Region, from IMDS, with no Region configured${skipNote('botocore or AWS CLI v2', botocorePython && cliV2, 'apt-get install awscli python3-botocore')}`, () => {
  it.skipIf(!botocorePython || !cliV2)(
    'botocore and AWS CLI v2 read it from placement/availability-zone',
    async () => {
      const host = new SandboxHost(worldToServe('guided-ec2-dynamodb', true));
      running = await startSandboxEndpoints(host);
      const paths: string[] = [];
      host.on('request', (event) => paths.push(`${event.status} ${event.path}`));
      const env = clientEnv(running.env);
      const [boto, list] = await Promise.all([botocore(env), runClient(cliV2!, ['configure', 'list'], env)]);
      expect(boto.imdsRegion).toBe('us-east-1');
      expect(list.stdout).toMatch(/region\s+us-east-1\s+imds/);
      expect(paths).toContain('200 /latest/meta-data/placement/availability-zone/');
    },
    60_000,
  );
});
