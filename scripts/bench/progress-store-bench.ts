// Saving one answer on a large progress store (about 100 MB, ~470k answers, what one import of a
// big file can reach), against two references measured in the same run: writing the same bytes
// durably (writeFileSync + fsync, the least a single-file atomic save can cost) and one answer
// saved on a small store. Each figure is a median of several saves on a warm store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyProgress, openProgressStore, type ProgressData, recordAnswer } from '../../src/progress/index.js';

const NOW = Date.UTC(2026, 11, 1);

function bigStore(answerCount: number): ProgressData {
  const data = emptyProgress(NOW - 1e9);
  for (let i = 0; i < answerCount; i++) {
    data.quiz.answers.push({
      questionId: `iam-q-${i % 400}`,
      topic: 'iam-roles-and-instance-profiles',
      correct: i % 3 !== 0,
      chosen: [i % 4],
      misconceptions: i % 3 === 0 ? ['trust-policy-vs-permissions'] : [],
      mode: 'practice',
      at: new Date(NOW - 1e9 + i * 1000).toISOString(),
    });
  }
  return data;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The first save after opening (it builds the kept answer text), and the median of the next ones. */
function timeSaves(dir: string, saves: number): { first: number; median: number } {
  let clock = NOW;
  const store = openProgressStore({ dataDir: dir, now: () => (clock += 1000) });
  store.read();
  const times: number[] = [];
  for (let i = 0; i <= saves; i++) {
    const start = performance.now();
    recordAnswer(store, { questionId: 'iam-q-1', topic: 'iam-basics', correct: true, chosen: [0], mode: 'practice' });
    times.push(performance.now() - start);
  }
  return { first: times[0] ?? Number.NaN, median: median(times.slice(1)) };
}

export async function runProgressStoreBench({
  runs,
}: {
  runs: number;
}): Promise<Array<{ name: string; value: number | string; unit: string; target?: string }>> {
  const saves = Math.max(3, Math.min(runs, 7));
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-tutor-bench-store-'));
  try {
    const bigDir = path.join(root, 'big');
    const smallDir = path.join(root, 'small');
    fs.mkdirSync(bigDir);
    fs.mkdirSync(smallDir);
    const text = `${JSON.stringify(bigStore(470_000), null, '\t')}\n`;
    const file = path.join(bigDir, 'progress.json');
    fs.writeFileSync(file, text);
    const bytes = Buffer.byteLength(text);
    const reference: number[] = [];
    for (let i = 0; i < saves; i++) {
      const target = path.join(root, `reference-${i}.json`);
      const start = performance.now();
      fs.writeFileSync(target, text);
      const fd = fs.openSync(target, 'r');
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      reference.push(performance.now() - start);
      fs.rmSync(target);
    }
    const referenceMs = median(reference);
    const small = timeSaves(smallDir, saves);
    const big = timeSaves(bigDir, saves);
    return [
      { name: 'progress store size (large case)', value: (bytes / 1e6).toFixed(0), unit: 'MB' },
      { name: 'write same bytes + fsync (reference)', value: referenceMs, unit: 'ms' },
      { name: 'save one answer, small store', value: small.median, unit: 'ms' },
      { name: 'save one answer, 100 MB store', value: big.median, unit: 'ms' },
      {
        name: '  ratio to writing the same bytes',
        value: big.median / referenceMs,
        unit: 'x',
        target: 'target <= 1.5',
      },
      { name: 'first save after opening the 100 MB store', value: big.first, unit: 'ms' },
      {
        name: '  ratio to writing the same bytes',
        value: big.first / referenceMs,
        unit: 'x',
        target: 'target <= 4 (right after parsing 113 MB: mostly garbage collection)',
      },
    ];
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
