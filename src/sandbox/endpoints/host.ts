// The sandbox world behind the live endpoints, and the mapping from sandbox time to the real
// clock. Real SDKs judge credentials by their own wall clock, so an Expiration taken from the
// sandbox's simulated clock is shifted by the same offset: when the learner fast-forwards the
// sandbox by 50 minutes, the credentials the SDK holds look 50 minutes older, exactly as if that
// time had passed, and the SDK refreshes them when it would in real life.
import { EventEmitter } from 'node:events';
import { advanceClock } from '../clock.js';
import { findInstance, findTask } from '../world/lookup.js';
import type { Instance, World } from '../world/types.js';

export interface RequestEvent {
  /** Wall-clock time of the request (epoch ms). */
  at: number;
  server: 'imds' | 'ecs';
  method: string;
  path: string;
  status: number;
  /** What the request meant, in a few words a learner can follow. */
  meaning: string;
}

export interface HostOptions {
  instanceId?: string;
  taskArn?: string;
  /** The real clock; tests pass a fake. */
  wallClock?: () => number;
}

export class SandboxHost extends EventEmitter<{ request: [RequestEvent]; world: [World] }> {
  private current: World;
  /** sandbox time = wall time + offset. */
  private offset: number;
  private generation = 0;
  readonly wallClock: () => number;
  instanceId: string | undefined;
  taskArn: string | undefined;

  constructor(world: World, options: HostOptions = {}) {
    super();
    this.wallClock = options.wallClock ?? (() => Date.now());
    // Start the sandbox clock at the wall clock, so served expirations are real-looking times.
    const wall = this.wallClock();
    this.current = advanceClock(world, Math.max(0, wall - world.now));
    this.offset = this.current.now - wall;
    this.instanceId = options.instanceId ?? firstInstance(this.current);
    this.taskArn = options.taskArn ?? firstTask(this.current);
  }

  /**
   * Changes whenever the world is replaced or the clock is moved by hand (which also shifts the
   * wall-clock expirations served). Between changes only the clock runs on with the wall clock,
   * and what that changes is the rotation window, which callers add to their cache keys.
   */
  get version(): number {
    return this.generation;
  }

  /** The world with its clock moved to the current sandbox time. */
  world(): World {
    const target = this.wallClock() + this.offset;
    if (target > this.current.now) this.current = advanceClock(this.current, target - this.current.now);
    return this.current;
  }

  sandboxNow(): number {
    return this.world().now;
  }

  /** Sandbox time expressed on the wall clock (what the SDK compares against). */
  toWall(sandboxIso: string): string {
    return new Date(Date.parse(sandboxIso) - this.offset).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** Moves the sandbox clock ahead (credentials rotate and expire on it). */
  advance(ms: number): void {
    this.current = advanceClock(this.world(), ms);
    this.offset += ms;
    this.generation += 1;
    this.emit('world', this.current);
  }

  replaceWorld(world: World): void {
    this.current = world.now >= this.sandboxNow() ? world : advanceClock(world, this.sandboxNow() - world.now);
    this.generation += 1;
    this.emit('world', this.current);
  }

  instance(): Instance | undefined {
    return this.instanceId ? findInstance(this.world(), this.instanceId)?.instance : undefined;
  }

  taskExists(): boolean {
    return this.taskArn !== undefined && findTask(this.world(), this.taskArn) !== undefined;
  }

  record(event: Omit<RequestEvent, 'at'>): void {
    this.emit('request', { at: this.wallClock(), ...event });
  }
}

/**
 * A one-entry cache. The endpoints serve one instance and one task, and a credentials document
 * costs a trust-policy evaluation and several hashes to build (about 0.2 ms), so each server keeps
 * the last one it built under a key naming everything it depends on.
 */
export class LastValue<T> {
  private key: string | undefined;
  private value: T | undefined;

  get(key: string, build: () => T): T {
    if (key !== this.key) {
      this.value = build();
      this.key = key;
    }
    return this.value as T;
  }
}

function firstInstance(world: World): string | undefined {
  for (const account of Object.values(world.accounts)) {
    const withProfile = Object.values(account.instances).find((i) => i.association);
    if (withProfile) return withProfile.instanceId;
  }
  for (const account of Object.values(world.accounts)) {
    const any = Object.values(account.instances)[0];
    if (any) return any.instanceId;
  }
  return undefined;
}

/** The newest running task: after a fix, the learner's latest run-task is the one to serve. */
function firstTask(world: World): string | undefined {
  const tasks = Object.values(world.accounts).flatMap((account) => Object.values(account.tasks));
  // Stable sort, oldest first: of tasks started at the same moment, the one run last wins.
  const running = tasks.filter((task) => task.lastStatus === 'RUNNING').sort((a, b) => a.startedAt - b.startedAt);
  return running.at(-1)?.taskArn ?? tasks.at(-1)?.taskArn;
}
