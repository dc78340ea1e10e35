// `iam-tutor workshop PACK --name NAME --join URL`: the attendee's copy to the class host.
// Progress is saved to the attendee's own store as always; this watches that store, appends the
// events each change stands for to an on-disk outbox (<data dir>/live-outbox.jsonl, fsynced), and
// a background sender delivers the outbox to the host in order, in batches, retrying with backoff
// while the host is unreachable. The host acknowledges by sequence number and ignores duplicates,
// so a resend after a lost answer or a restart never counts twice. Nothing here blocks the UI or
// writes to the terminal.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseProgressExport } from '../../progress/import.js';
import { eventsSince, summarizeSent } from '../live/progress-events.js';
import { type EventBody, MAX_BATCH_EVENTS, type WireEvent } from '../live/protocol.js';
import type { Workshop } from '../schema.js';

export const OUTBOX_FILE = 'live-outbox.jsonl';
export const LINK_FILE = 'live-link.json';

const linkSchema = z.object({
  joinUrl: z.string(),
  attendeeId: z.string().optional(),
  secret: z.string().optional(),
  name: z.string().optional(),
  acked: z.number().int().nonnegative(),
});
type LinkFile = z.infer<typeof linkSchema>;

const JOIN_HELP = '--join needs the URL the instructor gave, like http://192.168.1.20:4100/abcd2345';

