// The live class host and the attendee link, in this process, on 127.0.0.1 only.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { completeLesson } from '../../../../src/progress/lesson-progress.js';
import { recordAnswer } from '../../../../src/progress/record-answer.js';
import { completeChallenge, recordHintUsed } from '../../../../src/progress/sandbox-progress.js';
import { openProgressStore } from '../../../../src/progress/store.js';
import { loadWorkshopPack, packIsUsable } from '../../../../src/workshop/index.js';
import type { EventBody, WireEvent } from '../../../../src/workshop/live/protocol.js';
import { AttendeeLink, checkJoinUrl } from '../../../../src/workshop/live-node/attendee-link.js';
import { loadOrCreateIdentity } from '../../../../src/workshop/live-node/identity.js';
import { JOURNAL_FILE } from '../../../../src/workshop/live-node/journal.js';
import { type ClassHost, startClassHost } from '../../../../src/workshop/live-node/server.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');
const loaded = loadWorkshopPack('workshops/instance-profiles-101', { cwd: repoRoot });
if (!packIsUsable(loaded)) throw new Error('example pack should load');
const load = loaded;
const input = { workshop: load.workshop, packName: load.name, content: load.content };

const hosts: ClassHost[] = [];
const links: AttendeeLink[] = [];
afterEach(async () => {
  for (const link of links.splice(0)) link.stop();
  for (const host of hosts.splice(0)) await host.close();
});

async function startHost(dir = mkdtempSync(join(tmpdir(), 'live-host-')), port?: number) {
  const identity = loadOrCreateIdentity(dir, load.name);
  if (!identity.ok) throw new Error(identity.message);
  const host = await startClassHost({ ...input, dir, identity: identity.identity, ...(port ? { port } : {}) });
  hosts.push(host);
  return { host, dir, joinUrl: `${host.origin}/${identity.identity.code}`, token: identity.identity.token };
}

function newLink(joinUrl: string, name: string, dataDir = mkdtempSync(join(tmpdir(), 'live-att-'))) {
  const link = new AttendeeLink({ dataDir, joinUrl, name, workshop: load.workshop, maxBackoffMs: 200 });
  links.push(link);
  return { link, dataDir };
}

