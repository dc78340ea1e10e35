// The error a failing timeline event names, short enough to sit on the diagram's arrow. It is read
// from the event itself (the HTTP status in its detail, the code in its headline, or the IAM
// engine's decision), never made up: an event that names no code gets none.

import type { FlowEvent } from '../credential-flow/types.js';

/** Codes written into headlines: "refuses AssumeRole: AccessDenied", "returns AccessDeniedException", "(Code X)". */
const headlineCodes = [/\(Code (\w+)\)/, /^(\w+(?:Error|Exception)):/, /(?:returns|refuses [\w\s]+:) ([A-Z]\w+)$/];

export function errorCodeOf(event: FlowEvent): string | undefined {
  const detail = event.detail ?? [];
  // An HTTP answer with an error status (401 from IMDS without a token, 404 with no role).
  const status = detail.map((line) => /^([45]\d\d) /.exec(line)?.[1]).find(Boolean);
  if (status) return status;
  if (detail.some((line) => line.startsWith('no response within'))) return 'timeout';
  for (const pattern of headlineCodes) {
    const code = pattern.exec(event.what)?.[1];
    if (code) return code;
  }
  // A policy check that failed: the IAM engine's verdict.
  if (event.decision && event.decision.decision !== 'Allow') return event.decision.decision;
  return undefined;
}
