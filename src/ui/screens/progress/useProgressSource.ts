import { useMemo } from 'react';
import { useAppData } from '../../data/TutorContext.js';
import type { ProgressData } from './progressData.js';

export type ProgressSource = { status: 'ready'; data: ProgressData } | { status: 'failed'; message: string };

/**
 * The progress client and question bank from the app's loaded data. The registry's withAppData
 * has waited for the data already (the one way screens wait); what is left is a store that could
 * not be opened this session.
 */
export function useProgressSource(): ProgressSource {
  const app = useAppData();
  const loaded = app.status === 'ready' ? app.data : null;
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
  if (app.status === 'failed') return { status: 'failed', message: app.message };
  if (fromApp) return { status: 'ready', data: fromApp };
  const why = loaded?.notices.join(' ') ?? '';
  return { status: 'failed', message: why || 'Your progress could not be opened this session.' };
}
