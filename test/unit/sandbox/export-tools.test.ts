// Every scenario's solved world, exported, checked by the tools that deploy it: cfn-lint on the
// CloudFormation templates and `terraform validate` on the Terraform configurations, when those
// tools are installed; otherwise the test is skipped and says why. (bash -n on the CLI script is
// in export.test.ts: bash is always there.)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applyActions,
  exportCloudFormation,
  exportTerraform,
  PARTNER_ACCOUNT,
  scenarios,
  startScenario,
} from '../../../src/sandbox/index.js';

const has = (tool: string, ...args: string[]) => spawnSync(tool, args, { encoding: 'utf8' }).status === 0;
const cfnLint = has('cfn-lint', '--version');
const terraform = has('terraform', 'version');
if (!cfnLint) console.log('skipped: cfn-lint is not on PATH, so the CloudFormation exports are not linted');
if (!terraform) console.log('skipped: terraform is not on PATH, so the Terraform exports are not validated');

const worlds = scenarios.map((s) => ({ id: s.id, world: applyActions(startScenario(s), s.referenceSolution).world }));
const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-exports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('deploy tools accept every solved export', () => {
  it.skipIf(!cfnLint)(
    'cfn-lint finds nothing in the CloudFormation templates (both accounts where the partner has resources)',
    () => {
      const files: string[] = [];
      for (const { id, world } of worlds) {
        const accounts =
          Object.values(world.accounts[PARTNER_ACCOUNT]!.roles).length > 0 ? [undefined, PARTNER_ACCOUNT] : [undefined];
        for (const account of accounts) {
          const file = join(dir, `${id}${account ? '-partner' : ''}.yaml`);
          writeFileSync(file, exportCloudFormation(world, account ? { account } : {}));
          files.push(file);
        }
      }
      const lint = spawnSync('cfn-lint', files, { encoding: 'utf8' });
      expect(lint.stdout + lint.stderr).toBe('');
      expect(lint.status).toBe(0);
    },
    180_000,
  );

  it.skipIf(!terraform)(
    'terraform validate accepts every Terraform configuration',
    (ctx) => {
      const work = join(dir, 'terraform');
      mkdirSync(work);
      const env: NodeJS.ProcessEnv = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
      // A local provider mirror (no network here) when there is one and no CLI configuration names it.
      const mirror = '/opt/tf-plugins';
      if (!(env.TF_CLI_CONFIG_FILE && existsSync(env.TF_CLI_CONFIG_FILE)) && existsSync(mirror)) {
        const config = join(dir, 'terraformrc');
        writeFileSync(config, `provider_installation {\n  filesystem_mirror {\n    path = "${mirror}"\n  }\n}\n`);
        env.TF_CLI_CONFIG_FILE = config;
      }
      // Each configuration as a module of one root: one validate loads the provider's schema once
      // (a validate per configuration took 176 s for 12 on this machine, one for all about 40 s).
      const calls: string[] = [];
      for (const { id, world } of worlds) {
        const tf = exportTerraform(world);
        mkdirSync(join(work, id));
        writeFileSync(join(work, id, 'main.tf'), tf);
        const variables = [...tf.matchAll(/^variable "([a-z_]+)"/gm)].map((m) => `  ${m[1]} = "123456789012"`);
        calls.push([`module "${id.replace(/-/g, '_')}" {`, `  source = "./${id}"`, ...variables, '}'].join('\n'));
      }
      writeFileSync(join(work, 'main.tf'), `${calls.join('\n\n')}\n`);
      const init = spawnSync('terraform', ['init', '-backend=false', '-input=false', '-no-color'], {
        cwd: work,
        env,
        encoding: 'utf8',
      });
      if (init.status !== 0) {
        console.log(`skipped: terraform init could not install the AWS provider:\n${init.stderr}`);
        ctx.skip();
      }
      const validate = spawnSync('terraform', ['validate', '-no-color'], { cwd: work, env, encoding: 'utf8' });
      expect(`${validate.stdout}${validate.stderr}`).toBe('Success! The configuration is valid.\n\n');
    },
    300_000,
  );
});
