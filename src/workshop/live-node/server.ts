// The live class host: node:http on 127.0.0.1 unless told otherwise.
//   POST /CODE/join      {name}      -> 201 {attendeeId, name, secret}   (the join code admits)
//   POST /CODE/events    {events:[]} -> 200 {acked}   Authorization: Bearer <attendee secret>
//   GET  /class                      -> 200 class view  Authorization: Bearer <instructor token>
//   GET  /class/report.md | .csv     -> the `workshop report` Markdown or CSV
// The join code only lets someone join and post their own events: who posts is decided by the
// per-attendee secret, never by the body. Every answer is JSON, errors included ({error}).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cleanText } from '../../untrusted/text.js';
import { classReportCsv } from '../report-csv.js';
import { classReportMarkdown } from '../report-md.js';
import { checkAttendeeName } from '../attendee.js';
import { type ClassAction, type ClassState, emptyClass, reduceClass, uniqueAttendeeName } from '../live/class-state.js';
import { MAX_BODY_BYTES, parseEventBatch, parseJoinRequest } from '../live/protocol.js';
import { classView, type LiveClassInput, liveClassReport } from '../live/views.js';
import type { HostIdentity } from './identity.js';
import { type Journal, type JournalRecord, openJournal, readJournal } from './journal.js';

export interface HostLimits {
  maxAttendees: number;
  /** Token bucket per attendee: events per second, and the burst allowed. */
  eventsPerSecond: number;
  burst: number;
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: HostLimits = {
  maxAttendees: 200,
  eventsPerSecond: 50,
  burst: 200,
  maxBodyBytes: MAX_BODY_BYTES,
};

export interface ClassHostOptions extends LiveClassInput {
  /** Where host.json and journal.jsonl live. */
  dir: string;
  identity: HostIdentity;
  port?: number;
  bind?: string;
  now?: () => number;
  limits?: Partial<HostLimits>;
  idleMinutes?: number;
}

export interface ClassHost {
  /** http://ADDRESS:PORT */
  origin: string;
  port: number;
  state(): ClassState;
  /** Calls `listener` after each accepted join or batch of events; returns the unsubscriber. */
  subscribe(listener: () => void): () => void;
  /** When the class began: its first journal record, or this start for a new class (host clock, ms). */
  startedAt: number;
  /** How many journal records were replayed at start. */
  replayed: number;
  close(): Promise<void>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(sha256(given), 'hex');
  const b = Buffer.from(sha256(expected), 'hex');
  return timingSafeEqual(a, b);
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export async function startClassHost(options: ClassHostOptions): Promise<ClassHost> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const now = options.now ?? Date.now;
  const { records } = readJournal(options.dir);
  let state = emptyClass();
  const bySecretHash = new Map<string, string>();
  for (const record of records) {
    state = reduceClass(state, toAction(record));
    if (record.kind === 'join') bySecretHash.set(record.secretHash, record.attendeeId);
  }
  const journal: Journal = openJournal(options.dir);
  const buckets = new Map<string, { tokens: number; at: number }>();
  const joinPath = `/${options.identity.code}/join`;
  const eventsPath = `/${options.identity.code}/events`;

  const takeTokens = (attendeeId: string, count: number): boolean => {
    const t = now();
    const bucket = buckets.get(attendeeId) ?? { tokens: limits.burst, at: t };
    bucket.tokens = Math.min(limits.burst, bucket.tokens + ((t - bucket.at) / 1000) * limits.eventsPerSecond);
    bucket.at = t;
    buckets.set(attendeeId, bucket);
    if (bucket.tokens < count) return false;
    bucket.tokens -= count;
    return true;
  };

  const listeners = new Set<() => void>();
  const commit = async (record: JournalRecord) => {
    await journal.append(record);
    state = reduceClass(state, toAction(record));
    for (const listener of listeners) listener();
  };

  const instructor = (req: IncomingMessage) => {
    const given = bearer(req);
    if (given === undefined || !sameSecret(given, options.identity.token)) {
      throw new HttpError(401, 'this needs the instructor token (Authorization: Bearer TOKEN)');
    }
  };

