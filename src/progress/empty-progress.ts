import { CURRENT_VERSION, type ProgressData } from './schema.js';
import { toIso } from './time.js';

/** What a learner who has done nothing yet has. */
export function emptyProgress(nowMs: number): ProgressData {
  const now = toIso(nowMs);
  return {
    version: CURRENT_VERSION,
    lessons: { byId: {} },
    quiz: { attempts: [], answers: [], examInProgress: null, practiceInProgress: null, fsrsCards: {} },
    bookmarks: [],
    sandbox: { challenges: {}, lastWorld: null },
    settings: {},
    meta: { createdAt: now, updatedAt: now },
  };
}
