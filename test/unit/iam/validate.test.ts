import { describe, expect, it } from 'vitest';
import { checkPrincipalValue, validatePolicy } from '../../../src/iam/index.js';
import type { PolicyKind } from '../../../src/iam/index.js';
import { ACCT, allow, doc, P, PT, trustAws, trustService } from './helpers.js';

const messages = (document: unknown, kind: PolicyKind) => validatePolicy(P(document), kind).map((e) => e.message);

describe('validatePolicy: identity-based policies', () => {
  it('accepts an ordinary identity policy', () => {
    expect(validatePolicy(P(doc(allow('s3:GetObject', 'arn:aws:s3:::b/*'))), 'identity')).toEqual([]);
  });

  it('refuses a Principal, with the position of the element', () => {
    const policy = PT(
      '{\n  "Version": "2012-10-17",\n  "Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}\n}',
    );
    const [e] = validatePolicy(policy, 'identity');
    expect(e).toMatchObject({
      code: 'MalformedPolicyDocument',
      message: 'Policy document should not specify a principal.',
      line: 3,
      column: 49,
    });
  });

  it('requires resources and actions', () => {
    expect(messages({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:*' } }, 'identity')).toContain(
      'Policy statement must contain resources.',
    );
    expect(messages({ Version: '2012-10-17', Statement: { Effect: 'Allow', Resource: '*' } }, 'identity')).toContain(
      'Policy statement must contain actions.',
    );
  });

  it('requires a vendor prefix on actions and ARNs for resources', () => {
    expect(messages(doc(allow('GetObject', '*')), 'identity')).toContain(
      'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
    );
    expect(messages(doc(allow('s3:GetObject', 'my-bucket')), 'identity')).toContain(
      'Resource my-bucket must be in ARN format or "*".',
    );
  });

  it('applies the identity rules to boundaries and SCPs too', () => {
    const withPrincipal = {
      Version: '2012-10-17',
      Statement: { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' },
    };
    expect(messages(withPrincipal, 'boundary')).toContain('Policy document should not specify a principal.');
    expect(messages(withPrincipal, 'scp')).toContain('Policy document should not specify a principal.');
  });
});

describe('validatePolicy: trust policies', () => {
  it('accepts the EC2 and ECS service trust policies', () => {
    expect(validatePolicy(P(trustService('ec2.amazonaws.com')), 'trust')).toEqual([]);
    expect(validatePolicy(P(trustService('ecs-tasks.amazonaws.com')), 'trust')).toEqual([]);
  });

  it('accepts accounts, roots, users, roles, role sessions and "*"', () => {
    const principals = [
      ACCT,
      `arn:aws:iam::${ACCT}:root`,
      `arn:aws:iam::${ACCT}:user/alice`,
      `arn:aws:iam::${ACCT}:role/path/App`,
      `arn:aws:sts::${ACCT}:assumed-role/App/s1`,
      '*',
    ];
    expect(validatePolicy(P(trustAws(principals)), 'trust')).toEqual([]);
  });

  it('accepts web identity and SAML providers with their actions', () => {
    const web = {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
      },
    };
    const saml = {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${ACCT}:saml-provider/Corp` },
        Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'],
      },
    };
    expect(validatePolicy(P(web), 'trust')).toEqual([]);
    expect(validatePolicy(P(saml), 'trust')).toEqual([]);
  });

  it('rejects an EC2 instance ARN as principal, at its position, pointing to ec2:SourceInstanceARN', () => {
    const text = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow",\n"Principal":{"AWS":"arn:aws:ec2:us-east-1:${ACCT}:instance/i-0abc"},"Action":"sts:AssumeRole"}]}`;
    const [e] = validatePolicy(PT(text), 'trust');
    expect(e?.message).toBe(`Invalid principal in policy: "AWS":"arn:aws:ec2:us-east-1:${ACCT}:instance/i-0abc"`);
    expect(e).toMatchObject({ line: 2, column: 20 });
    expect(e?.hint).toMatch(/ec2\.amazonaws\.com/);
    expect(e?.hint).toMatch(/ec2:SourceInstanceARN/);
  });

  it('positions an invalid principal inside a list at its own line', () => {
    const text = `{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":[\n  "${ACCT}",\n  "arn:aws:iam::${ACCT}:group/Devs"\n]},"Action":"sts:AssumeRole"}}`;
    const [e] = validatePolicy(PT(text), 'trust');
    expect(e).toMatchObject({ line: 3, column: 3 });
    expect(e?.hint).toMatch(/group cannot be a principal/);
  });

  it('rejects partial wildcards in AWS principals and suggests aws:PrincipalArn', () => {
    const [e] = validatePolicy(P(trustAws(`arn:aws:iam::${ACCT}:role/app-*`)), 'trust');
    expect(e?.message).toMatch(/^Invalid principal in policy/);
    expect(e?.hint).toMatch(/aws:PrincipalArn/);
  });

  it('rejects a service principal without .amazonaws.com', () => {
    const [e] = validatePolicy(P(trustService('ec2')), 'trust');
    expect(e?.message).toBe('Invalid principal in policy: "Service":"ec2"');
    expect(e?.hint).toMatch(/"ec2\.amazonaws\.com"/);
  });

  it('rejects instance profiles, user names and other resources as principals', () => {
    expect(checkPrincipalValue('AWS', `arn:aws:iam::${ACCT}:instance-profile/web`)?.hint).toMatch(
      /instance profile is not a principal/,
    );
    expect(checkPrincipalValue('AWS', 'alice')).toBeDefined();
    expect(checkPrincipalValue('AWS', 'arn:aws:s3:::bucket')).toBeDefined();
    expect(checkPrincipalValue('AWS', 'arn:aws:iam::12345:root')?.hint).toMatch(/12-digit/);
    expect(checkPrincipalValue('Service', 'arn:aws:iam::aws:policy/x')?.hint).toMatch(/not an ARN/);
    expect(checkPrincipalValue('Service', '*.amazonaws.com')).toBeDefined();
    expect(checkPrincipalValue('CanonicalUser', 'abc')).toBeDefined();
    expect(checkPrincipalValue('Federated', 'arn:aws:iam::111122223333:role/x')).toBeDefined();
  });

  it('allows only STS assume-role actions', () => {
    const bad = {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: { Service: 'ec2.amazonaws.com' },
        Action: ['sts:AssumeRole', 's3:GetObject'],
      },
    };
    const errors = validatePolicy(P(bad), 'trust');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      message: 'AssumeRole policy may only specify STS AssumeRole actions.',
      path: '/Statement/Action/1',
    });
  });

  it('accepts sts:SetSourceIdentity and sts:AssumeRole* wildcards', () => {
    const ok = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Principal: { AWS: ACCT }, Action: ['sts:AssumeRole*', 'sts:SetSourceIdentity'] },
    };
    expect(validatePolicy(P(ok), 'trust')).toEqual([]);
  });

  it('rejects Resource, NotPrincipal and a missing Principal', () => {
    const withResource = {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: { Service: 'ec2.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Resource: '*',
      },
    };
    expect(messages(withResource, 'trust')).toContain('Has prohibited field Resource');
    const notPrincipal = {
      Version: '2012-10-17',
      Statement: { Effect: 'Deny', NotPrincipal: { AWS: ACCT }, Action: 'sts:AssumeRole' },
    };
    expect(messages(notPrincipal, 'trust')).toContain('NotPrincipal is not supported in a role trust policy.');
    const none = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'sts:AssumeRole' } };
    expect(messages(none, 'trust')).toContain('Missing required field Principal');
  });
});

