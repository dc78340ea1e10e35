// The dashboard's view of the progress store: read afresh whenever the screen is back on top,
// and `save`, which runs a store change and says in one line what happened (or why not).
import { useContext, useEffect, useMemo, useState } from 'react';
import { ProgressError, type ProgressData as StoredProgress } from '../../../progress/index.js';
import { ScreenDepthContext, useShell } from '../../shell/ShellContext.js';
import type { ProgressData } from './progressData.js';

export type Message = { text: string; tone: 'error' | 'info' };
export type Loaded = { ok: true; stored: StoredProgress } | { ok: false; message: string };

export function useStoredProgress(data: ProgressData) {
  const shell = useShell();
  const depth = useContext(ScreenDepthContext);
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<Message | null>(null);
  // Screens below the top stay mounted: read the store again whenever we are back on top, so a
  // quiz taken from here shows up on return.
  const onTop = depth === shell.depth - 1;
  useEffect(() => {
    if (onTop) setVersion((v) => v + 1);
  }, [onTop]);

  const loaded = useMemo((): Loaded => {
    void version;
    try {
      return { ok: true, stored: data.client.fresh() };
    } catch (error) {
      if (error instanceof ProgressError) return { ok: false, message: error.message };
      throw error;
    }
  }, [data, version]);

  const save = (action: () => void, done: string) => {
    try {
      action();
      setMessage({ text: done, tone: 'info' });
      setVersion((v) => v + 1);
      return true;
    } catch (error) {
      if (!(error instanceof ProgressError)) throw error;
      setMessage({ text: error.message, tone: 'error' });
      return false;
    }
  };
  return { loaded, save, message, setMessage };
}
