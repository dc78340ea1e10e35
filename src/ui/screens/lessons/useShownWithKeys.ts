import { useLayoutEffect, useState } from 'react';

/**
 * False on a screen's first render, true from the next one. The shell draws the footer hints
 * from what screens registered (useKeys, a layout effect), and Ink writes a frame as soon as a
 * render commits, before layout effects run. So the first frame of a freshly pushed screen shows
 * the footer without its hints ("Enter open" missing on the first visit to the lesson list).
 * A screen that draws a placeholder until this turns true has its content and its hints appear
 * in the same frame: the hint registration and this state change re-render together.
 *
 * Call it after useKeys, so the registration's layout effect runs first.
 */
export function useShownWithKeys(): boolean {
  const [shown, setShown] = useState(false);
  useLayoutEffect(() => setShown(true), []);
  return shown;
}
