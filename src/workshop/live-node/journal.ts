// The host's append-only journal: one JSON line per accepted action (a join, or a batch of
// events), in <host data dir>/journal.jsonl. Lines are written and fsynced before the request is
// answered, so an event the host acknowledged survives SIGKILL; a restarted host replays the lines
// through the class reducer. Writes are grouped: every line queued in one turn of the event loop
// goes out with one write and one fsync (about 100 concurrent attendees share each fsync).
import { closeSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { WireEvent } from '../live/protocol.js';

export type JournalRecord =
  | { kind: 'join'; attendeeId: string; name: string; secretHash: string; at: number }
  | { kind: 'events'; attendeeId: string; events: WireEvent[]; at: number };

export interface Journal {
  /** Resolves once the record is on disk (written and fsynced). */
  append(record: JournalRecord): Promise<void>;
  close(): void;
}

export const JOURNAL_FILE = 'journal.jsonl';

/**
 * Reads the journal back. A line cut short by a kill mid-write (only ever the last one) is
 * dropped and cut off the file, so the next append starts on a clean line; it was never
 * acknowledged, so its sender still has it and sends it again.
 */
export function readJournal(dir: string): { records: JournalRecord[]; droppedTail: boolean } {
  const path = join(dir, JOURNAL_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], droppedTail: false };
    throw error;
  }
  const records: JournalRecord[] = [];
  let goodBytes = 0;
  let offset = 0;
  let droppedTail = false;
  for (const line of text.split('\n')) {
    const bytes = Buffer.byteLength(line) + 1;
    if (line === '') {
      offset += bytes;
      continue;
    }
    try {
      records.push(JSON.parse(line) as JournalRecord);
      offset += bytes;
      goodBytes = offset;
    } catch {
      droppedTail = true;
      break;
    }
  }
  if (droppedTail) {
    const fd = openSync(path, 'r+');
    try {
      ftruncateSync(fd, goodBytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
  return { records, droppedTail };
}

export function openJournal(dir: string): Journal {
  const fd = openSync(join(dir, JOURNAL_FILE), 'a', 0o600);
  let queue: { line: string; done: () => void; fail: (error: Error) => void }[] = [];
  let scheduled = false;
  let closed = false;
  const flush = () => {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    try {
      writeSync(fd, batch.map((item) => item.line).join(''));
      fsyncSync(fd);
      for (const item of batch) item.done();
    } catch (error) {
      for (const item of batch) item.fail(error as Error);
    }
  };
  return {
    append(record) {
      if (closed) return Promise.reject(new Error('the journal is closed'));
      return new Promise((done, fail) => {
        queue.push({ line: `${JSON.stringify(record)}\n`, done, fail });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    close() {
      if (closed) return;
      flush();
      closed = true;
      closeSync(fd);
    },
  };
}
