// What the dashboard reads from the class host, injected: the host (node:http, the journal) is
// started and stopped by `workshop host` outside the UI, which only subscribes to changes.
import { createContext, useContext } from 'react';
import type { ClassState } from '../../../workshop/index.js';
import type { DashboardConfig } from './dashboardModel.js';

export interface ClassFeed {
  config: DashboardConfig;
  state(): ClassState;
  /** Calls `listener` after each change to the class; returns the unsubscriber. */
  subscribe(listener: () => void): () => void;
  /** The host's clock: the view ticks and passes the time to the model. */
  now(): number;
}

export const ClassFeedContext = createContext<ClassFeed | null>(null);

export const useClassFeed = (): ClassFeed | null => useContext(ClassFeedContext);
