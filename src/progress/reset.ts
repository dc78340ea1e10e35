import { emptyProgress } from './empty-progress.js';
import type { ProgressData } from './schema.js';
import { KEEPS_ANSWERS, type ProgressWriter } from './store-types.js';

/**
 * Forgets all progress (the CLI asks first). Settings (exam date, colours) are preferences,
 * not progress, so they stay unless `keepSettings` is false.
 */
export function resetProgress(store: ProgressWriter, options: { keepSettings?: boolean } = {}): ProgressData {
  const fresh = emptyProgress(store.now());
  return store.update((draft) => {
    const settings = options.keepSettings === false ? fresh.settings : draft.settings;
    Object.assign(draft, fresh, { settings });
  }, KEEPS_ANSWERS);
}
