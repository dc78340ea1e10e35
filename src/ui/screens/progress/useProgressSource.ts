import { useMemo } from 'react';
import { useAppData, useContentRequest } from '../../data/TutorContext.js';
import type { ProgressData } from './progressData.js';

export type ProgressSource =
  | { status: 'ready'; data: ProgressData }
  | { status: 'loading' }
  | { status: 'failed'; message: string };

/** The progress client and question bank from the app's loaded data, once it is ready. */
export function useProgressSource(): ProgressSource {
  const app = useAppData();
  const loaded = app.status === 'ready' ? app.data : null;
  // The dashboard counts due questions, so it needs the question bank too.
  const withContent = useContentRequest();
  const fromApp = useMemo<ProgressData | null>(
    () =>
      loaded?.store && loaded.client && loaded.content
        ? {
            client: loaded.client,
            questions: loaded.content.questions,
            ...(loaded.curriculum ? { lessons: loaded.curriculum } : {}),
          }
        : null,
    [loaded],
  );
  if (app.status === 'loading' || (loaded !== null && withContent === null)) return { status: 'loading' };
  if (app.status === 'failed') return { status: 'failed', message: app.message };
  if (fromApp) return { status: 'ready', data: fromApp };
  const why = loaded?.notices.join(' ') ?? '';
  return { status: 'failed', message: why || 'Your progress could not be opened this session.' };
}
