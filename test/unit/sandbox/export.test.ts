import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse, type ScalarTag } from 'yaml';
import {
  applyActions,
  createWorld,
  exportCliScript,
  exportCloudFormation,
  exportTerraform,
  getScenario,
  parseCommand,
  scenarios,
  startScenario,
  type World,
} from '../../../src/sandbox/index.js';
import { ecsRoles, EXEC_ROLE, TASK_ROLE } from './ecs-helpers.js';
import { ACCT, build, PARTNER, q, READ_ORDERS, TRUST_EC2 } from './helpers.js';

const AL2023 = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';

function solvedWorld(id: string): World {
  const s = getScenario(id)!;
  return applyActions(startScenario(s), s.referenceSolution).world;
}

const INTRINSICS = ['!Ref', '!GetAtt', '!Sub', '!Base64'];
const customTags: ScalarTag[] = INTRINSICS.map((tag) => ({ tag, resolve: (value: string) => ({ [tag]: value }) }));

/** Every !Ref and !GetAtt in the template, with the logical id it names. */
function references(
  node: unknown,
  out: Array<{ tag: string; target: string }> = [],
): Array<{ tag: string; target: string }> {
  if (Array.isArray(node)) {
    for (const n of node) references(n, out);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '!Ref' && typeof v === 'string') out.push({ tag: k, target: v });
      else if (k === '!GetAtt' && typeof v === 'string') out.push({ tag: k, target: v.split('.')[0]! });
      else references(v, out);
    }
  }
  return out;
}

/** Sample values for the script's variables, so that its commands can be parsed as the sandbox reads them. */
const SAMPLES: Array<[RegExp, string]> = [
  [/^ACCOUNT_ID$/, ACCT],
  [/^PARTNER_ACCOUNT_ID$/, PARTNER],
  [/^INSTANCE_ID_\d+$/, 'i-0000000000000000'],
  [/^REGION$/, 'us-east-1'],
  [/^AMI_ID$/, 'ami-0123456789abcdef0'],
  [/^SUBNET_ID$/, 'subnet-1'],
  [/^POLICY_ID_\d+$/, 'p-00000001'],
  [/^ORG_ID$/, 'o-aa111bb222'],
];

function sample(variable: string): string {
  const found = SAMPLES.find(([pattern]) => pattern.test(variable));
  if (!found) throw new Error(`no sample value for $${variable}`);
  return found[1];
}

/** Commands of the real AWS CLI that the sandbox does not model: waiters and lookups. */
const NOT_MODELLED =
  /^aws (ssm get-parameter|iam wait|ec2 wait|logs create-log-group|ec2 describe-subnets|organizations describe-organization)(\s|$)/;

/**
 * The aws commands of a script (continuations joined, captures unwrapped, variables replaced by
 * sample values) with the position where each starts, where each file is written, and the
 * commands the sandbox does not model (waiters, lookups).
 */
function scriptCommands(script: string): {
  commands: Array<{ command: string; at: number }>;
  writes: Map<string, number>;
  other: Array<{ command: string; at: number }>;
} {
  const joined = script.replace(/\\\n\s*/g, ' ');
  const commands: Array<{ command: string; at: number }> = [];
  const other: Array<{ command: string; at: number }> = [];
  const writes = new Map<string, number>();
  let inHeredoc: string | undefined;
  let at = 0;
  for (const line of joined.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (inHeredoc) {
      if (line === inHeredoc) inHeredoc = undefined;
      continue;
    }
    const here = line.match(/^cat > ([A-Za-z0-9_.-]+) <<'?([A-Z_0-9]+)'?$/);
    if (here) {
      if (!writes.has(here[1]!)) writes.set(here[1]!, start);
      inHeredoc = here[2];
      continue;
    }
    const capture = line.match(/^[A-Z_0-9]+=\$\((aws .*) --query \S+ --output text\)$/);
    const text = capture ? capture[1]! : line.startsWith('aws ') ? line : undefined;
    if (text === undefined) continue;
    const command = text.replace(/ \|\| true$/, '').replace(/\$\{([A-Z_0-9]+)\}/g, (_, v: string) => sample(v));
    (NOT_MODELLED.test(command) ? other : commands).push({ command, at: start });
  }
  return { commands, writes, other };
}

describe('exports of the guided build', () => {
  const world = solvedWorld('guided-ec2-dynamodb');

  it('as an AWS CLI script', () => {
    expect(exportCliScript(world)).toMatchSnapshot();
  });

  it('as a CloudFormation template', () => {
    expect(exportCloudFormation(world)).toMatchSnapshot();
  });

  it('as a Terraform configuration', () => {
    expect(exportTerraform(world)).toMatchSnapshot();
  });
});

