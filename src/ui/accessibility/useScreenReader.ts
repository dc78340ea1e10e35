import { useIsScreenReaderEnabled } from 'ink';

/**
 * Whether this render talks to a screen reader: Ink's own flag, set once from render's
 * `isScreenReaderEnabled` (run.tsx passes what accessibility/mode.ts decided). Widgets read this
 * hook, never the environment, so a test renders either mode in one process.
 */
export const useScreenReader = (): boolean => useIsScreenReaderEnabled();
