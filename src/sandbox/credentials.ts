// Temporary credentials that are obviously fake: AccessKeyId ASIA + IAMTUTORFAKE + 4 digits (20
// characters like a real key id, but spelling out that it is fake), a secret that starts
// "iam-tutor-fake-", and a session token containing IAMTUTORFAKE. They are derived from a seed and
// the issue time, so the same request at the same simulated time gets the same keys.
//
// Rotation: services that hand out role credentials on your behalf (EC2 through IMDS, the ECS agent,
// Lambda) make new credentials available well before the old ones expire; for EC2 AWS documents
// "at least five minutes before the expiration of the old credentials"
// (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.html).
// The sandbox issues 1-hour credentials and offers new ones 30 minutes before expiry, so a new set
// appears every 30 minutes and whatever is served has more than 30 minutes left. The margin is
// measured against real clients: botocore treats credentials from IMDS with less than 15 minutes
// plus a random 2 to 10 minutes left as a sign that IMDS is failing, logs "Attempting credential
// expiration extension due to a credential service availability issue" and stretches the expiry
// (botocore 1.43 utils.py, _evaluate_expiration); 30 minutes keeps every served key clear of that
// 25-minute worst case. The 1-hour lifetime is the sandbox's choice: how long real EC2 instance
// profile credentials last is up to AWS and is not documented.

import { digitsFrom, lowerAlnumFrom } from './hash.js';
import { HOUR, MINUTE } from './constants.js';

export interface TemporaryCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  issuedAt: number;
  expiration: number;
}

export const SANDBOX_SESSION_MS = HOUR;
export const ROTATE_BEFORE_EXPIRY_MS = 30 * MINUTE;
export const ROTATION_PERIOD_MS = SANDBOX_SESSION_MS - ROTATE_BEFORE_EXPIRY_MS;

export const FAKE_KEY_PREFIX = 'ASIAIAMTUTORFAKE';
export const FAKE_SECRET_PREFIX = 'iam-tutor-fake-';
export const FAKE_TOKEN_MARK = 'IAMTUTORFAKE';

export function fakeCredentials(seed: string, issuedAt: number, durationMs: number): TemporaryCredentials {
  const s = `${seed}|${issuedAt}`;
  return {
    accessKeyId: `${FAKE_KEY_PREFIX}${digitsFrom(s, 4)}`,
    secretAccessKey: `${FAKE_SECRET_PREFIX}${lowerAlnumFrom(`${s}|secret`, 25)}`,
    sessionToken: `${FAKE_TOKEN_MARK}-session-token-${lowerAlnumFrom(`${s}|token`, 48)}`,
    issuedAt,
    expiration: issuedAt + durationMs,
  };
}

export interface RotationWindow {
  /** 0 for the first credentials issued after `start`, then 1, 2 ... */
  index: number;
  issuedAt: number;
  expiration: number;
}

/** Which set of credentials a rotating provider serves at `now`, for credentials first issued at `start`. */
export function rotationWindow(start: number, now: number): RotationWindow {
  const index = Math.max(0, Math.floor((now - start) / ROTATION_PERIOD_MS));
  const issuedAt = start + index * ROTATION_PERIOD_MS;
  return { index, issuedAt, expiration: issuedAt + SANDBOX_SESSION_MS };
}
