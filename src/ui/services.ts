import { useTutor } from './data/TutorContext.js';

/**
 * What screens need from outside React: the clock, the seed, and (lazily) content and the
 * progress store. Tests pass fakes; run.tsx passes the real ones.
 */
export interface Services {
  now(): number;
  seed?: number;
  color: boolean;
  dataDir?: string;
  progressPath(): string;
}

/** The services of the one context (src/ui/data/TutorContext.tsx). */
export const useServices = (): Services => useTutor().services;
