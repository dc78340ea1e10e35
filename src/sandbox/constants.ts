// Fixed facts of the simulated world. The account ids are the example ids AWS documentation uses,
// so nothing here can be mistaken for a real account.

export const LEARNER_ACCOUNT = '111122223333';
export const PARTNER_ACCOUNT = '444455556666';

/** The sandbox simulates one Region; every regional ARN uses it. */
export const REGION = 'us-east-1';

/** 2026-01-01T09:00:00Z: where every fresh world's clock starts. */
export const START_TIME = Date.UTC(2026, 0, 1, 9, 0, 0);

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** CLI profiles: `default` signs as the learner, `partner` as the partner account's administrator. */
export const DEFAULT_PROFILE = 'default';
export const PARTNER_PROFILE = 'partner';
export const LEARNER_USER = 'learner';
export const PARTNER_USER = 'partner-admin';

export const ADMINISTRATOR_ACCESS_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';

export const IMDS_ADDRESS = '169.254.169.254';
export const ECS_CREDENTIALS_ADDRESS = '169.254.170.2';
/** What SDKs ask for when they PUT for an IMDSv2 token (both the JS v3 SDK and botocore send 21600). */
export const IMDS_TOKEN_TTL_SECONDS = 21600;
/** Default IMDS timeout of the JS v3 SDK and botocore: 1 second, no retries. */
export const IMDS_TIMEOUT_MS = 1000;
