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

/**
 * The aws commands of a script (continuations joined, captures unwrapped, variables replaced by a
 * sample id) with the position where each starts, and where each file is written.
 */
function scriptCommands(script: string): {
  commands: Array<{ command: string; at: number }>;
  writes: Map<string, number>;
} {
  const joined = script.replace(/\\\n\s*/g, ' ');
  const commands: Array<{ command: string; at: number }> = [];
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
    const capture = line.match(/^[A-Z_0-9]+=\$\((aws .*) --query '[^']*' --output text\)$/);
    const command = capture ? capture[1]! : line.startsWith('aws ') ? line : undefined;
    if (command) commands.push({ command: command.replace(/"\$[A-Z_0-9]+"/g, 'i-0000000000000000'), at: start });
  }
  return { commands, writes };
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
      `"ec2:SourceInstanceARN": "arn:aws:ec2:us-east-1:111122223333:instance/\${INSTANCE_ID_1}"`,
    );
    expect(script).toContain('--instance-id "$INSTANCE_ID_1"');
    expect(script).not.toMatch(/\bi-0[0-9a-f]{16}/);
  });

  it('keeps partner commands on the partner profile and leaves sandbox-only verbs out', () => {
    const script = exportCliScript(solvedWorld('cross-account-externalid'));
    expect(script).toContain('--profile partner');
    expect(script).not.toMatch(/^app deploy/m);
    expect(script).toMatch(/^# sandbox: app deploy/m);
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

  it('writes the delete and update verbs into the CLI script, with captured instance ids', () => {
    const w = build(
      createWorld(),
      `aws iam create-role --role-name app-role --assume-role-policy-document ${q(TRUST_EC2)}`,
      'aws iam update-role --role-name app-role --max-session-duration 7200',
      `aws iam create-policy --policy-name orders-read --policy-document ${q(READ_ORDERS)}`,
      `aws iam delete-policy --policy-arn arn:aws:iam::${ACCT}:policy/orders-read`,
      'aws ec2 run-instances --image-id ami-1',
      'aws dynamodb create-table --table-name Orders --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST',
      'aws dynamodb delete-table --table-name Orders',
      'aws s3api create-bucket --bucket orders-exports',
      'aws s3api delete-bucket --bucket orders-exports',
      'aws ecs create-cluster --cluster-name orders',
      'aws ecs delete-cluster --cluster orders',
    );
    const id = Object.keys(w.accounts[ACCT]!.instances)[0]!;
    const script = exportCliScript(build(w, `aws ec2 terminate-instances --instance-ids ${id}`));
    expect(script).toContain('aws iam update-role \\\n  --role-name app-role \\\n  --max-session-duration 7200');
    expect(script).toContain(`aws iam delete-policy --policy-arn arn:aws:iam::${ACCT}:policy/orders-read`);
    expect(script).toContain('aws ec2 terminate-instances --instance-ids "$INSTANCE_ID_1"');
    for (const line of [
      'aws dynamodb delete-table --table-name Orders',
      'aws s3api delete-bucket --bucket orders-exports',
      'aws ecs delete-cluster --cluster orders',
    ])
      expect(script).toContain(line);
  });
});
