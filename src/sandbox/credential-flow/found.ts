import type { TemporaryCredentials } from '../credentials.js';
import type { RoleSession } from '../sessions.js';
import type { CredentialSourceKind } from './types.js';

/** Credentials the SDK found, where, and for which role session. */
export interface FoundCredentials {
  source: CredentialSourceKind;
  session: RoleSession;
  credentials: TemporaryCredentials;
}
