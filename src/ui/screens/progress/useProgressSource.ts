import { useMemo } from 'react';
import { useAppData, useContentRequest } from '../../data/AppDataContext.js';
import { type ProgressData, useProgressData } from './progressData.js';

export type ProgressSource =
  | { status: 'ready'; data: ProgressData }
  | { status: 'loading' }
  | { status: 'failed'; message: string };

/**
 * The progress store and question bank: from ProgressDataContext when a test (or a caller)
 * provides one, otherwise from the app's loaded data (src/ui/data), once it is ready.
 */
export function useProgressSource(): ProgressSource {
  const direct = useProgressData();
  const app = useAppData();
  const loaded = app.status === 'ready' ? app.data : null;
  // The dashboard counts due questions, so it needs the question bank too.
  const withContent = useContentRequest();
  const fromApp = useMemo<ProgressData | null>(
    () => (loaded?.store && loaded.content ? { store: loaded.store, questions: loaded.content.questions } : null),
    [loaded],
  );
  if (direct) return { status: 'ready', data: direct };
  if (app.status === 'loading' || (loaded !== null && withContent === null)) return { status: 'loading' };
  if (app.status === 'failed') return { status: 'failed', message: app.message };
  if (fromApp) return { status: 'ready', data: fromApp };
  const why = loaded?.notices.join(' ') ?? '';
  return { status: 'failed', message: why || 'Your progress could not be opened this session.' };
}
