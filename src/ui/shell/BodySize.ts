import { createContext, useContext } from 'react';

/** The space a screen may draw in: the terminal minus header and footer. */
export interface BodySize {
  width: number;
  height: number;
}

// Why a context of its own and not part of the one TutorContext: the shell alone provides it
// (App measures the terminal), it changes on every resize, and only layout reads it; in the
// tutor context a resize would re-render every reader of data and services.
export const BodySizeContext = createContext<BodySize>({ width: 80, height: 18 });

export const useBodySize = (): BodySize => useContext(BodySizeContext);

/** The body width screens lay out to for a screen reader: wide enough that no sentence wraps. */
export const screenReaderBodyWidth = 1000;

/**
 * The body for a frame of `frameHeight` rows, less the chrome (header, two rules, footer). For a
 * screen reader, screens lay out lines unwrapped: a sentence split into rows would be read as
 * several lines (the spoken marks are longer than the drawn ones, so rows re-wrap mid-word), and
 * Ink wraps its screen-reader text to the terminal itself.
 */
export function bodySize(columns: number, frameHeight: number, chromeRows: number, screenReader: boolean): BodySize {
  return { width: screenReader ? screenReaderBodyWidth : columns, height: Math.max(1, frameHeight - chromeRows) };
}