describe('validatePolicy: resource-based policies', () => {
  it('requires a principal and validates it', () => {
    expect(messages(doc(allow('s3:GetObject', 'arn:aws:s3:::b/*')), 'resource')).toContain(
      'Missing required field Principal',
    );
    const bad = {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCT}:group/Readers` },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::b/*',
      },
    };
    expect(messages(bad, 'resource')[0]).toMatch(/^Invalid principal in policy/);
  });

  it('accepts a public-read bucket policy (it is valid, just risky)', () => {
    const publicRead = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    };
    expect(validatePolicy(P(publicRead), 'resource')).toEqual([]);
  });
});

describe('validatePolicy: resource-based policies need a resource', () => {
  const noResource = {
    Version: '2012-10-17',
    Statement: { Effect: 'Allow', Principal: { AWS: ACCT }, Action: 's3:GetObject' },
  };

  it('rejects a statement without Resource or NotResource, at the statement', () => {
    const policy = PT(
      `{"Version":"2012-10-17",\n"Statement":[{"Effect":"Allow","Principal":{"AWS":"${ACCT}"},"Action":"s3:GetObject"}]}`,
    );
    const errors = validatePolicy(policy, 'resource');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'MalformedPolicyDocument',
      message: 'Missing resource: Add a Resource or NotResource element to the policy statement.',
      line: 2,
      column: 14,
    });
    expect(errors[0]?.hint).toMatch(/arn:aws:s3:::/);
  });

  it('accepts NotResource and rejects an empty Resource list', () => {
    expect(
      validatePolicy(
        P({ ...noResource, Statement: { ...noResource.Statement, NotResource: 'arn:aws:s3:::b/private/*' } }),
        'resource',
      ),
    ).toEqual([]);
    expect(messages({ ...noResource, Statement: { ...noResource.Statement, Resource: [] } }, 'resource')).toEqual([
      'Missing resource: Add a Resource or NotResource element to the policy statement.',
    ]);
  });

  it('still lets a trust policy leave Resource out', () => {
    expect(validatePolicy(P(trustAws(ACCT)), 'trust')).toEqual([]);
  });
});

describe('validatePolicy: Sid rules of IAM', () => {
  it('rejects a repeated Sid at the second one', () => {
    const text =
      '{"Version":"2012-10-17","Statement":[\n{"Sid":"Read","Effect":"Allow","Action":"s3:GetObject","Resource":"*"},\n{"Sid":"Read","Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}';
    const errors = validatePolicy(PT(text), 'identity');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      message: 'Statement IDs (SID) in a single policy must be unique.',
      line: 3,
      column: 8,
      path: '/Statement/1/Sid',
    });
    expect(
      validatePolicy(
        P(doc(allow('s3:GetObject', '*', { Sid: '' }), allow('s3:ListBucket', '*', { Sid: '' }))),
        'identity',
      ),
    ).toEqual([]);
  });

  it('rejects characters other than ASCII letters and digits, in identity, boundary and trust policies', () => {
    const hyphen = doc(allow('s3:GetObject', '*', { Sid: 'read-reports' }));
    const expected =
      'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*';
    expect(messages(hyphen, 'identity')).toEqual([expected]);
    expect(messages(hyphen, 'boundary')).toEqual([expected]);
    expect(messages(trustService('ec2.amazonaws.com', { Sid: 'Trust EC2' }), 'trust')).toEqual([expected]);
    expect(messages(doc(allow('s3:GetObject', '*', { Sid: 'Ünïcode' })), 'identity')).toEqual([expected]);
    expect(validatePolicy(P(doc(allow('s3:GetObject', '*', { Sid: 'ReadReports2' }))), 'identity')).toEqual([]);
  });

  it('leaves Sids of resource-based policies to their service (Lambda writes "s3-uploads")', () => {
    const lambda = {
      Version: '2012-10-17',
      Statement: {
        Sid: 's3-uploads',
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'lambda:InvokeFunction',
        Resource: `arn:aws:lambda:us-east-1:${ACCT}:function:f`,
      },
    };
    expect(validatePolicy(P(lambda), 'resource')).toEqual([]);
  });
});

describe('validatePolicy: empty lists', () => {
  it('rejects "Action": [] like a missing Action, at the list', () => {
    const text = '{"Version":"2012-10-17","Statement":{"Effect":"Allow",\n  "Action": [],"Resource":"*"}}';
    const [e, ...rest] = validatePolicy(PT(text), 'identity');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      message: 'Policy statement must contain actions.',
      line: 2,
      column: 13,
      path: '/Statement/Action',
    });
    expect(
      messages({ Version: '2012-10-17', Statement: { Effect: 'Deny', NotAction: [], Resource: '*' } }, 'identity'),
    ).toEqual(['Policy statement must contain actions.']);
    expect(
      messages(
        {
          Version: '2012-10-17',
          Statement: { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: [] },
        },
        'trust',
      ),
    ).toEqual(['Policy statement must contain actions.']);
  });

  it('rejects "Resource": [] in an identity policy', () => {
    expect(
      messages(
        { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: [] } },
        'identity',
      ),
    ).toEqual(['Policy statement must contain resources.']);
  });

  it('rejects "Principal": {} and "Principal": {"AWS": []}, at the Principal', () => {
    const text =
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow",\n  "Principal": {"AWS": []},"Action":"sts:AssumeRole"}}';
    const errors = validatePolicy(PT(text), 'trust');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      message: 'Invalid principal in policy: The passed in policy has a statement with no principals!',
      line: 2,
      column: 16,
      path: '/Statement/Principal',
    });
    const empty = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Principal: {}, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    };
    expect(messages(empty, 'resource')).toEqual([
      'Invalid principal in policy: The passed in policy has a statement with no principals!',
    ]);
    const emptyNot = {
      Version: '2012-10-17',
      Statement: { Effect: 'Deny', NotPrincipal: { AWS: [] }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    };
    expect(messages(emptyNot, 'resource')).toEqual([
      'Invalid principal in policy: The passed in policy has a statement with no principals!',
    ]);
  });
});
