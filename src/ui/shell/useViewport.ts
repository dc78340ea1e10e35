import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface Viewport {
  columns: number;
  rows: number;
}

/** Terminal size that re-renders on resize (Ink does not by itself). A 0-sized pty counts as 80x24. */
export function useViewport(): Viewport {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => readSize(stdout));
  useEffect(() => {
    const onResize = () => setSize(readSize(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}

function readSize(stdout: { columns?: number; rows?: number }): Viewport {
  return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}
