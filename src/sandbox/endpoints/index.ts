export { FULL_URI_PREFIX } from './ecs-server.js';
export { type HostOptions, type RequestEvent, SandboxHost } from './host.js';
export { DROPPED_PUT_HOLD_MS, MAX_IMDS_TOKENS } from './imds-server.js';
export { assertLoopback, LOOPBACK, type RunningEndpoints, type StartOptions, startSandboxEndpoints } from './serve.js';
