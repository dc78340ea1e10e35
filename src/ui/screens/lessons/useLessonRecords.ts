// What the reader writes to the progress store besides the reading position (usePositionSaver):
// each submitted answer, and the lesson's completion.
import { useEffect, useRef } from 'react';
import type { LessonProgressPort } from '../../../app/index.js';
import type { ReaderState } from './readerModel.js';

/** Records each answer once, when it is submitted (a retry's answer is a new one). */
export function useSaveAnswers(progress: LessonProgressPort, lessonId: string, state: ReaderState): void {
  const saved = useRef(new WeakSet<object>());
  useEffect(() => {
    for (const [checkId, check] of Object.entries(state.checks)) {
      if (check.submitted && check.correct !== undefined && !saved.current.has(check)) {
        saved.current.add(check);
        progress.saveCheck(lessonId, checkId, check.correct);
      }
    }
  }, [progress, lessonId, state.checks]);
}

/** Completes the lesson once, the first time the end is reached with no check left unanswered. */
export function useCompleteAtEnd(
  progress: LessonProgressPort,
  lessonId: string,
  atEnd: boolean,
  skipped: number,
): void {
  const completed = useRef(false);
  useEffect(() => {
    if (atEnd && skipped === 0 && !completed.current) {
      completed.current = true;
      progress.complete(lessonId);
    }
  }, [atEnd, skipped, progress, lessonId]);
}
