// The class host is killed with SIGKILL in the middle of a session and started again from its data
// dir: no event is lost or doubled. The host runs as the built dist/cli.js (`workshop host
// --headless`) in a child process; 10 attendee links in this process keep sending through the
// kill, their outboxes holding what the host missed. Loopback only; every wait is bounded.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emptyClass, reduceClass } from '../../src/workshop/live/class-state.js';
import type { EventBody } from '../../src/workshop/live/protocol.js';
import { AttendeeLink } from '../../src/workshop/live-node/attendee-link.js';
import { readJournal } from '../../src/workshop/live-node/journal.js';
import { loadWorkshopPack, packIsUsable } from '../../src/workshop/index.js';
import { cliPath } from '../helpers/tmux.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const packDir = join(repoRoot, 'workshops', 'instance-profiles-101');
const children: ChildProcess[] = [];
const links: AttendeeLink[] = [];

beforeAll(() => {
  if (!existsSync(cliPath)) throw new Error('dist/cli.js is missing: run node scripts/build.mjs first');
});
afterEach(() => {
  for (const link of links.splice(0)) link.stop();
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts the host and resolves with its printed KEY=value lines. */
function startHost(dataDir: string, port?: number): Promise<{ child: ChildProcess; lines: Record<string, string> }> {
  const args = [cliPath, 'workshop', 'host', packDir, '--headless', ...(port ? ['--port', String(port)] : [])];
  const child = spawn('node', args, { env: { ...process.env, IAM_TUTOR_DATA_DIR: dataDir, NO_COLOR: '1' } });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Stop with Ctrl+C.')) {
        clearTimeout(timer);
        const lines = Object.fromEntries(
          out.split('\n').flatMap((line) => (/^[A-Z_]+=/.test(line) ? [line.split(/=(.*)/s).slice(0, 2)] : [])),
        );
        resolve({ child, lines });
      }
    });
    child.on('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
}

const answer = (n: number): EventBody => ({
  type: 'quiz-answer',
  questionId: `q-${n}`,
  topic: 'instance-profiles',
  chosen: [n % 4],
  correct: n % 4 === 0,
  misconceptions: [],
});

async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not done within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('a class host killed mid-session', () => {
  it('comes back from its data dir with every event exactly once, the outboxes resending what it missed', async () => {
    const loaded = loadWorkshopPack(packDir, { cwd: repoRoot });
    if (!packIsUsable(loaded)) throw new Error('example pack should load');
    const dataDir = mkdtempSync(join(tmpdir(), 'live-kill-'));
    const first = await startHost(dataDir);
    const joinUrl = first.lines.JOIN_URL!;
    const port = Number(new URL(joinUrl).port);
    const attendees = Array.from({ length: 10 }, (_, i) => {
      const link = new AttendeeLink({
        dataDir: mkdtempSync(join(tmpdir(), 'live-kill-att-')),
        joinUrl,
        name: `attendee-${i}`,
        workshop: loaded.workshop,
        maxBackoffMs: 300,
      });
      links.push(link);
      return link;
    });
    const PER_ROUND = 3;
    const ROUNDS = 20;
    let killedAt = -1;
    for (let round = 0; round < ROUNDS; round++) {
      for (const link of attendees)
        link.enqueue([0, 1, 2].slice(0, PER_ROUND).map((k) => answer(round * PER_ROUND + k)));
      if (round === 8) {
        // Mid-stream: some batches acknowledged, some in flight, some not sent yet.
        first.child.kill('SIGKILL');
        killedAt = round;
        await new Promise((resolve) => first.child.once('exit', resolve));
      }
      if (round === 12) await startHost(dataDir, port);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(killedAt).toBe(8);
    await within(Promise.all(attendees.map((link) => link.drained())), 30_000);
    const hostDir = join(dataDir, 'live-classes', 'instance-profiles-101');
    const state = readJournal(hostDir).records.reduce(
      (s, record) => reduceClass(s, record.kind === 'join' ? { ...record, kind: 'join' } : record),
      emptyClass(),
    );
    expect(state.order).toHaveLength(10);
    for (const id of state.order) {
      const attendee = state.attendees[id]!;
      expect(attendee.events.map((e) => e.seq)).toEqual(Array.from({ length: ROUNDS * PER_ROUND }, (_, i) => i + 1));
      expect(attendee.events.map((e) => (e.type === 'quiz-answer' ? e.questionId : ''))).toEqual(
        Array.from({ length: ROUNDS * PER_ROUND }, (_, i) => `q-${i}`),
      );
      expect(attendee.pending).toEqual({});
    }
    expect(readFileSync(join(hostDir, 'host.json'), 'utf8')).toContain(new URL(joinUrl).pathname.slice(1));
  }, 60_000);
});