describe.each(scenarios.map((s) => [s.id] as const))('exports of %s, solved', (id) => {
  const world = solvedWorld(id);

  it('CloudFormation parses as YAML and every !Ref / !GetAtt names a resource or parameter', () => {
    const template = parse(exportCloudFormation(world), { customTags }) as {
      Resources: Record<string, { Type: string }>;
      Parameters?: Record<string, unknown>;
    };
    expect(template.Resources).toBeTypeOf('object');
    const defined = new Set([...Object.keys(template.Resources), ...Object.keys(template.Parameters ?? {})]);
    for (const r of references(template.Resources)) expect(defined.has(r.target), `${r.tag} ${r.target}`).toBe(true);
    for (const resource of Object.values(template.Resources))
      expect(resource.Type).toMatch(/^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/);
  });

  it('Terraform references only resources it declares', () => {
    const tf = exportTerraform(world);
    const declared = new Set(
      [...tf.matchAll(/^(resource|data) "([a-z0-9_]+)" "([a-z0-9_]+)"/gm)].map((m) =>
        m[1] === 'data' ? `data.${m[2]}.${m[3]}` : `${m[2]}.${m[3]}`,
      ),
    );
    const used = [...tf.matchAll(/=\s+((?:data\.)?aws_[a-z0-9_]+\.[a-z0-9_]+)\.[a-z_]+$/gm)].map((m) => m[1]!);
    for (const ref of used) expect(declared.has(ref), ref).toBe(true);
    expect(tf).not.toMatch(/[^$]\$\{aws:/);
  });

  it("the CLI script's commands parse, and files are written before they are read", () => {
    const { commands, writes } = scriptCommands(exportCliScript(world));
    expect(commands.length).toBeGreaterThan(0);
    for (const { command, at } of commands) {
      const parsed = parseCommand(command);
      expect(parsed.ok, `${command}\n${!parsed.ok ? parsed.message : ''}`).toBe(true);
      for (const m of command.matchAll(/file:\/\/([A-Za-z0-9_.-]+)/g)) {
        expect(writes.get(m[1]!), `${m[1]} is written before ${command}`).toBeLessThan(at);
      }
    }
  });
});

describe('export details', () => {
  it('captures generated instance ids into variables and uses them in later commands and documents', () => {
    const script = exportCliScript(solvedWorld('trust-instance-arn'));
    expect(script).toMatch(/^INSTANCE_ID_1=\$\(aws ec2 run-instances/m);
    // The heredoc is unquoted here so that the shell substitutes the captured id.
    expect(script).toContain(
      `"ec2:SourceInstanceARN": "arn:aws:ec2:\${REGION}:\${ACCOUNT_ID}:instance/\${INSTANCE_ID_1}"`,
    );
    expect(script).toContain(`--instance-id "\${INSTANCE_ID_1}"`);
    expect(script).not.toMatch(/\bi-0[0-9a-f]{16}/);
  });

  it('keeps partner commands on the partner profile and leaves sandbox-only verbs out', () => {
    const script = exportCliScript(solvedWorld('cross-account-externalid'));
    expect(script).toContain('--profile partner');
    expect(script).not.toMatch(/^app deploy/m);
    expect(script).toMatch(/^# In the sandbox the app on instance \$INSTANCE_ID_1 assumes /m);
    expect(script).not.toMatch(/^file write/m);
  });

  it('exports the partner account on request', () => {
    const cfn = exportCloudFormation(solvedWorld('cross-account-externalid'), { account: PARTNER });
    expect(cfn).toContain('RoleName: partner-orders-reader');
    expect(cfn).toContain('sts:ExternalId: orders-feed-7731');
  });

  it('writes ECS task definitions with !GetAtt role ARNs and Terraform references', () => {
    const w = solvedWorld('ecs-execution-role-mixup');
    const cfn = exportCloudFormation(w);
    expect(cfn).toContain('TaskRoleArn: !GetAtt OrdersTaskRoleRole.Arn');
    expect(cfn).toContain('ExecutionRoleArn: !GetAtt OrdersExecRoleRole.Arn');
    const tf = exportTerraform(w);
    expect(tf).toMatch(/task_role_arn\s+= aws_iam_role\.orders_task_role\.arn/);
    expect(tf).toContain('# revision 2 in the sandbox');
  });

  it('writes role tags as a plain HCL map, quoting keys that are not identifiers', () => {
    const w = build(
      createWorld(),
      `aws iam create-role --role-name app-role --assume-role-policy-document ${q(TRUST_EC2)} --tags Key=team,Value=a Key=cost-center,Value=42 Key=app:tier,Value=web`,
    );
    const tf = exportTerraform(w);
    expect(tf).not.toMatch(/tags\s*=\s*jsonencode/);
    expect(tf).toMatch(
      /^ {2}tags += \{\n {4}team {8}= "a"\n {4}cost-center = "42"\n {4}"app:tier" {2}= "web"\n {2}\}$/m,
    );
  });

  it('leaves deregistered task definition revisions out of the templates', () => {
    const td = `aws ecs register-task-definition --family orders-app --task-role-arn ${TASK_ROLE} --execution-role-arn ${EXEC_ROLE} --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions file://containers.json`;
    const two = build(ecsRoles(), td, td, 'aws ecs deregister-task-definition --task-definition orders-app:2');
    expect(exportTerraform(two)).toContain('# revision 1 in the sandbox');
    const none = build(two, 'aws ecs deregister-task-definition --task-definition orders-app:1');
    expect(exportTerraform(none)).not.toContain('aws_ecs_task_definition');
    expect(exportCloudFormation(none)).not.toContain('AWS::ECS::TaskDefinition');
  });

  it('writes the final state, not the detours: deleted things are gone, updates are folded in', () => {
    const w = build(
      createWorld(),
      `aws iam create-role --role-name app-role --assume-role-policy-document ${q(TRUST_EC2)}`,
      'aws iam update-role --role-name app-role --max-session-duration 7200',
      `aws iam create-policy --policy-name orders-read --policy-document ${q(READ_ORDERS)}`,
      `aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::${ACCT}:policy/orders-read`,
      `aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::${ACCT}:policy/orders-read`,
      'aws iam create-instance-profile --instance-profile-name app-profile',
      'aws iam delete-instance-profile --instance-profile-name app-profile',
      'aws iam create-instance-profile --instance-profile-name app-profile',
      'aws ec2 run-instances --image-id ami-1',
      'aws dynamodb create-table --table-name Orders --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST',
      'aws dynamodb delete-table --table-name Orders',
      'aws s3api create-bucket --bucket orders-exports',
      'aws s3api delete-bucket --bucket orders-exports',
    );
    const id = Object.keys(w.accounts[ACCT]!.instances)[0]!;
    const script = exportCliScript(build(w, `aws ec2 terminate-instances --instance-ids ${id}`));
    expect(script).toContain('--max-session-duration 7200');
    expect(script).not.toContain('update-role');
    expect(script.match(/aws iam attach-role-policy/g)).toHaveLength(1);
    expect(script.match(/aws iam create-instance-profile/g)).toHaveLength(1);
    for (const gone of ['delete-', 'terminate-instances', 'run-instances', 'create-table', 'create-bucket'])
      expect(script).not.toContain(gone);
  });
});

describe.each(scenarios.map((s) => [s.id] as const))('deployable exports of %s, solved', (id) => {
  const world = solvedWorld(id);
  const script = exportCliScript(world);
  const sandboxIds = /\b(111122223333|444455556666)\b/;

  it('the CLI script is valid bash (bash -n) and starts with set -euo pipefail', () => {
    expect(script).toMatch(/^#!\/usr\/bin\/env bash\n(#.*\n)*set -euo pipefail\n/);
    const checked = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });

  it('names no sandbox account id outside comments, in any format', () => {
    const code = (text: string) =>
      text
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('#'))
        .join('\n');
    expect(code(script)).not.toMatch(sandboxIds);
    expect(code(exportTerraform(world))).not.toMatch(sandboxIds);
    expect(exportCloudFormation(world)).not.toMatch(sandboxIds);
    expect(script).toMatch(/^ACCOUNT_ID=\$\(aws sts get-caller-identity --query Account --output text\)$/m);
  });

  it('launches instances from the latest Amazon Linux 2023 AMI in all three formats', () => {
    const instances = Object.keys(world.accounts[ACCT]!.instances).length;
    if (instances === 0) {
      expect(script).not.toContain('run-instances');
      return;
    }
    expect(script).toContain(`AMI_ID=$(aws ssm get-parameter --name ${AL2023} --query Parameter.Value --output text)`);
    expect(script.match(/--image-id "\$\{AMI_ID\}"/g)).toHaveLength(instances);
    const tf = exportTerraform(world);
    expect(tf).toContain(`data "aws_ssm_parameter" "al2023_ami" {\n  name = "${AL2023}"\n}`);
    if (tf.includes(`\${data.aws_caller_identity.current.account_id}`))
      expect(tf).toContain('data "aws_caller_identity" "current" {}');
    const cfn = parse(exportCloudFormation(world), { customTags }) as {
      Parameters: Record<string, { Type: string; Default: string }>;
    };
    expect(cfn.Parameters.LatestAmiId).toEqual(
      expect.objectContaining({ Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: AL2023 }),
    );
  });

  it('waits for each role and instance profile before a later command uses it', () => {
    const { commands, other } = scriptCommands(script);
    const waitFor = (pattern: RegExp) => other.find((c) => pattern.test(c.command))?.at ?? Number.POSITIVE_INFINITY;
    for (const { command, at } of commands) {
      const created = command.match(/^aws iam create-role --role-name (\S+)/);
      if (created)
        expect(waitFor(new RegExp(`^aws iam wait role-exists --role-name ${created[1]}\\b`))).toBeGreaterThan(at);
      const profile = command.match(/--iam-instance-profile Name=(\S+)/)?.[1];
      if (!profile) continue;
      const waited = waitFor(new RegExp(`^aws iam wait instance-profile-exists --instance-profile-name ${profile}\\b`));
      expect(waited, `wait for ${profile} before: ${command}`).toBeLessThan(at);
      if (command.startsWith('aws ec2 associate-iam-instance-profile'))
        expect(waitFor(/^aws ec2 wait instance-running /)).toBeLessThan(at);
    }
  });
});
