import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Action,
  formatCommand,
  parseCommand,
  scenarios,
  tokenize,
  usageOf,
  verbNames,
} from '../../../src/sandbox/index.js';

function parsed(line: string): Action {
  const r = parseCommand(line);
  if (!r.ok) throw new Error(r.message);
  return r.action;
}

function error(line: string): string {
  const r = parseCommand(line);
  if (r.ok) throw new Error(`expected ${line} not to parse`);
  return r.message;
}

describe('tokenize', () => {
  it('splits like a shell: quotes, escapes, continuations, comments', () => {
    expect(tokenize(`aws iam x --a 'one two' --b "say \\"hi\\"" --c a\\ b`)).toEqual({
      ok: true,
      tokens: ['aws', 'iam', 'x', '--a', 'one two', '--b', 'say "hi"', '--c', 'a b'],
    });
    expect(tokenize('aws iam \\\n  create-role # a comment')).toEqual({
      ok: true,
      tokens: ['aws', 'iam', 'create-role'],
    });
    expect(tokenize(`--x 'a'"b"c`)).toEqual({ ok: true, tokens: ['--x', 'abc'] });
    expect(tokenize(`'multi\nline'`)).toEqual({ ok: true, tokens: ['multi\nline'] });
  });

  it('reports unterminated quotes instead of guessing', () => {
    expect(tokenize(`aws --x 'open`).ok).toBe(false);
    expect(tokenize('aws --x "open').ok).toBe(false);
  });
});

describe('parseCommand', () => {
  it('reads a create-role with inline JSON or file://', () => {
    expect(
      parsed(`aws iam create-role --role-name app --assume-role-policy-document '{"Version":"2012-10-17"}'`),
    ).toEqual({
      verb: 'iam create-role',
      input: { roleName: 'app', assumeRolePolicyDocument: '{"Version":"2012-10-17"}' },
    });
    expect(parsed('aws iam create-role --role-name=app --assume-role-policy-document=file://trust.json').input).toEqual(
      { roleName: 'app', assumeRolePolicyDocument: 'file://trust.json' },
    );
  });

  it('reads shorthand and JSON structures, lists and integers', () => {
    const run = parsed(
      'aws ec2 run-instances --image-id ami-1 --count 2 --iam-instance-profile Name=app --metadata-options HttpTokens=required,HttpPutResponseHopLimit=2',
    );
    expect(run.input).toEqual({
      imageId: 'ami-1',
      count: 2,
      iamInstanceProfile: { Name: 'app' },
      metadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 },
    });
    expect(
      parsed(
        `aws ec2 run-instances --image-id ami-1 --iam-instance-profile '{"Arn":"arn:aws:iam::111122223333:instance-profile/app"}'`,
      ).input,
    ).toMatchObject({
      iamInstanceProfile: { Arn: 'arn:aws:iam::111122223333:instance-profile/app' },
    });
    const table = parsed(
      'aws dynamodb create-table --table-name T --attribute-definitions AttributeName=pk,AttributeType=S AttributeName=sk,AttributeType=N --key-schema AttributeName=pk,KeyType=HASH AttributeName=sk,KeyType=RANGE',
    );
    expect(table.input).toMatchObject({
      attributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'N' },
      ],
    });
    expect(
      parsed(
        'aws ecs register-task-definition --family f --requires-compatibilities EC2 FARGATE --container-definitions file://c.json',
      ).input,
    ).toMatchObject({ requiresCompatibilities: ['EC2', 'FARGATE'] });
  });

  it('takes global options anywhere and keeps the profile', () => {
    expect(parsed('aws --profile partner iam get-role --role-name r')).toEqual({
      verb: 'iam get-role',
      input: { roleName: 'r' },
      profile: 'partner',
    });
    expect(parsed('aws iam get-role --role-name r --profile default --output json --no-cli-pager')).toEqual({
      verb: 'iam get-role',
      input: { roleName: 'r' },
    });
    expect(error('aws iam get-role --role-name r --region eu-west-1')).toMatch(/one Region, us-east-1/);
  });

  it('words its refusals like the AWS CLI', () => {
    expect(error('aws iam create-role --role-name app')).toBe(
      'aws: error: the following arguments are required: --assume-role-policy-document',
    );
    expect(error('aws iam create-role')).toBe(
      'aws: error: the following arguments are required: --role-name, --assume-role-policy-document',
    );
    expect(error('aws iam get-role --role-name r --colour blue')).toBe('Unknown options: --colour, blue');
    expect(error('aws iam get-role --role-name')).toBe('aws: error: argument --role-name: expected one argument');
    expect(error('aws iam frobnicate')).toMatch(/^aws: error: argument operation: Invalid choice, valid choices are:/);
    expect(error('aws gamelift list-fleets')).toMatch(
      /^aws: error: argument command: Invalid choice, valid choices are:/,
    );
    expect(error('aws')).toBe('aws: error: the following arguments are required: command');
    expect(error('aws ec2 run-instances --image-id a --count two')).toBe(
      "Error parsing parameter '--count': invalid literal for int() with base 10: 'two'",
    );
    expect(error('aws ec2 run-instances --image-id a --metadata-options Tokens=required')).toMatch(
      /Unknown parameter in MetadataOptions: "Tokens", must be one of: HttpTokens/,
    );
    expect(error('app deploy --instance-id i-1 --client python2')).toMatch(
      /Invalid choice, valid choices are:\n\njs-v3 \| boto3 \| aws-cli \| imdsv1-only/,
    );
    expect(error('pwd')).toMatch(/^Commands start with "aws"/);
    expect(error('ls -la')).toBe('Unknown options: -la');
  });

  it('shows usage on help', () => {
    expect(error('aws iam create-role help')).toBe(usageOf('iam create-role'));
    expect(usageOf('iam create-role')).toMatch(
      /^usage: aws iam create-role --role-name <value> --assume-role-policy-document <value> \[--path <value>\]/,
    );
  });

  it('reads the sandbox verbs with their positional arguments', () => {
    expect(parsed('clock advance 50m')).toEqual({ verb: 'clock advance', input: { duration: '50m' } });
    expect(parsed(`file write t.json '{"a": 1}'`)).toEqual({
      verb: 'file write',
      input: { name: 't.json', content: '{"a": 1}' },
    });
  });
});

