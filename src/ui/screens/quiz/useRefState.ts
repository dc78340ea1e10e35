import { useRef, useState } from 'react';

/**
 * State whose latest value is readable at once through a ref. Several keys can arrive before
 * React re-renders (fast typing, a pasted chunk, tmux), and each must see what the previous
 * key did, not the value of the last render.
 */
export function useRefState<T>(
  initial: T | (() => T),
): [T, (next: T | ((current: T) => T)) => void, { readonly current: T }] {
  const [value, setValue] = useState(initial);
  const ref = useRef(value);
  const set = (next: T | ((current: T) => T)) => {
    const resolved = typeof next === 'function' ? (next as (current: T) => T)(ref.current) : next;
    ref.current = resolved;
    setValue(resolved);
  };
  return [value, set, ref];
}
