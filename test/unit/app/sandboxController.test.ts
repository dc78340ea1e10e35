import { describe, expect, it } from 'vitest';
import { type ExportFiles, type LiveServer, ProgressClient, SandboxController } from '../../../src/app/index.js';
import { createMemoryProgressStore } from '../../../src/progress/index.js';
import {
  checkSession,
  formatCommand,
  getScenario,
  resumeSaved,
  revealHint,
  runCommand,
  startSession,
  type World,
} from '../../../src/sandbox/index.js';

const now = Date.UTC(2026, 11, 7, 3);

function memoryFiles(existing: Record<string, string> = {}): ExportFiles & { written: Record<string, string> } {
  const written: Record<string, string> = { ...existing };
  return {
    written,
    pathOf: (name) => `/learner/${name}`,
    exists: (name) => name in written,
    write: (name, text) => {
      if (name.includes('/')) throw new Error('EACCES: permission denied');
      written[name] = text;
    },
  };
}

function fakeLive() {
  const served: World[] = [];
  let closed = 0;
  const server: LiveServer = {
    env: { AWS_EC2_METADATA_SERVICE_ENDPOINT: 'http://127.0.0.1:1/' },
    serve: (world) => served.push(world),
    sandboxNow: () => now,
    close: async () => {
      closed++;
    },
  };
  return { server, served, closed: () => closed };
}

describe('SandboxController', () => {
  it('counts a goal check that finds the goal not met, and not one that finds it met', () => {
    const store = createMemoryProgressStore({ now: () => now });
    const progress = new ProgressClient(store, () => now);
    const controller = new SandboxController({
      progress,
      files: memoryFiles(),
      startLive: async () => fakeLive().server,
    });
    const scenario = getScenario('missing-instance-profile')!;
    const start = startSession(scenario.id);
    expect(controller.checked(checkSession(start).session)).toBeNull();
    expect(controller.checked(checkSession(start).session)).toBeNull();
    expect(store.read().sandbox.challenges[scenario.id]?.checksFailed).toBe(2);
    let solved = start;
    for (const action of scenario.referenceSolution) solved = runCommand(solved, formatCommand(action));
    controller.checked(checkSession(solved).session);
    expect(store.read().sandbox.challenges[scenario.id]?.checksFailed).toBe(2);
    // Free play has no goal: nothing to count.
    controller.checked(startSession(null));
    expect(Object.keys(store.read().sandbox.challenges)).toEqual([scenario.id]);
  });

  it('saves every change, counts a hint, and records a met goal once', () => {
    const store = createMemoryProgressStore({ now: () => now });
    const controller = new SandboxController({
      progress: new ProgressClient(store, () => now),
      files: memoryFiles(),
      startLive: async () => fakeLive().server,
    });
    const scenario = getScenario('missing-instance-profile')!;
    const start = startSession(scenario.id);
    const hinted = revealHint(start);
    expect(controller.commit(start, hinted)).toBeNull();
    expect(store.read().sandbox.challenges[scenario.id]?.hintsUsed).toBe(1);
    let solved = hinted;
    for (const action of scenario.referenceSolution) solved = runCommand(solved, formatCommand(action));
    const met = checkSession(solved).session;
    controller.commit(hinted, met);
    expect(store.read().sandbox.challenges[scenario.id]?.completed).toBe(true);
    // Kept with the challenge, so reopening it can show the solved world.
    expect(resumeSaved(store.read().sandbox.challenges[scenario.id]?.solvedWorld)?.world).toEqual(met.world);
    expect((store.read().sandbox.lastWorld as { world: World }).world).toEqual(met.world);
    // Nothing new met, nothing new counted.
    controller.commit(met, met);
    expect(store.read().sandbox.challenges[scenario.id]?.hintsUsed).toBe(1);
  });

  it('asks before replacing an export, and says why a write failed', () => {
    const files = memoryFiles({ 'a.sh': 'old' });
    const controller = new SandboxController({ progress: null, files, startLive: async () => fakeLive().server });
    expect(controller.writeExport('a.sh', 'new', false)).toEqual({ kind: 'exists', name: 'a.sh' });
    expect(files.written['a.sh']).toBe('old');
    expect(controller.writeExport('a.sh', 'new', true)).toEqual({ kind: 'written', path: '/learner/a.sh' });
    expect(files.written['a.sh']).toBe('new');
    const failed = controller.writeExport('no/such.sh', 'x', false);
    expect(failed.kind).toBe('failed');
    expect(failed.kind === 'failed' && failed.message).toMatch(/Could not write no\/such\.sh: EACCES/);
  });

  it('hands the live host every new world, so the session stays the only owner', async () => {
    const live = fakeLive();
    const controller = new SandboxController({
      progress: null,
      files: memoryFiles(),
      startLive: async () => live.server,
    });
    const start = startSession('guided-ec2-dynamodb');
    expect(await controller.startLive(start.world, () => {})).toEqual(live.server.env);
    expect(controller.serving).toBe(true);
    const next = runCommand(start, 'clock advance 5m');
    controller.commit(start, next);
    expect(live.served.at(-1)).toBe(next.world);
    // A change that leaves the world alone (a hint) sends nothing.
    controller.commit(next, revealHint(next));
    expect(live.served).toHaveLength(1);
    controller.stopLive();
    expect(controller.serving).toBe(false);
    expect(live.closed()).toBe(1);
  });

  it('closes endpoints that finish starting after the screen closed', async () => {
    const live = fakeLive();
    let release: (server: LiveServer) => void = () => {};
    const controller = new SandboxController({
      progress: null,
      files: memoryFiles(),
      startLive: () => new Promise((resolve) => (release = resolve)),
    });
    const started = controller.startLive(startSession(null).world, () => {});
    controller.close();
    release(live.server);
    await expect(started).rejects.toThrow(/closed before the endpoints started/);
    expect(live.closed()).toBe(1);
    expect(controller.serving).toBe(false);
  });

  it('says why the endpoints could not start', async () => {
    const controller = new SandboxController({
      progress: null,
      files: memoryFiles(),
      startLive: async () => {
        throw new Error('listen EADDRINUSE');
      },
    });
    await expect(controller.startLive(startSession(null).world, () => {})).rejects.toThrow(
      'Could not start the live endpoints: listen EADDRINUSE',
    );
  });
});