describe('formatCommand', () => {
  it('prints the exact aws command for an action', () => {
    expect(
      formatCommand({
        verb: 'iam create-role',
        input: { roleName: 'app-role', assumeRolePolicyDocument: 'file://trust.json' },
      }),
    ).toBe('aws iam create-role --role-name app-role --assume-role-policy-document file://trust.json');
    expect(
      formatCommand({
        verb: 'ec2 associate-iam-instance-profile',
        input: { instanceId: 'i-0abc', iamInstanceProfile: { Name: 'app-profile' } },
        profile: 'partner',
      }),
    ).toBe(
      'aws ec2 associate-iam-instance-profile --instance-id i-0abc --iam-instance-profile Name=app-profile --profile partner',
    );
    expect(
      formatCommand({
        verb: 'iam put-role-policy',
        input: { roleName: 'r', policyName: 'p', policyDocument: `{"Sid":"it's"}` },
      }),
    ).toBe(`aws iam put-role-policy --role-name r --policy-name p --policy-document '{"Sid":"it'\\''s"}'`);
    expect(formatCommand({ verb: 'clock advance', input: { duration: '2h' } })).toBe('clock advance 2h');
  });

  it('round-trips every action of every scenario', () => {
    for (const s of scenarios) {
      for (const action of [...s.setup, ...s.referenceSolution]) {
        expect(parsed(formatCommand(action))).toEqual(action);
        expect(parsed(formatCommand(action, { multiline: true }))).toEqual(action);
      }
    }
  });

  it('round-trips arbitrary names and documents (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !s.startsWith('--'));
    fc.assert(
      fc.property(text, text, (roleName, document) => {
        const action: Action = { verb: 'iam create-role', input: { roleName, assumeRolePolicyDocument: document } };
        expect(parsed(formatCommand(action))).toEqual(action);
      }),
      { numRuns: 200 },
    );
  });

  it('knows every verb it can print', () => {
    for (const verb of verbNames) expect(usageOf(verb)).toMatch(/^usage: /);
  });
});
