// Public surface of the sandbox core. Screens and the live endpoints import from here only.

export type { Action, ActionInputs, ActionOf, VerbName } from './actions/inputs.js';
export type * from './actions/inputs.js';
export { type AppliedActions, applyAction, applyActions } from './actions/apply.js';
export { isVerbName, verbNames, verbSpec, verbs } from './actions/registry.js';
export type { ActionResult, Outcome, ParamKind, ParamSpec, VerbSpec } from './actions/types.js';
export { advanceClock, advanceClockBy, type ClockAdvance, now } from './clock.js';
export {
  formatCommand,
  type FormatOptions,
  isSandboxCommand,
  type ParsedCommand,
  parseCommand,
  shellQuote,
  tokenize,
  usageOf,
} from './command-line.js';
export * from './constants.js';
export {
  FAKE_KEY_PREFIX,
  FAKE_SECRET_PREFIX,
  FAKE_TOKEN_MARK,
  ROTATE_BEFORE_EXPIRY_MS,
  ROTATION_PERIOD_MS,
  rotationWindow,
  type RotationWindow,
  SANDBOX_SESSION_MS,
  type TemporaryCredentials,
} from './credentials.js';
export { CLIENTS, type ClientProfile } from './credential-flow/clients.js';
export {
  type EcsCredentialsDocument,
  ecsCredentialsDocument,
  ecsCredentialsRelativeUri,
} from './credential-flow/ecs-endpoint.js';
export {
  type ImdsCredentialsDocument,
  imdsCredentialsDocument,
  type ImdsFailureDocument,
  type ImdsInfoDocument,
  imdsInfo,
  imdsRoleName,
  type ImdsSuccessDocument,
} from './credential-flow/imds.js';
export { type RefreshOptions, refreshTimeline, type TimedRun } from './credential-flow/refresh.js';
export { runApp, targetKey } from './credential-flow/run-app.js';
export type {
  Actor,
  AppCall,
  AppOutcome,
  AppResult,
  AppRun,
  AppTarget,
  CredentialSourceKind,
  FlowEvent,
  RunOptions,
  SdkCache,
} from './credential-flow/types.js';
export {
  type DiagramStep,
  type FlowDiagram,
  flowDiagram,
  type Lane,
  type LaneHeader,
  LANES,
  type StepKind,
} from './flow/diagram.js';
export { containerInstancesOf, type Registration, registrationOf } from './ecs/registration.js';
export { type AwsError, formatAwsError } from './errors.js';
export {
  type ChosenWorld,
  exportCliScript,
  exportCloudFormation,
  exportTerraform,
  savedWorldOf,
  type WorldSource,
  worldToExport,
} from './export/index.js';
export type { CloudFormationOptions, TerraformOptions } from './export/index.js';
export { answerText, type FoldedRow, foldAnswer, foldAnswerRows } from './output/fold.js';
export { awsManagedPolicies } from './policies/catalogue.js';
export { getScenario, scenarios } from './scenarios/registry.js';
export { scenarioIds } from './scenarios/ids.js';
export { checkGoal, type GoalResult, ScenarioSetupError, startScenario } from './scenarios/run.js';
export type { DocLink, GoalCheck, GuidedStep, Scenario, ScenarioGoal } from './scenarios/types.js';
export { type AssumeRoleOutcome, type AssumeRoleRequest, assumeRole, type StsCaller } from './sts.js';
export { formatDuration, isoSeconds, parseDuration } from './time.js';
export {
  type AccountView,
  describeWorld,
  formatWorld,
  type InstanceView,
  type RoleView,
  type TrustEntry,
  type WorldView,
} from './view.js';
export { createWorld } from './world/create.js';
export type * from './world/types.js';
export { APP_CLIENTS, APP_RUNTIMES } from './world/types.js';
export * from './play/index.js';
