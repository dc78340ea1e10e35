// The application layer of the sandbox screen: saving each session change to progress, writing
// exports, and the live endpoints' lifecycle. These lived inside SandboxPlay.tsx (writeFileSync,
// setLastWorld, the host started in a click handler). Here the node side is injected, so the
// controller is plain TypeScript, and the play session stays the world's only owner: the live host
// is handed every new world and never moves its own.
import { checkGoal, type PlaySession, savedPlay, scenarioOf, type World } from '../sandbox/index.js';

/** The progress writes the sandbox makes; the app's ProgressClient is one. */
export interface SandboxProgress {
  saveWorld(world: Record<string, unknown> | null): void;
  completeChallenge(scenarioId: string, solvedWorld?: Record<string, unknown>): void;
  recordHint(scenarioId: string): void;
  /** A goal check that found the goal not met (a live class is sent each one). */
  recordFailedCheck(scenarioId: string): void;
}

/** Files the export view writes, in the directory the learner started in. */
export interface ExportFiles {
  /** The absolute path a file name is written to. */
  pathOf(name: string): string;
  exists(name: string): boolean;
  write(name: string, text: string): void;
}

/** A running pair of endpoints (IMDS, ECS) serving a world. */
export interface LiveServer {
  /** The variables an SDK in another terminal needs, name to value. */
  env: Record<string, string>;
  /** The world to serve from now on. */
  serve(world: World): void;
  /** The host's sandbox clock (it starts at the wall clock), epoch ms. */
  sandboxNow(): number;
  close(): Promise<void>;
}

export interface LiveRequest {
  at: number;
  server: string;
  method: string;
  path: string;
  status: number;
  meaning: string;
}

export type StartLive = (world: World, onRequest: (request: LiveRequest) => void) => Promise<LiveServer>;

export interface SandboxDeps {
  progress: SandboxProgress | null;
  files: ExportFiles;
  startLive: StartLive;
}

export type ExportResult =
  | { kind: 'written'; path: string }
  | { kind: 'exists'; name: string }
  | { kind: 'failed'; message: string };

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One request as a line of the live log. */
export function liveRequestLine(request: LiveRequest): string {
  const time = new Date(request.at).toISOString().slice(11, 19);
  return `${time} ${request.server} ${request.method} ${request.path} ${request.status || '—'} ${request.meaning}`;
}

export class SandboxController {
  private live: LiveServer | null = null;
  private starting = false;
  private closed = false;

  constructor(private readonly deps: SandboxDeps) {}

  /**
   * Everything a session change means outside the screen: the world saved (so quitting at any
   * moment loses nothing), a goal met for the first time recorded, a hint counted, and the live
   * host handed the new world. Returns a problem for the learner, or null.
   */
  commit(before: PlaySession, after: PlaySession): string | null {
    if (after.world !== before.world) this.live?.serve(after.world);
    const { progress } = this.deps;
    if (progress === null) return null;
    const id = after.scenarioId;
    try {
      if (id !== null && after.hintsShown > before.hintsShown) progress.recordHint(id);
      progress.saveWorld(savedPlay(after));
      if (id !== null && after.goalMet && !before.goalMet) progress.completeChallenge(id, savedPlay(after));
      return null;
    } catch (error) {
      return `Could not save: ${reason(error)}`;
    }
  }

  /**
   * The learner checked the goal (c): a check that finds it not met is counted, and a live class
   * hears of it. Returns a problem for the learner, or null.
   */
  checked(session: PlaySession): string | null {
    const scenario = scenarioOf(session);
    const { progress } = this.deps;
    if (scenario === undefined || progress === null || checkGoal(scenario, session.world).met) return null;
    try {
      progress.recordFailedCheck(scenario.id);
      return null;
    } catch (error) {
      return `Could not save: ${reason(error)}`;
    }
  }

  /** Writes an export; an existing file is only replaced when the learner said so. */
  writeExport(name: string, text: string, overwrite: boolean): ExportResult {
    const { files } = this.deps;
    try {
      if (!overwrite && files.exists(name)) return { kind: 'exists', name };
      files.write(name, text);
      return { kind: 'written', path: files.pathOf(name) };
    } catch (error) {
      return { kind: 'failed', message: `Could not write ${name}: ${reason(error)}` };
    }
  }

  get serving(): boolean {
    return this.live !== null;
  }

  /** Starts the endpoints once; resolves with their variables, or rejects with words for the learner. */
  async startLive(world: World, onRequest: (line: string) => void): Promise<Record<string, string>> {
    if (this.live) return this.live.env;
    if (this.starting) throw new Error('The live endpoints are already starting.');
    this.starting = true;
    try {
      const live = await this.deps.startLive(world, (request) => onRequest(liveRequestLine(request)));
      // The screen closed (or s was pressed) while the servers were starting: nobody will stop them later.
      if (this.closed) {
        await live.close();
        throw new Error('The sandbox closed before the endpoints started.');
      }
      this.live = live;
      return live.env;
    } catch (error) {
      throw new Error(`Could not start the live endpoints: ${reason(error)}`);
    } finally {
      this.starting = false;
    }
  }

  /** Hands the live host a world (one that changed while the servers started). */
  serve(world: World): void {
    this.live?.serve(world);
  }

  /** The live host's clock, when serving. */
  liveNow(): number | undefined {
    return this.live?.sandboxNow();
  }

  stopLive(): void {
    void this.live?.close();
    this.live = null;
  }

  /** The screen is gone: stop serving, and stop whatever is still starting once it has. */
  close(): void {
    this.closed = true;
    this.stopLive();
  }
}
