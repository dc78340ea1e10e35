import type { Account, TaskDefinition } from '../world/types.js';

/** The newest active revision of each task definition family: what a template should build. */
export function latestTaskDefinitions(account: Account): TaskDefinition[] {
  const latest = new Map<string, TaskDefinition>();
  for (const td of Object.values(account.taskDefinitions)) {
    // A deregistered revision is not something to build again.
    if (td.status === 'INACTIVE') continue;
    const seen = latest.get(td.family);
    if (!seen || td.revision > seen.revision) latest.set(td.family, td);
  }
  return [...latest.values()];
}
