export { MAX_HELD, MAX_HOLD_MS } from './dropped.js';
export { FULL_URI_PREFIX } from './ecs-server.js';
export { type HostOptions, type RequestEvent, SandboxHost, type ServedTimes } from './host.js';
export { MAX_IMDS_TOKENS } from './imds-server.js';
export { instanceFacts } from './instance-facts.js';
export {
  assertLoopback,
  HEADERS_TIMEOUT_MS,
  LOOPBACK,
  LOOPBACK_IPV6,
  MAX_CONNECTIONS,
  type RunningEndpoints,
  type StartOptions,
  startSandboxEndpoints,
} from './serve.js';
