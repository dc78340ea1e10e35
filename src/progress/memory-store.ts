// A ProgressStore that lives in memory: for UI tests and for commands that must not touch
// the learner's file. It validates changes exactly like the file store.
import { applyMutator, draftOf } from './apply-mutator.js';
import { emptyProgress } from './empty-progress.js';
import type { ProgressData } from './schema.js';
import type { ProgressStore } from './store-types.js';

export function createMemoryProgressStore({
  now,
  initial,
}: {
  now: () => number;
  initial?: ProgressData;
}): ProgressStore {
  let data = structuredClone(initial ?? emptyProgress(now()));
  return {
    path: ':memory:',
    notice: undefined,
    now,
    read: () => structuredClone(data),
    update(mutator, options = {}) {
      const keeps = options.keepsAnswers === true;
      data = applyMutator(draftOf(data, keeps), mutator, now(), keeps ? data.quiz.answers : []);
      return structuredClone(data);
    },
  };
}
