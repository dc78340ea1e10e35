import { useEffect, useRef } from 'react';
import type { LessonProgressPort } from '../../../app/index.js';

const SCROLL_SETTLE_MS = 400;

/**
 * Saves where the learner is: at once when the section changes, and once scrolling has paused
 * (holding j must not write the store on every line). Whatever is pending is written on unmount.
 */
export function usePositionSaver(
  progress: LessonProgressPort,
  lessonId: string | undefined,
  section: number,
  scroll: number,
): void {
  const latest = useRef({ section, scroll });
  latest.current = { section, scroll };
  const saved = useRef<{ section: number; scroll: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const save = useRef(() => {});
  save.current = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const position = latest.current;
    if (lessonId === undefined) return;
    if (saved.current?.section === position.section && saved.current.scroll === position.scroll) return;
    progress.savePosition(lessonId, position.section, position.scroll);
    saved.current = position;
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: a section change is the trigger; save reads the latest position
  useEffect(() => save.current(), [section]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a scroll change is the trigger; save reads the latest position
  useEffect(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => save.current(), SCROLL_SETTLE_MS);
  }, [scroll]);

  useEffect(() => () => save.current(), []);
}
