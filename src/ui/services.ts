import { createContext, useContext } from 'react';

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

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices must be used inside a ServicesContext provider');
  return services;
}
