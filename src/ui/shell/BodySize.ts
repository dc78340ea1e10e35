import { createContext, useContext } from 'react';

/** The space a screen may draw in: the terminal minus header and footer. */
export interface BodySize {
  width: number;
  height: number;
}

export const BodySizeContext = createContext<BodySize>({ width: 80, height: 18 });

export const useBodySize = (): BodySize => useContext(BodySizeContext);
