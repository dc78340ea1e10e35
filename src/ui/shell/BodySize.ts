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
