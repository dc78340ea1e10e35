export { type HostOptions, type RequestEvent, SandboxHost } from './host.js';
export { DROPPED_PUT_HOLD_MS } from './imds-server.js';
export { assertLoopback, LOOPBACK, type RunningEndpoints, type StartOptions, startSandboxEndpoints } from './serve.js';
