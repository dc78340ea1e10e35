import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../src/sandbox/index.js';
import { ACCT, attempt, build, failure, q, TRUST_EC2 } from './helpers.js';

function withProfiles(): World {
  return build(
    createWorld(),
    `aws iam create-role --role-name app-role --assume-role-policy-document ${q(TRUST_EC2)}`,
    'aws iam create-instance-profile --instance-profile-name app-profile',
    'aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role',
    'aws iam create-instance-profile --instance-profile-name other-profile',
    'aws iam add-role-to-instance-profile --instance-profile-name other-profile --role-name app-role',
  );
}

function onlyInstance(w: World) {
  return Object.values(w.accounts[ACCT]!.instances)[0]!;
}

const NO_PASSROLE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['ec2:*', 'iam:Get*', 'iam:List*'], Resource: '*' }],
});

function withoutPassRole(w: World): World {
  return build(
    w,
    `aws iam put-user-policy --user-name learner --policy-name ec2-only --policy-document ${q(NO_PASSROLE)}`,
    'aws iam detach-user-policy --user-name learner --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
  );
}

describe('ec2 run-instances', () => {
  it('launches with the documented IMDS defaults when no metadata options are given', () => {
    const i = onlyInstance(build(createWorld(), 'aws ec2 run-instances --image-id ami-1'));
    expect(i.metadataOptions).toEqual({ httpTokens: 'optional', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' });
    expect(i.association).toBeUndefined();
    expect(i.instanceType).toBe('t3.micro');
  });

  it('associates the instance profile given with --iam-instance-profile Name=...', () => {
    const r = attempt(
      withProfiles(),
      'aws ec2 run-instances --image-id ami-1 --iam-instance-profile Name=app-profile --metadata-options HttpTokens=required,HttpPutResponseHopLimit=2',
    );
    const i = onlyInstance(r.world);
    expect(i.association?.instanceProfileArn).toBe(`arn:aws:iam::${ACCT}:instance-profile/app-profile`);
    expect(i.association?.associationId).toMatch(/^iip-assoc-/);
    expect(i.metadataOptions).toEqual({ httpTokens: 'required', httpPutResponseHopLimit: 2, httpEndpoint: 'enabled' });
  });

  it('needs iam:PassRole for the role in the profile: UnauthorizedOperation naming iam:PassRole', () => {
    const e = failure(
      withoutPassRole(withProfiles()),
      'aws ec2 run-instances --image-id ami-1 --iam-instance-profile Name=app-profile',
    );
    expect(e.code).toBe('UnauthorizedOperation');
    expect(e.message).toMatch(
      new RegExp(
        `^You are not authorized to perform this operation\\. User: arn:aws:iam::${ACCT}:user/learner is not authorized to perform: iam:PassRole on resource: arn:aws:iam::${ACCT}:role/app-role because no identity-based policy allows the iam:PassRole action\\. Encoded authorization failure message: IAMTUTORFAKE-[a-z0-9]{48}$`,
      ),
    );
    // The stand-in for the encoded message is deterministic: the same failure shows the same string.
    expect(
      failure(
        withoutPassRole(withProfiles()),
        'aws ec2 run-instances --image-id ami-1 --iam-instance-profile Name=app-profile',
      ).message,
    ).toBe(e.message);
    expect(e.line).toMatch(/^An error occurred \(UnauthorizedOperation\) when calling the RunInstances operation: /);
  });

  it('passes when PassRole is allowed only for ec2.amazonaws.com (iam:PassedToService)', () => {
    const pass = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: '*',
          Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
        },
      ],
    });
    // The policy goes in before AdministratorAccess comes off: afterwards the learner could not change its own policies.
    const w = withoutPassRole(
      build(
        withProfiles(),
        `aws iam put-user-policy --user-name learner --policy-name pass-to-ec2 --policy-document ${q(pass)}`,
      ),
    );
    expect(
      attempt(w, 'aws ec2 run-instances --image-id ami-1 --iam-instance-profile Name=app-profile').outcome.ok,
    ).toBe(true);
    expect(
      failure(w, `aws iam put-user-policy --user-name learner --policy-name more --policy-document ${q(pass)}`).code,
    ).toBe('AccessDenied');
  });

  it('refuses a role name where an instance profile name belongs, and says why', () => {
    const w = build(
      createWorld(),
      `aws iam create-role --role-name lonely-role --assume-role-policy-document ${q(TRUST_EC2)}`,
    );
    const e = failure(w, 'aws ec2 run-instances --image-id ami-1 --iam-instance-profile Name=lonely-role');
    expect(e.code).toBe('InvalidParameterValue');
    expect(e.message).toBe(
      'Value (lonely-role) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name',
    );
    expect(e.hint).toMatch(/is a role, not an instance profile/);
  });

  it('checks the IMDS options: tokens optional|required, hop limit 1 to 64', () => {
    expect(
      failure(createWorld(), 'aws ec2 run-instances --image-id ami-1 --metadata-options HttpPutResponseHopLimit=65')
        .code,
    ).toBe('InvalidParameterValue');
    expect(
      failure(createWorld(), 'aws ec2 run-instances --image-id ami-1 --metadata-options HttpPutResponseHopLimit=0')
        .code,
    ).toBe('InvalidParameterValue');
    expect(
      failure(createWorld(), 'aws ec2 run-instances --image-id ami-1 --metadata-options HttpTokens=sometimes').code,
    ).toBe('InvalidParameterValue');
  });

  it('reads ECS settings from user data', () => {
    const userData =
      'echo ECS_CLUSTER=orders >> /etc/ecs/ecs.config\necho ECS_AWSVPC_BLOCK_IMDS=true >> /etc/ecs/ecs.config\niptables --insert DOCKER-USER 1 --in-interface docker+ --destination 169.254.169.254/32 --jump DROP\n';
    const w = build(
      createWorld(),
      `file write user-data.sh ${q(userData)}`,
      'aws ec2 run-instances --image-id ami-1 --user-data file://user-data.sh',
    );
    expect(onlyInstance(w).ecs).toEqual({ cluster: 'orders', awsvpcBlockImds: true, bridgeImdsBlocked: true });
  });
});