/** `http://host:port/CODE`, nothing else: the URL is typed by people and read from a screen. */
export function checkJoinUrl(raw: string): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: JOIN_HELP };
  }
  if (url.protocol !== 'http:' || !/^\/[a-z2-7]{8}\/?$/.test(url.pathname) || url.search || url.hash || url.username) {
    return { ok: false, message: JOIN_HELP };
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/$/, '')}` };
}

export interface LinkOptions {
  dataDir: string;
  joinUrl: string;
  name: string;
  workshop: Pick<Workshop, 'agenda'>;
  now?: () => number;
  /** How often the progress file is looked at (ms). */
  pollMs?: number;
  maxBackoffMs?: number;
  /** Called with the host's acknowledged seq after each delivered batch (the bench times it). */
  onAck?: (acked: number) => void;
}

export interface LinkStatus {
  queued: number;
  acked: number;
  /** The last delivery problem, while it lasts. */
  problem?: string;
}

export class AttendeeLink {
  private outbox: WireEvent[] = [];
  private link: LinkFile;
  private timer: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private sending = false;
  private failures = 0;
  private lastStamp = '';
  private stopped = false;
  private problem: string | undefined;
  private readonly now: () => number;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly options: LinkOptions) {
    this.now = options.now ?? Date.now;
    this.outbox = readOutbox(join(options.dataDir, OUTBOX_FILE));
    const saved = readLink(join(options.dataDir, LINK_FILE));
    // Another class (a new join URL): start over with it; the old outbox is kept aside.
    this.link =
      saved !== undefined && saved.joinUrl === options.joinUrl ? saved : { joinUrl: options.joinUrl, acked: 0 };
    if (saved !== undefined && saved.joinUrl !== options.joinUrl) {
      renameIfThere(join(options.dataDir, OUTBOX_FILE), join(options.dataDir, `live-outbox.${this.now()}.jsonl`));
      this.outbox = [];
    }
  }

  start(): void {
    this.scan();
    this.timer = setInterval(() => this.scan(), this.options.pollMs ?? 500);
    this.timer.unref();
  }

  stop(): void {
    if (this.ackTimer !== undefined) {
      clearTimeout(this.ackTimer);
      this.ackTimer = undefined;
      this.saveLink(this.link);
    }
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.retry) clearTimeout(this.retry);
  }

  status(): LinkStatus {
    const status: LinkStatus = { queued: this.outbox.length - this.link.acked, acked: this.link.acked };
    if (this.problem !== undefined) status.problem = this.problem;
    return status;
  }

  /** Reads the progress file if it changed and queues the events it stands for; then sends. */
  scan(): void {
    const path = join(this.options.dataDir, 'progress.json');
    let stamp = '';
    try {
      const stats = statSync(path);
      stamp = `${stats.mtimeMs}:${stats.size}:${stats.ino}`;
    } catch {
      stamp = '';
    }
    if (stamp !== '' && stamp !== this.lastStamp) {
      this.lastStamp = stamp;
      try {
        const data = parseProgressExport(readFileSync(path, 'utf8'), this.now());
        this.enqueue(eventsSince(data, summarizeSent(this.outbox), this.options.workshop));
      } catch {
        // Being replaced or set aside: the store writes atomically, so the next look sees it whole.
        this.lastStamp = '';
      }
    }
    this.kick();
  }

  /** Appends events to the outbox (fsynced) with the next sequence numbers, then sends. */
  enqueue(bodies: readonly EventBody[]): void {
    if (bodies.length === 0) return;
    const at = this.now();
    const events = bodies.map((body, i) => ({ ...body, seq: this.outbox.length + i + 1, at }) as WireEvent);
    const fd = openSync(join(this.options.dataDir, OUTBOX_FILE), 'a', 0o600);
    try {
      writeSync(fd, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.outbox.push(...events);
    this.kick();
  }

  /** Resolves when everything queued so far has been acknowledged by the host. */
  drained(): Promise<void> {
    if (this.link.acked >= this.outbox.length) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  kick(): void {
    if (this.sending || this.stopped || this.retry !== undefined) return;
    this.sending = true;
    void this.deliver().finally(() => {
      this.sending = false;
      // Events queued while the last batch was on its way.
      if (this.retry === undefined && this.link.acked < this.outbox.length && !this.stopped) this.kick();
    });
  }

  private async deliver(): Promise<void> {
    try {
      // Joining comes first, with nothing to send yet: the instructor sees who is in the room.
      while (!this.stopped && (this.link.secret === undefined || this.link.acked < this.outbox.length)) {
        if (this.link.secret === undefined) {
          await this.join();
          continue;
        }
        const batch = this.outbox.slice(this.link.acked, this.link.acked + MAX_BATCH_EVENTS);
        const answer = await post(`${this.link.joinUrl}/events`, { events: batch }, this.link.secret);
        if (answer.status === 401) {
          // The host no longer knows this attendee (its data dir was cleared): join again and
          // resend everything from the first event.
          this.saveLink({ joinUrl: this.link.joinUrl, acked: 0 });
          continue;
        }
        if (answer.status !== 200) throw new Error(`the host answered ${answer.status}`);
        const acked = Number((answer.body as { acked?: unknown }).acked);
        if (!Number.isInteger(acked) || acked < 0) throw new Error('the host gave an unexpected answer');
        // The ack count is only a hint on disk (the host ignores resent events), so it is saved
        // at most once a second: a rename per batch cost about 0.3 ms of CPU each, measured.
        this.link = { ...this.link, acked: Math.min(acked, this.outbox.length) };
        this.saveAckedSoon();
        this.options.onAck?.(this.link.acked);
        this.failures = 0;
        this.problem = undefined;
      }
      if (this.link.acked >= this.outbox.length) {
        for (const resolve of this.idleWaiters.splice(0)) resolve();
      }
    } catch (error) {
      this.failures++;
      this.problem = error instanceof Error ? error.message : 'cannot reach the host';
      const wait = Math.min(this.options.maxBackoffMs ?? 10_000, 100 * 2 ** Math.min(this.failures, 10));
      this.retry = setTimeout(
        () => {
          this.retry = undefined;
          this.kick();
        },
        wait * (0.75 + Math.random() * 0.5),
      );
      this.retry.unref();
    }
  }

  private async join(): Promise<void> {
    const answer = await post(`${this.link.joinUrl}/join`, { name: this.options.name });
    if (answer.status !== 201) throw new Error(`the host answered ${answer.status}`);
    const body = answer.body as { attendeeId?: unknown; secret?: unknown; name?: unknown };
    if (typeof body.secret !== 'string' || typeof body.attendeeId !== 'string') {
      throw new Error('the host gave an unexpected answer');
    }
    const joined: LinkFile = { joinUrl: this.link.joinUrl, attendeeId: body.attendeeId, secret: body.secret, acked: 0 };
    if (typeof body.name === 'string') joined.name = body.name;
    this.saveLink(joined);
  }

  private ackTimer: NodeJS.Timeout | undefined;

  private saveAckedSoon(): void {
    if (this.ackTimer !== undefined) return;
    this.ackTimer = setTimeout(() => {
      this.ackTimer = undefined;
      this.saveLink(this.link);
    }, 1000);
    this.ackTimer.unref();
  }

  private saveLink(link: LinkFile): void {
    this.link = link;
    const path = join(this.options.dataDir, LINK_FILE);
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(link)}\n`, { mode: 0o600 });
    renameSync(temp, path);
  }
}

async function post(url: string, body: unknown, secret?: string): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret !== undefined) headers.authorization = `Bearer ${secret}`;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
  let parsed: unknown = {};
  try {
    parsed = await response.json();
  } catch {
    parsed = {};
  }
  return { status: response.status, body: parsed };
}

function readOutbox(path: string): WireEvent[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const events: WireEvent[] = [];
  let torn = false;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    try {
      const event = JSON.parse(line) as WireEvent;
      if (event.seq !== events.length + 1) throw new Error('out of sequence');
      events.push(event);
    } catch {
      torn = true;
      break;
    }
  }
  if (torn) {
    // Only an unbroken run 1..n counts; a line torn by a kill is cut off (and queued again from
    // the store), so later appends are not hidden behind it.
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, events.map((event) => `${JSON.stringify(event)}\n`).join(''), { mode: 0o600 });
    renameSync(temp, path);
  }
  return events;
}

function readLink(path: string): LinkFile | undefined {
  try {
    const parsed = linkSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function renameIfThere(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    // nothing to move
  }
}
