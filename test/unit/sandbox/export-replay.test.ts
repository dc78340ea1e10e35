// The CLI script export, run: bash executes it with a stand-in `aws` that records each command and
// answers the lookups (account id, AMI, subnet, new ids); the recorded commands are then applied
// to a fresh sandbox world, and that world must hold what the exported world holds. This checks
// the script's order (nothing used before it exists) and that nothing is lost or duplicated.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Account,
  applyAction,
  applyActions,
  createWorld,
  exportCliScript,
  formatCommand,
  PARTNER_ACCOUNT,
  parseCommand,
  scenarios,
  startScenario,
  type World,
} from '../../../src/sandbox/index.js';
import { ACCT } from './helpers.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A bash `aws` that appends its arguments (unit- and record-separated) to $AWS_LOG and fakes lookups. */
const FAKE_AWS = String.raw`
aws() {
  { for a in "$@"; do printf '%s\x1f' "$a"; done; printf '\x1e'; } >> "$AWS_LOG"
  case "$*" in
    *"get-caller-identity --profile partner"*) echo ${PARTNER_ACCOUNT} ;;
    *get-caller-identity*) echo ${ACCT} ;;
    *"ssm get-parameter"*) echo ami-0123456789abcdef0 ;;
    *describe-subnets*) echo subnet-0abc1234 ;;
    *describe-organization*) echo "$FAKE_ORG_ID" ;;
    *run-instances*) printf 'i-fake%011d\n' "$(fake_next instances)" ;;
    *"organizations create-policy"*) printf 'p-fake%04d\n' "$(fake_next policies)" ;;
  esac
}
# Captures run aws in a subshell, so the counters live in files.
fake_next() {
  local n=$(( $(cat "$AWS_LOG.$1" 2>/dev/null || echo 0) + 1 ))
  echo "$n" > "$AWS_LOG.$1"
  echo "$n"
}
`;

function runScript(script: string, orgId: string): { commands: string[][]; files: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-replay-'));
  dirs.push(dir);
  const log = join(dir, 'aws.log');
  // The fake is defined right after `set -euo pipefail`, so the script runs as written.
  const withFake = script.replace('set -euo pipefail\n', `set -euo pipefail\n${FAKE_AWS}\n`);
  const ran = spawnSync('bash', ['--norc', '--noprofile', '-s'], {
    input: withFake,
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, AWS_LOG: log, FAKE_ORG_ID: orgId },
  });
  expect(ran.stderr).toBe('');
  expect(ran.status).toBe(0);
  const commands = readFileSync(log, 'utf8')
    .split('\x1e')
    .filter((c) => c !== '')
    .map((c) => c.split('\x1f').slice(0, -1));
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir))
    if (!name.startsWith('aws.log')) files[name] = readFileSync(join(dir, name), 'utf8');
  return { commands, files };
}

/** Applies the recorded commands to a fresh world, mapping the fake ids to the ones the sandbox hands out. */
function replay(commands: string[][], files: Record<string, string>): World {
  let world = createWorld();
  const ids = new Map<string, string>();
  const real = (text: string) => [...ids].reduce((t, [fake, id]) => t.split(fake).join(id), text);
  for (const argv of commands) {
    const [service, operation] = argv;
    if (operation === 'wait' || service === 'ssm' || service === 'logs') continue;
    if (
      operation === 'get-caller-identity' ||
      operation === 'describe-subnets' ||
      operation === 'describe-organization'
    )
      continue;
    world = { ...world, files: Object.fromEntries(Object.entries(files).map(([n, c]) => [n, real(c)])) };
    const words = argv.map(real);
    const queryAt = words.indexOf('--query');
    const args = queryAt >= 0 ? [...words.slice(0, queryAt), ...words.slice(queryAt + 4)] : words;
    const line = ['aws', ...args].map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
    const parsed = parseCommand(line);
    if (!parsed.ok) throw new Error(`${args.join(' ')}\n${parsed.message}`);
    const before = world;
    const result = applyAction(world, parsed.action);
    if (!result.outcome.ok) throw new Error(`${formatCommand(parsed.action)}\n${result.outcome.line}`);
    world = result.world;
    if (parsed.action.verb === 'ec2 run-instances') {
      const account = world.accounts[parsed.action.profile ? PARTNER_ACCOUNT : ACCT]!;
      const fresh = Object.keys(account.instances).find((id) => !before.accounts[account.id]!.instances[id])!;
      ids.set(`i-fake${String(ids.size + 1).padStart(11, '0')}`, fresh);
    }
    if (parsed.action.verb === 'organizations create-policy') {
      const fresh = Object.keys(world.organization!.policies).find((id) => !before.organization?.policies[id])!;
      ids.set(`p-fake${String([...ids.keys()].filter((k) => k.startsWith('p-')).length + 1).padStart(4, '0')}`, fresh);
    }
  }
  return world;
}