describe('instance profile associations', () => {
  const launched = () => build(withProfiles(), 'aws ec2 run-instances --image-id ami-1');

  it('associates a profile with a running instance, once', () => {
    const w = launched();
    const id = onlyInstance(w).instanceId;
    const r = attempt(
      w,
      `aws ec2 associate-iam-instance-profile --instance-id ${id} --iam-instance-profile Name=app-profile`,
    );
    expect(r.outcome.ok && r.outcome.output).toMatchObject({
      IamInstanceProfileAssociation: { InstanceId: id, State: 'associating' },
    });
    const e = failure(
      r.world,
      `aws ec2 associate-iam-instance-profile --instance-id ${id} --iam-instance-profile Name=other-profile`,
    );
    expect(e).toMatchObject({ code: 'IncorrectState', message: `There is an existing association for instance ${id}` });
    expect(e.hint).toMatch(/replace-iam-instance-profile-association/);
  });

  it('InvalidInstanceID.NotFound for an unknown instance', () => {
    expect(
      failure(
        launched(),
        'aws ec2 associate-iam-instance-profile --instance-id i-0000000000000000 --iam-instance-profile Name=app-profile',
      ),
    ).toMatchObject({
      code: 'InvalidInstanceID.NotFound',
      message: "The instance ID 'i-0000000000000000' does not exist",
    });
  });

  it('replace gives a new association id and the new profile; disassociate removes it', () => {
    let w = launched();
    const id = onlyInstance(w).instanceId;
    w = build(w, `aws ec2 associate-iam-instance-profile --instance-id ${id} --iam-instance-profile Name=app-profile`);
    const first = onlyInstance(w).association!.associationId;
    w = build(
      w,
      `aws ec2 replace-iam-instance-profile-association --association-id ${first} --iam-instance-profile Name=other-profile`,
    );
    const second = onlyInstance(w).association!;
    expect(second.associationId).not.toBe(first);
    expect(second.instanceProfileArn).toMatch(/other-profile$/);
    expect(
      failure(
        w,
        `aws ec2 replace-iam-instance-profile-association --association-id ${first} --iam-instance-profile Name=app-profile`,
      ),
    ).toMatchObject({ code: 'InvalidAssociationID.NotFound' });
    const d = attempt(w, 'aws ec2 describe-iam-instance-profile-associations');
    expect(
      d.outcome.ok &&
        (d.outcome.output as { IamInstanceProfileAssociations: unknown[] }).IamInstanceProfileAssociations,
    ).toHaveLength(1);
    w = build(w, `aws ec2 disassociate-iam-instance-profile --association-id ${second.associationId}`);
    expect(onlyInstance(w).association).toBeUndefined();
  });

  it('modify-instance-metadata-options changes only what it is given and validates the hop limit', () => {
    let w = build(createWorld(), 'aws ec2 run-instances --image-id ami-1');
    const id = onlyInstance(w).instanceId;
    w = build(w, `aws ec2 modify-instance-metadata-options --instance-id ${id} --http-tokens required`);
    expect(onlyInstance(w).metadataOptions).toEqual({
      httpTokens: 'required',
      httpPutResponseHopLimit: 1,
      httpEndpoint: 'enabled',
    });
    w = build(w, `aws ec2 modify-instance-metadata-options --instance-id ${id} --http-put-response-hop-limit 2`);
    expect(onlyInstance(w).metadataOptions.httpPutResponseHopLimit).toBe(2);
    expect(
      failure(w, `aws ec2 modify-instance-metadata-options --instance-id ${id} --http-put-response-hop-limit 65`).code,
    ).toBe('InvalidParameterValue');
  });
});

