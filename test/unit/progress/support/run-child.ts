import { type ChildProcess, spawn } from 'node:child_process';

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  /** Complete lines printed so far (a line without its newline is not counted). */
  lines(): string[];
  /** Resolves when at least `count` complete lines have been printed. */
  waitForLines(count: number): Promise<void>;
  finished: Promise<Finished>;
}

export function runChild(command: string, args: readonly string[]): Running {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: { count: number; resolve: () => void }[] = [];
  const lines = () => stdout.split('\n').slice(0, -1);
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const waiter of waiters.splice(0)) {
      if (lines().length >= waiter.count) waiter.resolve();
      else waiters.push(waiter);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const finished = new Promise<Finished>((resolve) => {
    child.on('close', (code, signal) => {
      for (const waiter of waiters.splice(0)) waiter.resolve();
      resolve({ code, signal, stdout, stderr });
    });
  });
  return {
    child,
    lines,
    waitForLines: (count) =>
      lines().length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    finished,
  };
}

/** mulberry32: a small seeded generator, so a failing run can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
