// The credential flow as a timeline of events: who did what, why, and whether it worked.

import type { Decision } from '../../iam/index.js';
import type { TemporaryCredentials } from '../credentials.js';

export type Actor = 'sdk' | 'imds' | 'ec2' | 'sts' | 'ecs-agent' | 'iam' | 'service';

export interface FlowEvent {
  /** Simulated time of the event. Events are in story order; steps EC2 or the ECS agent took earlier (obtaining credentials, pulling images) carry the time they happened. */
  at: number;
  actor: Actor;
  what: string;
  why: string;
  status: 'ok' | 'fail' | 'skip';
  /** Extra lines: HTTP requests and responses, documents, the IAM engine's trace. */
  detail?: string[];
  /** The IAM engine's decision, for events that are a policy check. */
  decision?: Decision;
}

export type AppTarget = { instanceId: string } | { taskArn: string } | { functionName: string };

/** The API call the app makes, e.g. { action: 'dynamodb:GetItem', resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/Orders' }. */
export interface AppCall {
  action: string;
  resource: string;
}

export type CredentialSourceKind = 'environment' | 'container-endpoint' | 'imds';

/** What the SDK keeps between calls: the credentials it found and where they came from. */
export interface SdkCache {
  /** Which target the cache belongs to (an instance id, task ARN or function name). */
  target: string;
  source: CredentialSourceKind;
  roleArn: string;
  sessionName: string;
  credentials: TemporaryCredentials;
  /** Condition keys that came with the credentials (ec2:SourceInstanceARN for instance credentials). */
  context?: Record<string, string>;
}

export type AppResult = 'allowed' | 'denied' | 'no-credentials' | 'expired' | 'failed';

export interface AppOutcome {
  result: AppResult;
  /** The error the app sees, worded like the SDK or service. */
  error?: { code: string; message: string };
  /** Who the request came from (an assumed-role session ARN). */
  principalArn?: string;
  roleArn?: string;
  credentialSource?: CredentialSourceKind;
  accessKeyId?: string;
  expiration?: number;
  /** The IAM engine's decision on the API call (or on the AssumeRole call that failed). */
  decision?: Decision;
  /** What the service answered when allowed. */
  output?: unknown;
}

export interface AppRun {
  events: FlowEvent[];
  outcome: AppOutcome;
  /** The SDK's credential cache after the run; pass it to the next run to model a long-lived app. */
  cache?: SdkCache;
}

export interface RunOptions {
  /** Credentials the SDK already holds from an earlier run. */
  cache?: SdkCache;
  /**
   * True (default): the SDK refreshes cached credentials shortly before they expire, as real SDKs
   * do. False: the app keeps the credentials it first got, as code that copies keys once would.
   */
  refresh?: boolean;
}
