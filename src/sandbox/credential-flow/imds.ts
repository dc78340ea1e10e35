// The instance metadata service (IMDS) at 169.254.169.254: what it serves for an instance's role,
// and the requests an SDK makes to get it.
//
// EC2 obtains temporary credentials for the role in the instance's profile from STS on the
// instance's behalf (the role must trust ec2.amazonaws.com) and IMDS serves them at
// /latest/meta-data/iam/security-credentials/ROLE. When the trust policy does not allow EC2, the
// document carries Code AssumeRoleUnauthorizedAccess instead of keys.
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.html
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html

import { canAssumeRole, type Decision } from '../../iam/index.js';
import { IMDS_ADDRESS, IMDS_TIMEOUT_MS, IMDS_TOKEN_TTL_SECONDS, MINUTE } from '../constants.js';
import {
  fakeCredentials,
  ROTATE_BEFORE_EXPIRY_MS,
  rotationWindow,
  SANDBOX_SESSION_MS,
  type RotationWindow,
  type TemporaryCredentials,
} from '../credentials.js';
import { lowerAlnumFrom } from '../hash.js';
import { type RoleSession, roleSession } from '../sessions.js';
import { isoSeconds } from '../time.js';
import { findInstance, findInstanceProfileByArn, instanceProfileOf } from '../world/lookup.js';
import type { Account, Instance, Role, World } from '../world/types.js';
import type { ClientProfile } from './clients.js';
import type { Timeline } from './timeline.js';
import { traceLines } from './trace-lines.js';

export interface ImdsSuccessDocument {
  Code: 'Success';
  LastUpdated: string;
  Type: 'AWS-HMAC';
  AccessKeyId: string;
  SecretAccessKey: string;
  Token: string;
  Expiration: string;
}

export interface ImdsFailureDocument {
  Code: 'AssumeRoleUnauthorizedAccess';
  Message: string;
  LastUpdated: string;
}

export type ImdsCredentialsDocument = ImdsSuccessDocument | ImdsFailureDocument;

export interface ImdsInfoDocument {
  Code: 'Success';
  LastUpdated: string;
  InstanceProfileArn: string;
  InstanceProfileId: string;
}

interface InstanceRole {
  account: Account;
  instance: Instance;
  role: Role;
  window: RotationWindow;
}

function instanceRole(world: World, instanceId: string, now: number): InstanceRole | undefined {
  const found = findInstance(world, instanceId);
  if (!found?.instance.association) return undefined;
  const { role } = instanceProfileOf(world, found.instance);
  if (!role) return undefined;
  return {
    account: found.account,
    instance: found.instance,
    role,
    window: rotationWindow(found.instance.association.associatedAt, now),
  };
}

/** The role name IMDS lists at /latest/meta-data/iam/security-credentials/ (undefined: it answers 404). */
export function imdsRoleName(world: World, instanceId: string): string | undefined {
  const found = findInstance(world, instanceId);
  return found ? instanceProfileOf(world, found.instance).role?.name : undefined;
}

/** Can EC2 obtain credentials for this role? The role's trust policy must allow ec2.amazonaws.com. */
export function ec2TrustDecision(role: Role, now: number): Decision {
  return canAssumeRole({
    role: { arn: role.arn, trustPolicy: role.trustPolicy },
    caller: { service: 'ec2.amazonaws.com' },
    now,
  });
}

export interface InstanceCredentials {
  document: ImdsCredentialsDocument;
  role: Role;
  window: RotationWindow;
  trust: Decision;
  credentials?: TemporaryCredentials;
  session?: RoleSession;
}

export function instanceCredentials(world: World, instanceId: string, now: number): InstanceCredentials | undefined {
  const found = instanceRole(world, instanceId, now);
  if (!found) return undefined;
  const { account, instance, role, window } = found;
  const trust = ec2TrustDecision(role, now);
  const lastUpdated = isoSeconds(window.issuedAt);
  if (trust.decision !== 'Allow') {
    return {
      document: {
        Code: 'AssumeRoleUnauthorizedAccess',
        Message: `EC2 cannot assume the role ${role.name}.  Please see documentation at https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_iam-ec2.html#troubleshoot_iam-ec2_errors-info-doc.`,
        LastUpdated: lastUpdated,
      },
      role,
      window,
      trust,
    };
  }
  const credentials = fakeCredentials(
    `${role.arn}|${instance.instanceId}|${instance.association!.associationId}`,
    window.issuedAt,
    SANDBOX_SESSION_MS,
  );
  return {
    document: {
      Code: 'Success',
      LastUpdated: lastUpdated,
      Type: 'AWS-HMAC',
      AccessKeyId: credentials.accessKeyId,
      SecretAccessKey: credentials.secretAccessKey,
      Token: credentials.sessionToken,
      Expiration: isoSeconds(credentials.expiration),
    },
    role,
    window,
    trust,
    credentials,
    session: roleSession(account, role, instance.instanceId, { 'ec2:SourceInstanceARN': instance.arn }),
  };
}