  const handle = async (req: IncomingMessage): Promise<{ status: number; body: unknown; type?: string }> => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'GET' && path.startsWith('/class')) {
      instructor(req);
      if (path === '/class') {
        return {
          status: 200,
          body: classView(state, { ...options, nowMs: now(), idleMinutes: options.idleMinutes ?? 5 }),
        };
      }
      if (path === '/class/report.md')
        return {
          status: 200,
          body: classReportMarkdown(liveClassReport(state, options)),
          type: 'text/markdown; charset=utf-8',
        };
      if (path === '/class/report.csv')
        return { status: 200, body: classReportCsv(liveClassReport(state, options)), type: 'text/csv; charset=utf-8' };
      throw new HttpError(404, 'no such page');
    }
    if (path !== joinPath && path !== eventsPath) {
      throw new HttpError(404, 'no class here: check the join URL');
    }
    if (req.method !== 'POST') throw new HttpError(405, 'use POST', { allow: 'POST' });
    const body = await readJsonBody(req, limits.maxBodyBytes);
    if (path === joinPath) {
      const parsed = parseJoinRequest(body);
      if (!parsed.ok) throw new HttpError(400, parsed.message);
      const checked = checkAttendeeName(parsed.value.name);
      if (!checked.ok) throw new HttpError(400, cleanText(checked.message));
      if (state.order.length >= limits.maxAttendees) {
        throw new HttpError(403, `the class is full (${limits.maxAttendees} attendees)`);
      }
      const name = uniqueAttendeeName(state, checked.name);
      const attendeeId = randomBytes(9).toString('base64url');
      const secret = randomBytes(32).toString('base64url');
      const secretHash = sha256(secret);
      bySecretHash.set(secretHash, attendeeId);
      await commit({ kind: 'join', attendeeId, name, secretHash, at: now() });
      return { status: 201, body: { attendeeId, name, secret } };
    }
    const given = bearer(req);
    const attendeeId = given === undefined ? undefined : bySecretHash.get(sha256(given));
    if (attendeeId === undefined) throw new HttpError(401, 'unknown attendee: join the class first');
    const parsed = parseEventBatch(body);
    if (!parsed.ok) throw new HttpError(422, parsed.message);
    const attendee = state.attendees[attendeeId]!;
    // Already applied or already held: journal only what is new, so a resend costs no disk.
    const fresh = parsed.value.filter((e) => e.seq > attendee.appliedSeq && !Object.hasOwn(attendee.pending, e.seq));
    if (!takeTokens(attendeeId, parsed.value.length)) {
      throw new HttpError(429, 'too many events; slow down', { 'retry-after': '1' });
    }
    if (fresh.length > 0) await commit({ kind: 'events', attendeeId, events: fresh, at: now() });
    return { status: 200, body: { acked: state.attendees[attendeeId]!.appliedSeq } };
  };

  const server = createServer((req, res) => {
    handle(req).then(
      (answer) => send(res, answer.status, answer.body, answer.type),
      (error: unknown) => {
        if (error instanceof HttpError) send(res, error.status, { error: error.message }, undefined, error.headers);
        else send(res, 500, { error: 'the host could not save this; try again' });
      },
    );
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 30_000;
  const bind = options.bind ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, bind, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://${bind.includes(':') ? `[${bind}]` : bind}:${port}`,
    port,
    state: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    startedAt: records[0]?.at ?? now(),
    replayed: records.length,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          journal.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

function toAction(record: JournalRecord): ClassAction {
  return record.kind === 'join'
    ? { kind: 'join', attendeeId: record.attendeeId, name: record.name, at: record.at }
    : record;
}

function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header === undefined ? null : /^Bearer ([A-Za-z0-9_-]{1,100})$/.exec(header);
  return match?.[1];
}

function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    req.resume();
    return Promise.reject(new HttpError(415, 'send JSON (Content-Type: application/json)'));
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return Promise.reject(new HttpError(413, `the body is over ${maxBytes} bytes`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > maxBytes) {
        failed = true;
        reject(new HttpError(413, `the body is over ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => reject(new HttpError(400, 'the request was cut short')));
    req.on('end', () => {
      if (failed) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpError(400, 'the body is not valid JSON'));
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown, type?: string, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': type ?? 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}
