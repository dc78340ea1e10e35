// What the dashboard reads from the class host, injected: the host (node:http, the journal) is
// started and stopped by `workshop host` outside the UI, which only subscribes to changes.
import type { ClassState } from '../../../workshop/index.js';
import { useTutor } from '../../data/TutorContext.js';
import type { DashboardConfig } from './dashboardModel.js';

export interface ClassFeed {
  config: DashboardConfig;
  state(): ClassState;
  /** Calls `listener` after each change to the class; returns the unsubscriber. */
  subscribe(listener: () => void): () => void;
  /** The host's clock: the view ticks and passes the time to the model. */
  now(): number;
}

/** The class feed carried by the one app context (TutorProvider's `classFeed`). */
export const useClassFeed = (): ClassFeed | null => useTutor().classFeed;
