// How each SDK looks for credentials: its default provider chain in documented order, what it
// reports when the chain finds nothing, and how early it refreshes cached credentials.
// JS v3: https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/setting-credentials-node.html
//   (fromEnv, fromSSO, fromIni, fromProcess, fromTokenFile, then the container endpoint or IMDS;
//    cached credentials are refreshed when they expire within 5 minutes)
// boto3: https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html
//   (environment, assume-role and web-identity config, IAM Identity Center, ~/.aws/credentials,
//    ~/.aws/config, container provider, instance metadata; botocore refreshes 15 minutes early)
// AWS CLI v2: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-authentication.html

import { MINUTE } from '../constants.js';
import type { AppClient } from '../world/types.js';

export interface ChainStep {
  provider: string;
  /** Why it finds nothing in the sandbox's apps, which have no keys, files or tokens configured. */
  skipBecause: string;
}

export interface ClientProfile {
  /**
   * The client as a noun phrase without an article, so that it reads after "the" in the
   * timeline's sentences ("the app calls ...; the AWS CLI v2 needs credentials").
   */
  label: string;
  /** Providers tried before the container endpoint and IMDS, in order. */
  before: ChainStep[];
  /** Whether the client asks for an IMDSv2 token before reading metadata. */
  imdsV2: boolean;
  /** Whether the client falls back to IMDSv1 when the token request times out (JS v3 and botocore do). */
  v1FallbackOnTimeout: boolean;
  noCredentials: { code: string; message: string };
  /** Cached credentials closer than this to expiry are fetched again. */
  refreshBeforeMs: number;
}

const ENV: ChainStep = {
  provider: 'environment variables',
  skipBecause: 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set',
};
const WEB_IDENTITY: ChainStep = {
  provider: 'web identity token file',
  skipBecause: 'AWS_WEB_IDENTITY_TOKEN_FILE is not set',
};
const SSO: ChainStep = {
  provider: 'IAM Identity Center (SSO)',
  skipBecause: 'no SSO settings in the shared config file',
};
const CREDENTIALS_FILE: ChainStep = {
  provider: 'shared credentials file (~/.aws/credentials)',
  skipBecause: 'there is no ~/.aws/credentials file',
};
const PROCESS: ChainStep = { provider: 'credential_process', skipBecause: 'no credential_process is configured' };
// The AWS CLI v2 is built on botocore, so it walks the same chain as boto3.
const BOTOCORE_CHAIN: ChainStep[] = [
  ENV,
  { provider: 'assume-role settings in ~/.aws/config', skipBecause: 'no profile with role_arn is selected' },
  WEB_IDENTITY,
  SSO,
  CREDENTIALS_FILE,
  PROCESS,
  { provider: 'config file (~/.aws/config)', skipBecause: 'there is no ~/.aws/config file with keys' },
];

export const CLIENTS: Record<AppClient, ClientProfile> = {
  'js-v3': {
    label: 'AWS SDK for JavaScript v3',
    before: [
      ENV,
      SSO,
      {
        provider: 'shared config and credentials files (fromIni)',
        skipBecause: 'there is no ~/.aws/credentials or ~/.aws/config profile with credentials',
      },
      PROCESS,
      WEB_IDENTITY,
    ],
    imdsV2: true,
    v1FallbackOnTimeout: true,
    noCredentials: { code: 'CredentialsProviderError', message: 'Could not load credentials from any providers' },
    refreshBeforeMs: 5 * MINUTE,
  },
  boto3: {
    label: 'AWS SDK for Python (boto3)',
    before: BOTOCORE_CHAIN,
    imdsV2: true,
    v1FallbackOnTimeout: true,
    noCredentials: { code: 'NoCredentialsError', message: 'Unable to locate credentials' },
    refreshBeforeMs: 15 * MINUTE,
  },
  'aws-cli': {
    label: 'AWS CLI v2',
    before: BOTOCORE_CHAIN,
    imdsV2: true,
    v1FallbackOnTimeout: true,
    noCredentials: {
      code: 'NoCredentials',
      message: 'Unable to locate credentials. You can configure credentials by running "aws configure".',
    },
    refreshBeforeMs: 15 * MINUTE,
  },
  'imdsv1-only': {
    label: 'legacy SDK that predates IMDSv2',
    before: [ENV, CREDENTIALS_FILE],
    imdsV2: false,
    v1FallbackOnTimeout: false,
    // Modelled on the old AWS SDK for JavaScript v2's message.
    noCredentials: { code: 'CredentialsError', message: 'Missing credentials in config' },
    refreshBeforeMs: 5 * MINUTE,
  },
};
