// A play session (scenario or free play) as pure functions: the UI keeps it in its screen model,
// the application layer saves it.
export { accountsWithResources, type Exporter, exporters } from './exporters.js';
export { type FreePlayRun, freePlayRun } from './free-play-run.js';
export * from './session.js';
export { awsServices, type Completion, complete, withAws } from './complete.js';
export { guideNotes, nextUndone, reachedAfter, type StepStatus, stepStatuses } from './guide.js';
export { checkPolicyText, NEW_POLICY_TEXT, type PolicyCheck, type PolicyFinding } from './policy-check.js';