/** What an account holds, in terms that survive a rebuild (names, documents, settings; no generated ids). */
function holdings(world: World, account: Account, instanceIds: (text: string) => string) {
  const doc = (d: unknown) => JSON.parse(instanceIds(JSON.stringify(d ?? null)));
  const latest = new Map<string, unknown>();
  for (const td of Object.values(account.taskDefinitions).sort((a, b) => a.revision - b.revision))
    if (td.status !== 'INACTIVE')
      latest.set(td.family, {
        taskRoleArn: td.taskRoleArn,
        executionRoleArn: td.executionRoleArn,
        networkMode: td.networkMode,
        containers: td.containerDefinitions,
      });
  return {
    roles: Object.values(account.roles).map((r) => ({
      name: r.name,
      trust: doc(r.trustPolicy),
      inline: doc(r.inlinePolicies),
      attached: [...r.attachedPolicyArns].sort(),
      maxSessionDuration: r.maxSessionDuration,
      tags: r.tags,
    })),
    policies: Object.values(account.policies).map((p) => ({ name: p.name, document: doc(p.document) })),
    profiles: Object.values(account.instanceProfiles).map((p) => ({ name: p.name, roles: p.roleNames })),
    instances: Object.values(account.instances)
      .map((i) => ({
        type: i.instanceType,
        metadata: i.metadataOptions,
        profile: i.association?.instanceProfileArn,
        userData: i.userData,
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    tables: Object.values(account.tables).map((t) => ({
      name: t.name,
      keys: t.keySchema,
      policy: doc(t.resourcePolicy),
    })),
    buckets: Object.values(account.buckets).map((b) => ({ name: b.name, policy: doc(b.policy) })),
    clusters: Object.keys(account.clusters),
    taskDefinitions: Object.fromEntries(latest),
    runningTasks: Object.values(account.tasks).filter((t) => t.lastStatus === 'RUNNING').length > 0,
    rcps: Object.values(world.organization?.policies ?? {})
      .filter((p) => p.targets.includes(account.id))
      .map((p) => ({ name: p.name, document: doc(p.document) })),
  };
}

describe.each(scenarios.map((s) => [s.id] as const))('the CLI script of %s, solved, run against the sandbox', (id) => {
  it('rebuilds the same resources', () => {
    const scenario = scenarios.find((s) => s.id === id)!;
    const exported = applyActions(startScenario(scenario), scenario.referenceSolution).world;
    const { commands, files } = runScript(exportCliScript(exported), exported.organization?.id ?? 'o-none');
    const rebuilt = replay(commands, files);
    // Instance ids differ between the worlds: compare documents with each world's ids by launch order.
    const byOrder = (world: World) => {
      const order = Object.values(world.accounts).flatMap((a) =>
        Object.values(a.instances).sort(
          (x, y) => x.launchedAt - y.launchedAt || x.instanceId.localeCompare(y.instanceId),
        ),
      );
      return (text: string) => order.reduce((t, inst, n) => t.split(inst.instanceId).join(`INSTANCE_${n + 1}`), text);
    };
    for (const accountId of [ACCT, PARTNER_ACCOUNT])
      expect(holdings(rebuilt, rebuilt.accounts[accountId]!, byOrder(rebuilt)), accountId).toEqual(
        holdings(exported, exported.accounts[accountId]!, byOrder(exported)),
      );
  });
});