/**
 * The JSON IMDS serves at /latest/meta-data/iam/security-credentials/ROLE at time `now`: the same
 * keys for every request within a rotation window, new keys 30 minutes before the old expire.
 * Undefined when the instance has no role (IMDS answers 404).
 */
export function imdsCredentialsDocument(
  world: World,
  instanceId: string,
  now: number,
): ImdsCredentialsDocument | undefined {
  return instanceCredentials(world, instanceId, now)?.document;
}

/**
 * The JSON IMDS serves at /latest/meta-data/iam/info, or undefined when no profile is associated (404).
 * It describes the instance profile. The IAM User Guide's troubleshooting page for EC2 places
 * Code AssumeRoleUnauthorizedAccess (a trust policy that does not allow EC2) in the
 * iam/security-credentials/ROLE document, not here, so a trust failure leaves this document as it is.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_iam-ec2.html#troubleshoot_iam-ec2_errors-info-doc
 */
export function imdsInfo(world: World, instanceId: string, now: number = world.now): ImdsInfoDocument | undefined {
  const found = findInstance(world, instanceId);
  const association = found?.instance.association;
  if (!association) return undefined;
  const profile = findInstanceProfileByArn(world, association.instanceProfileArn)?.profile;
  if (!profile) return undefined;
  return {
    Code: 'Success',
    LastUpdated: isoSeconds(rotationWindow(association.associatedAt, now).issuedAt),
    InstanceProfileArn: profile.arn,
    InstanceProfileId: profile.instanceProfileId,
  };
}

export interface ImdsWalkInput {
  world: World;
  instance: Instance;
  client: ClientProfile;
  /** The app runs in a container on a bridge network: one more network hop than the host. */
  extraHop: boolean;
  /** Set when something in between drops traffic to IMDS (iptables rule, ECS_AWSVPC_BLOCK_IMDS). */
  blockedBecause?: string;
}

export type ImdsWalk = { ok: true; credentials: TemporaryCredentials; session: RoleSession } | { ok: false };

const BASE = `http://${IMDS_ADDRESS}/latest`;

function noRoleReason(world: World, instance: Instance): string {
  if (!instance.association)
    return `no instance profile is associated with ${instance.instanceId}, so IMDS has no role to list`;
  const profile = findInstanceProfileByArn(world, instance.association.instanceProfileArn)?.profile;
  if (!profile) return `the associated instance profile (${instance.association.instanceProfileArn}) no longer exists`;
  return `instance profile ${profile.name} holds no role`;
}