const answer = (questionId: string, chosen: number, correct: boolean): EventBody => ({
  type: 'quiz-answer',
  questionId,
  topic: 'instance-profiles',
  chosen: [chosen],
  correct,
  misconceptions: [],
});

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function within<T>(promise: Promise<T>, ms = 10_000): Promise<T> {
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

describe('live class host', () => {
  it('takes 30 attendees joining and answering at once: every event arrives exactly once, in order', async () => {
    const { host, joinUrl } = await startHost();
    const attendees = Array.from({ length: 30 }, (_, i) => newLink(joinUrl, `attendee-${i}`));
    // Each attendee queues 12 events in 3 bursts, all attendees at the same time.
    for (let burst = 0; burst < 3; burst++) {
      for (const [i, { link }] of attendees.entries()) {
        link.enqueue([
          { type: 'step-completed', kind: 'lesson', id: 'instance-profiles' },
          { type: 'hint-used', challengeId: 'guided-ec2-dynamodb' },
          answer(`q-${burst}`, i % 3, i % 3 === 0),
          { type: 'sandbox-check', challengeId: 'guided-ec2-dynamodb', passed: burst === 2 },
        ]);
      }
    }
    await within(Promise.all(attendees.map(({ link }) => link.drained())));
    const state = host.state();
    expect(state.order).toHaveLength(30);
    expect(new Set(state.order.map((id) => state.attendees[id]!.name)).size).toBe(30);
    for (const id of state.order) {
      const attendee = state.attendees[id]!;
      expect(attendee.events.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(attendee.pending).toEqual({});
    }
  });

  it('rebuilds the class from its journal after a restart, and the outbox redelivers what the host missed', async () => {
    const first = await startHost();
    const { link, dataDir } = newLink(first.joinUrl, 'alice');
    link.enqueue([answer('q-1', 0, true), answer('q-2', 1, false)]);
    await within(link.drained());
    const port = first.host.port;
    await first.host.close();
    hosts.splice(0);
    // Host down: events pile up in the outbox on disk, the UI is never blocked.
    link.enqueue([answer('q-3', 2, false)]);
    link.stop();
    expect(readFileSync(join(dataDir, 'live-outbox.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3);
    const second = await startHost(first.dir, port);
    expect(second.joinUrl).toBe(first.joinUrl);
    expect(second.token).toBe(first.token);
    // A new tutor process for the same attendee picks the outbox up from disk.
    const again = newLink(first.joinUrl, 'alice', dataDir).link;
    again.kick();
    await within(again.drained());
    const state = second.host.state();
    expect(state.order).toHaveLength(1);
    expect(state.attendees[state.order[0]!]!.events.map((e: WireEvent) => e.seq)).toEqual([1, 2, 3]);
  });

  it('drops a journal line torn by a kill and keeps everything before it', async () => {
    const first = await startHost();
    const { link } = newLink(first.joinUrl, 'bob');
    link.enqueue([answer('q-1', 0, true)]);
    await within(link.drained());
    await first.host.close();
    hosts.splice(0);
    writeFileSync(join(first.dir, JOURNAL_FILE), `${readFileSync(join(first.dir, JOURNAL_FILE), 'utf8')}{"kind":"ev`);
    const second = await startHost(first.dir);
    expect(second.host.replayed).toBe(2);
    const id = second.host.state().order[0]!;
    expect(second.host.state().attendees[id]!.events).toHaveLength(1);
    expect(readFileSync(join(first.dir, JOURNAL_FILE), 'utf8').endsWith('\n')).toBe(true);
  });

  it('refuses bad join codes, bad tokens and posting without (or with another) attendee secret', async () => {
    const { host, joinUrl, token } = await startHost();
    const wrongCode = `${host.origin}/aaaaaaaa`;
    expect((await post(`${wrongCode}/join`, '{"name":"eve"}')).status).toBe(404);
    expect((await fetch(`${host.origin}/class`)).status).toBe(401);
    expect((await fetch(`${host.origin}/class`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    const view = await fetch(`${host.origin}/class`, { headers: { authorization: `Bearer ${token}` } });
    expect(view.status).toBe(200);
    // The join code does not read the class.
    expect((await fetch(`${joinUrl}/events`)).status).toBe(405);
    const alice = await post(`${joinUrl}/join`, '{"name":"alice"}');
    const eve = await post(`${joinUrl}/join`, '{"name":"eve"}');
    expect(alice.status).toBe(201);
    expect(alice.body).not.toHaveProperty('token');
    const batch = JSON.stringify({ events: [{ type: 'hint-used', challengeId: 'x', seq: 1, at: 1 }] });
    expect((await post(`${joinUrl}/events`, batch)).status).toBe(401);
    expect((await post(`${joinUrl}/events`, batch, { authorization: `Bearer ${token}` })).status).toBe(401);
    // Naming another attendee in the body is refused; the secret decides who posted.
    const spoof = JSON.stringify({
      events: [{ type: 'hint-used', challengeId: 'x', seq: 1, at: 1, attendeeId: alice.body.attendeeId }],
    });
    expect((await post(`${joinUrl}/events`, spoof, { authorization: `Bearer ${eve.body.secret}` })).status).toBe(422);
    expect((await post(`${joinUrl}/events`, batch, { authorization: `Bearer ${eve.body.secret}` })).body).toEqual({
      acked: 1,
    });
    const state = host.state();
    expect(state.attendees[alice.body.attendeeId as string]!.events).toEqual([]);
    expect(state.attendees[eve.body.attendeeId as string]!.events).toHaveLength(1);
  });

  it('rejects oversized, malformed, non-JSON and badly named requests with the right status', async () => {
    const { joinUrl } = await startHost();
    const alice = await post(`${joinUrl}/join`, '{"name":"alice"}');
    const auth = { authorization: `Bearer ${alice.body.secret}` };
    const big = JSON.stringify({ name: 'x'.repeat(20_000) });
    const tooBig = await post(`${joinUrl}/join`, big);
    expect(tooBig.status).toBe(413);
    expect(typeof tooBig.body.error).toBe('string');
    expect((await post(`${joinUrl}/events`, '{"events":[', auth)).status).toBe(400);
    expect((await post(`${joinUrl}/events`, '{"events":[{"type":"nope","seq":1,"at":1}]}', auth)).status).toBe(422);
    const plain = await fetch(`${joinUrl}/join`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(plain.status).toBe(415);
    expect((await post(`${joinUrl}/join`, '{"name":"../../etc"}')).status).toBe(400);
    expect((await post(`${joinUrl}/join`, '{"name":"\\u001b[2Jmallory"}')).status).toBe(400);
  });

  it('limits the rate per attendee and the number of attendees', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'live-host-'));
    const identity = loadOrCreateIdentity(dir, load.name);
    if (!identity.ok) throw new Error(identity.message);
    const host = await startClassHost({
      ...input,
      dir,
      identity: identity.identity,
      limits: { maxAttendees: 2, burst: 60, eventsPerSecond: 1 },
    });
    hosts.push(host);
    const joinUrl = `${host.origin}/${identity.identity.code}`;
    const a = await post(`${joinUrl}/join`, '{"name":"a"}');
    await post(`${joinUrl}/join`, '{"name":"b"}');
    expect((await post(`${joinUrl}/join`, '{"name":"c"}')).status).toBe(403);
    const batch = (from: number) =>
      JSON.stringify({
        events: Array.from({ length: 50 }, (_, i) => ({ type: 'hint-used', challengeId: 'x', seq: from + i, at: 1 })),
      });
    expect((await post(`${joinUrl}/events`, batch(1), { authorization: `Bearer ${a.body.secret}` })).status).toBe(200);
    const limited = await fetch(`${joinUrl}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${a.body.secret}` },
      body: batch(51),
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
  });

  it('reports what the attendee saves in their own store: each change once, whenever the link looks', async () => {
    const { host, joinUrl } = await startHost();
    const { link, dataDir } = newLink(joinUrl, 'dana');
    const store = openProgressStore({ dataDir, now: () => Date.UTC(2026, 11, 7) });
    completeLesson(store, 'instance-profiles');
    recordAnswer(store, {
      questionId: 'q-1',
      topic: 'instance-profiles',
      correct: false,
      chosen: [2],
      mode: 'practice',
    });
    link.scan();
    link.scan();
    await within(link.drained());
    recordHintUsed(store, 'guided-ec2-dynamodb');
    completeChallenge(store, 'guided-ec2-dynamodb');
    link.scan();
    await within(link.drained());
    // A later tutor run for the same attendee re-reads the store and finds nothing new to send.
    link.stop();
    const again = newLink(joinUrl, 'dana', dataDir).link;
    again.scan();
    await within(again.drained());
    const id = host.state().order[0]!;
    expect(host.state().order).toHaveLength(1);
    expect(host.state().attendees[id]!.events.map((e) => e.type)).toEqual([
      'step-completed',
      'quiz-answer',
      'hint-used',
      'sandbox-check',
    ]);
  });

  it('accepts only http://HOST:PORT/CODE as a join URL', () => {
    expect(checkJoinUrl('http://127.0.0.1:4100/abcd2345/')).toEqual({
      ok: true,
      url: 'http://127.0.0.1:4100/abcd2345',
    });
    expect(checkJoinUrl('https://127.0.0.1:4100/abcd2345').ok).toBe(false);
    expect(checkJoinUrl('http://127.0.0.1:4100/class').ok).toBe(false);
    expect(checkJoinUrl('http://u:p@127.0.0.1/abcd2345').ok).toBe(false);
    expect(checkJoinUrl('not a url').ok).toBe(false);
  });
});
