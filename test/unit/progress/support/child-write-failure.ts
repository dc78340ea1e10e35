// Child process run under a small file-size limit (ulimit -f): tries to record one answer
// and prints what went wrong as JSON.
import { openProgressStore, recordAnswer } from '../../../../src/progress/index.js';

const [dataDir] = process.argv.slice(2);
const store = openProgressStore({ dataDir, now: () => Date.UTC(2026, 10, 23), lockStaleMs: 2000 });
try {
  recordAnswer(store, { questionId: 'one-too-many', topic: 't', correct: true, chosen: [0], mode: 'drill' });
  console.log(JSON.stringify({ saved: true }));
} catch (error) {
  const { name, message } = error as Error;
  console.log(JSON.stringify({ saved: false, name, message, code: (error as { code?: string }).code }));
}