describe('ec2 terminate-instances', () => {
  it('terminates the instance; its instance profile association goes with it', () => {
    const launched = build(
      withProfiles(),
      'aws ec2 run-instances --image-id ami-1 --iam-instance-profile Name=app-profile',
    );
    const id = onlyInstance(launched).instanceId;
    const r = attempt(launched, `aws ec2 terminate-instances --instance-ids ${id}`);
    expect(r.outcome.ok && r.outcome.output).toEqual({
      TerminatingInstances: [
        {
          InstanceId: id,
          CurrentState: { Code: 32, Name: 'shutting-down' },
          PreviousState: { Code: 16, Name: 'running' },
        },
      ],
    });
    expect(r.outcome.ok && r.outcome.notes?.[0]).toMatch(/association iip-assoc-\w+ ends with it/);
    expect(r.world.accounts[ACCT]!.instances[id]).toBeUndefined();
    const described = attempt(r.world, 'aws ec2 describe-iam-instance-profile-associations');
    expect(described.outcome.ok && described.outcome.output).toEqual({ IamInstanceProfileAssociations: [] });
    // The instance profile and its role are IAM's: they stay.
    expect(r.world.accounts[ACCT]!.instanceProfiles['app-profile']?.roleNames).toEqual(['app-role']);
  });

  it('terminates several at once, or none when one id is unknown', () => {
    const w = build(createWorld(), 'aws ec2 run-instances --image-id ami-1 --count 2');
    const [a, b] = Object.keys(w.accounts[ACCT]!.instances);
    const e = failure(w, `aws ec2 terminate-instances --instance-ids ${a} i-0000000000000dead`);
    expect(e).toMatchObject({
      code: 'InvalidInstanceID.NotFound',
      message: "The instance ID 'i-0000000000000dead' does not exist",
    });
    expect(e.line).toMatch(
      /^An error occurred \(InvalidInstanceID\.NotFound\) when calling the TerminateInstances operation: /,
    );
    expect(failure(w, 'aws ec2 terminate-instances --instance-ids i-1 i-2').message).toBe(
      "The instance IDs 'i-1, i-2' do not exist",
    );
    expect(
      Object.keys(build(w, `aws ec2 terminate-instances --instance-ids ${a} ${b}`).accounts[ACCT]!.instances),
    ).toEqual([]);
  });

  it('needs ec2:TerminateInstances', () => {
    const w = build(createWorld(), 'aws ec2 run-instances --image-id ami-1');
    const id = onlyInstance(w).instanceId;
    const deny = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'ec2:TerminateInstances', Resource: '*' }],
    });
    const e = failure(
      build(w, `aws iam put-user-policy --user-name learner --policy-name keep --policy-document ${q(deny)}`),
      `aws ec2 terminate-instances --instance-ids ${id}`,
    );
    expect(e.code).toBe('UnauthorizedOperation');
    expect(e.message).toMatch(
      /ec2:TerminateInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance\/i-\w+ with an explicit deny in an identity-based policy\. Encoded authorization failure message: /,
    );
  });

  it('a denied Describe call carries no encoded authorization failure message', () => {
    const deny = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'ec2:Describe*', Resource: '*' }],
    });
    const e = failure(
      build(
        createWorld(),
        `aws iam put-user-policy --user-name learner --policy-name no-describe --policy-document ${q(deny)}`,
      ),
      'aws ec2 describe-iam-instance-profile-associations',
    );
    expect(e.code).toBe('UnauthorizedOperation');
    expect(e.message).toMatch(/with an explicit deny in an identity-based policy$/);
  });
});
