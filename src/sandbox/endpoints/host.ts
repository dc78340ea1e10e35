// The sandbox world behind the live endpoints, its clock, and how sandbox times become the
// wall-clock times a real SDK reads.
//
// Why the clock works this way. A real SDK judges credentials by its own (wall) clock and caches
// them: botocore refreshes 15 minutes before Expiration (10 minutes at the latest), the JavaScript
// SDK 5 minutes before. Real IMDS never edits a key it has handed out. So:
// - The sandbox clock starts at the wall clock and runs with it. `+` (advance) moves it ahead: the
//   rotation schedule, and so which key is current, follows the sandbox clock.
// - A key's served LastUpdated and Expiration are fixed the first time it is handed out (the
//   ledger below) and never change afterwards, whatever the clock does. A client that fetched a
//   key before a fast-forward keeps it, with the Expiration it was given, until its own clock
//   says refresh; only requests after the jump see the newer keys. A running SDK does not notice
//   `+` at all, exactly as it would not notice anything on a real instance.
// - A new key's Expiration is its sandbox expiry seen from the sandbox clock now: wall now plus the
//   sandbox time it has left. Every key is current only while it has more than
//   ROTATE_BEFORE_EXPIRY_MS left, so whatever is served has at least that long on the wall clock.
// - LastUpdated is the wall time at which the sandbox clock reached the key's issue time. A
//   fast-forward skips a stretch of sandbox time in one wall instant, so keys issued inside the
//   skipped stretch carry the wall time of the `+` press: LastUpdated never runs backwards.
import { EventEmitter } from 'node:events';
import { advanceClock } from '../clock.js';
import { isoSeconds } from '../time.js';
import { findInstance, findTask } from '../world/lookup.js';
import type { Instance, Task, World } from '../world/types.js';

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

/** The times a key was handed out with, as ISO strings on the wall clock. */
export interface ServedTimes {
  lastUpdated: string;
  expiration: string;
}

/** A stretch of sandbox time skipped in one wall instant (a fast-forward). */
interface Jump {
  wall: number;
  from: number;
  to: number;
}

/** Keys remembered with their served times; older ones are never current again. */
const MAX_LEDGER = 256;
const MAX_JUMPS = 1024;

export class SandboxHost extends EventEmitter<{ request: [RequestEvent]; world: [World] }> {
  private current: World;
  /** sandbox time = wall time + offset. */
  private offset: number;
  private generation = 0;
  private readonly jumps: Jump[] = [];
  private readonly ledger = new Map<string, ServedTimes>();
  private fastForwarded = 0;
  /** The clock of the last world handed in (before it was brought up to the sandbox clock). */
  private inputNow: number;
  private lookups: { key: string; instance: Instance | undefined; task: Task | undefined } | undefined;
  readonly wallClock: () => number;
  instanceId: string | undefined;
  taskArn: string | undefined;

  constructor(world: World, options: HostOptions = {}) {
    super();
    this.wallClock = options.wallClock ?? (() => Date.now());
    // Start the sandbox clock at the wall clock, so served expirations are real-looking times.
    const wall = this.wallClock();
    this.inputNow = world.now;
    this.current = advanceClock(world, Math.max(0, wall - world.now));
    this.offset = this.current.now - wall;
    this.instanceId = options.instanceId ?? firstInstance(this.current);
    this.taskArn = options.taskArn ?? firstTask(this.current);
  }

  /**
   * Changes whenever the world is replaced or the clock is moved by hand. Between changes only the
   * clock runs on with the wall clock, and what that changes is the rotation window, which callers
   * add to their cache keys.
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
    return this.wallClock() + this.offset;
  }

  /** How far the sandbox clock is ahead of the wall clock (the sum of every fast-forward). */
  get aheadMs(): number {
    return this.fastForwarded;
  }

  /** The wall-clock moment the sandbox clock reached `sandboxMs` (a future moment: as things stand now). */
  wallAt(sandboxMs: number): number {
    let offset = this.offset;
    for (let i = this.jumps.length - 1; i >= 0; i--) {
      const jump = this.jumps[i]!;
      if (sandboxMs >= jump.to) return sandboxMs - offset;
      if (sandboxMs > jump.from) return jump.wall;
      offset -= jump.to - jump.from;
    }
    return sandboxMs - offset;
  }

  /**
   * The wall-clock LastUpdated and Expiration of a key (named by something unique to it, such as
   * its secret), fixed the first time it is asked for: a key handed out never changes.
   */
  servedTimes(key: string, issuedAt: number, expiration: number): ServedTimes {
    const known = this.ledger.get(key);
    if (known) return known;
    const times = {
      lastUpdated: isoSeconds(this.wallAt(issuedAt)),
      expiration: isoSeconds(expiration - this.offset),
    };
    if (this.ledger.size >= MAX_LEDGER) this.ledger.delete(this.ledger.keys().next().value!);
    this.ledger.set(key, times);
    return times;
  }

  /** Has this key been handed out already? */
  served(key: string): ServedTimes | undefined {
    return this.ledger.get(key);
  }

  /** Moves the sandbox clock ahead (rotation and expiry follow it; keys already served stay as they are). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms <= 0) return;
    const from = this.sandboxNow();
    this.jump(from, from + ms);
    this.world();
    this.generation += 1;
    this.emit('world', this.current);
  }

  /**
   * Serves another world (the learner changed something). When its clock moved on since the last
   * world handed in (the learner typed `clock advance 50m`), the sandbox clock moves on as much, as
   * a fast-forward, so the timeline of the simulated app and the live endpoints agree on what
   * happened. A world whose clock is ahead of the sandbox clock moves it there too; one behind is
   * brought up to it.
   */
  replaceWorld(world: World): void {
    const now = this.sandboxNow();
    // A world on the caller's own clock (the UI's session world, months behind the wall clock) is
    // nearer the last one handed in; one built from world() is nearer the sandbox clock.
    const onCallerClock = Math.abs(world.now - this.inputNow) < Math.abs(world.now - now);
    if (onCallerClock) {
      const moved = world.now - this.inputNow;
      this.inputNow = Math.max(this.inputNow, world.now);
      if (moved > 0) this.jump(now, now + moved);
    } else if (world.now > now) this.jump(now, world.now);
    this.current = world.now >= this.sandboxNow() ? world : advanceClock(world, this.sandboxNow() - world.now);
    this.generation += 1;
    this.emit('world', this.current);
  }

  private jump(from: number, to: number): void {
    this.jumps.push({ wall: this.wallClock(), from, to });
    if (this.jumps.length > MAX_JUMPS) this.jumps.shift();
    this.offset += to - from;
    this.fastForwarded += to - from;
    this.current = advanceClock(this.current, Math.max(0, to - this.current.now));
  }

  private looked() {
    const key = `${this.generation}|${this.instanceId}|${this.taskArn}`;
    if (this.lookups?.key !== key) {
      const world = this.current;
      this.lookups = {
        key,
        instance: this.instanceId ? findInstance(world, this.instanceId)?.instance : undefined,
        task: this.taskArn ? findTask(world, this.taskArn)?.task : undefined,
      };
    }
    return this.lookups;
  }

  /** The served instance (looked up once per world version: only the clock runs between). */
  instance(): Instance | undefined {
    return this.looked().instance;
  }

  /** The served task, if it exists. */
  task(): Task | undefined {
    return this.looked().task;
  }

  taskExists(): boolean {
    return this.task() !== undefined;
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
