// Child process for the read-only-directory tests: opens the store in DIR, reads it twice (to
// see the notice once), tries to record one answer, and prints what happened as JSON. Run as an
// unprivileged user when the tests run as root, because root may write anywhere.
import { openProgressStore, recordAnswer } from '../../../../src/progress/index.js';

const [dataDir] = process.argv.slice(2);
const store = openProgressStore({ dataDir, now: () => Date.UTC(2026, 10, 22), lockStaleMs: 2000 });
const answers = store.read().quiz.answers.length;
store.read();
const notice = store.notice ?? null;
try {
  recordAnswer(store, { questionId: 'x', topic: 't', correct: true, chosen: [0], mode: 'drill' });
  console.log(JSON.stringify({ answers, notice, saved: true }));
} catch (error) {
  const { name, message } = error as Error;
  console.log(JSON.stringify({ answers, notice, saved: false, name, message }));
}
