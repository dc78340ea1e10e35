// Child process: records answers `<prefix>-0`, `<prefix>-1`... and prints each id on its own
// line only after recordAnswer has returned, i.e. after the answer is on disk.
// argv: dataDir prefix count(0 = until killed) lockStaleMs startAtEpochMs
import fs from 'node:fs';
import { openProgressStore, recordAnswer } from '../../../../src/progress/index.js';

const [dataDir, prefix, countText, staleText, startAtText] = process.argv.slice(2);
const count = Number(countText);
const startAt = Number(startAtText ?? 0);
// Both children of the concurrency test start writing at the same instant.
while (Date.now() < startAt) {
  // spin
}
const store = openProgressStore({ dataDir, now: () => Date.now(), lockStaleMs: Number(staleText) });
for (let i = 0; count === 0 || i < count; i++) {
  const questionId = `${prefix}-${i}`;
  recordAnswer(store, { questionId, topic: 'concurrency', correct: i % 2 === 0, chosen: [i % 4], mode: 'drill' });
  // fs.writeSync so the line is handed to the pipe before the next answer starts.
  fs.writeSync(1, `${questionId}\n`);
}