/** The SDK's requests to IMDS, as events; returns the credentials when it got some. */
export function walkImds(input: ImdsWalkInput, tl: Timeline): ImdsWalk {
  const { world, instance, client } = input;
  const m = instance.metadataOptions;
  if (input.blockedBecause) {
    tl.add(
      {
        actor: 'imds',
        what: `request to ${IMDS_ADDRESS}: no answer`,
        why: input.blockedBecause,
        status: 'fail',
        detail: [`no response within ${IMDS_TIMEOUT_MS / 1000} s`],
      },
      { takesMs: IMDS_TIMEOUT_MS },
    );
    return { ok: false };
  }
  if (m.httpEndpoint === 'disabled') {
    tl.add({
      actor: 'imds',
      what: `request to ${IMDS_ADDRESS}: no usable answer`,
      why: `the instance metadata service is turned off for ${instance.instanceId} (HttpEndpoint=disabled), so nothing on it can read role credentials`,
      status: 'fail',
    });
    return { ok: false };
  }

  let token: string | undefined;
  if (client.imdsV2) {
    const put = `PUT ${BASE}/api/token  (X-aws-ec2-metadata-token-ttl-seconds: ${IMDS_TOKEN_TTL_SECONDS})`;
    if (input.extraHop && m.httpPutResponseHopLimit < 2) {
      tl.add(
        {
          actor: 'imds',
          what: 'IMDSv2 token request: the response never arrives',
          why: `IMDS sends the PUT response with an IP TTL equal to the hop limit (${m.httpPutResponseHopLimit}); the hop from the host into the container's bridge network uses it up, so the response is dropped on the way`,
          status: 'fail',
          detail: [put, `no response within ${IMDS_TIMEOUT_MS / 1000} s`],
        },
        { takesMs: IMDS_TIMEOUT_MS },
      );
      if (!client.v1FallbackOnTimeout) return { ok: false };
      tl.add({
        actor: 'sdk',
        what: 'falls back to IMDSv1 (requests without a token)',
        why: `the ${client.label} retries without a token when the token request times out`,
        status: 'ok',
      });
    } else {
      token = `IAMTUTORFAKE-imds-token-${lowerAlnumFrom(`${instance.instanceId}|${tl.t}`, 24)}`;
      tl.add({
        actor: 'imds',
        what: 'IMDSv2 session token issued',
        why: `the SDK asks for a token first (IMDSv2); the response fits within the hop limit of ${m.httpPutResponseHopLimit}`,
        status: 'ok',
        detail: [put, `200 OK (token valid for ${IMDS_TOKEN_TTL_SECONDS} seconds)`],
      });
    }
  } else {
    tl.add({
      actor: 'sdk',
      what: 'reads IMDS without a token (IMDSv1)',
      why: `the ${client.label} never asks for a session token`,
      status: 'ok',
    });
  }

  const header = token ? '  (X-aws-ec2-metadata-token: <token>)' : '';
  const list = `GET ${BASE}/meta-data/iam/security-credentials/${header}`;
  if (!token && m.httpTokens === 'required') {
    tl.add({
      actor: 'imds',
      what: 'role name request refused: 401 Unauthorized',
      why: 'HttpTokens=required: IMDS answers only requests that carry an IMDSv2 session token, and this one has none',
      status: 'fail',
      detail: [list, '401 Unauthorized'],
    });
    return { ok: false };
  }
  const creds = instanceCredentials(world, instance.instanceId, tl.t);
  if (!creds) {
    tl.add({
      actor: 'imds',
      what: 'no role to list: 404 Not Found',
      why: noRoleReason(world, instance),
      status: 'fail',
      detail: [list, '404 Not Found'],
    });
    return { ok: false };
  }
  tl.add({
    actor: 'imds',
    what: `lists the role: ${creds.role.name}`,
    why: `the instance profile associated with ${instance.instanceId} holds role ${creds.role.name}`,
    status: 'ok',
    detail: [list, `200 OK: ${creds.role.name}`],
  });

  // EC2's request to STS succeeds or fails with the trust decision STS makes next: the two events
  // must not contradict each other.
  const trusted = creds.trust.decision === 'Allow';
  tl.add(
    {
      actor: 'ec2',
      what: `asks STS for credentials for ${creds.role.name} on behalf of ${instance.instanceId}`,
      why: trusted
        ? 'the instance profile carries the role to the instance; EC2 (service principal ec2.amazonaws.com) assumes it and hands the temporary credentials to IMDS'
        : `the instance profile carries the role to the instance, but EC2 (service principal ec2.amazonaws.com) gets no credentials: ${creds.role.name}'s trust policy does not let it assume the role`,
      status: trusted ? 'ok' : 'fail',
    },
    { at: creds.window.issuedAt },
  );
  tl.add(
    {
      actor: 'sts',
      what: trusted
        ? `lets ec2.amazonaws.com assume ${creds.role.name}`
        : `refuses ec2.amazonaws.com for ${creds.role.name}`,
      why: creds.trust.summary,
      status: trusted ? 'ok' : 'fail',
      detail: traceLines(creds.trust),
      decision: creds.trust,
    },
    { at: creds.window.issuedAt },
  );

  const get = `GET ${BASE}/meta-data/iam/security-credentials/${creds.role.name}${header}`;
  const doc = creds.document;
  if (doc.Code !== 'Success' || !creds.credentials || !creds.session) {
    tl.add({
      actor: 'imds',
      what: `serves a credentials document without keys (Code ${doc.Code})`,
      why: `EC2 could not obtain credentials: role ${creds.role.name} does not trust ec2.amazonaws.com`,
      status: 'fail',
      detail: [get, '200 OK', ...JSON.stringify(doc, null, 2).split('\n')],
    });
    tl.add({
      actor: 'sdk',
      what: 'finds no keys in the IMDS document',
      why: 'the document has a Code other than Success and no AccessKeyId',
      status: 'fail',
    });
    return { ok: false };
  }
  tl.add({
    actor: 'imds',
    what: `serves temporary credentials for ${creds.role.name}`,
    why: `valid until ${isoSeconds(creds.credentials.expiration)}; IMDS offers new ones ${ROTATE_BEFORE_EXPIRY_MS / MINUTE} minutes before that (AWS documents at least 5 minutes before expiry)`,
    status: 'ok',
    detail: [
      get,
      '200 OK',
      `AccessKeyId: ${doc.AccessKeyId}`,
      `Expiration: ${doc.Expiration}`,
      `LastUpdated: ${doc.LastUpdated}`,
    ],
  });
  return { ok: true, credentials: creds.credentials, session: creds.session };
}
