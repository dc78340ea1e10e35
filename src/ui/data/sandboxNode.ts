// The node side of the sandbox controller: export files in the learner's directory, and the live
// endpoints (loaded on first use: node:http and the servers are not needed to start the tutor).
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportFiles, StartLive } from '../../app/index.js';

export function exportFilesIn(cwd: string): ExportFiles {
  return {
    pathOf: (name) => resolve(cwd, name),
    exists: (name) => existsSync(resolve(cwd, name)),
    write: (name, text) => writeFileSync(resolve(cwd, name), text),
  };
}

export const startLiveEndpoints: StartLive = async (world, onRequest) => {
  const { SandboxHost, startSandboxEndpoints } = await import('../../sandbox/endpoints/index.js');
  const host = new SandboxHost(world);
  const running = await startSandboxEndpoints(host);
  host.on('request', onRequest);
  return {
    env: running.env,
    serve: (next) => host.replaceWorld(next),
    sandboxNow: () => host.sandboxNow(),
    close: () => running.close(),
  };
};
