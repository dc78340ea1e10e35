// The IAM engine's trace as plain lines for an event's detail.

import type { Decision } from '../../iam/index.js';

export function traceLines(decision: Decision): string[] {
  const lines: string[] = [];
  for (const item of decision.trace) {
    if (item.kind === 'note') lines.push(item.message);
    else
      lines.push(
        `${item.matched ? (item.effect === 'Allow' ? 'ALLOW' : 'DENY ') : 'skip '} ${item.layer} policy #${item.policyIndex + 1}${item.sid ? ` "${item.sid}"` : ''}: ${item.reason}`,
      );
  }
  return lines;
}
