import type { Key } from 'ink';

export type { Key };

/** Returns true when the key was handled, so the shell's global keys do not also act on it. */
export type KeyHandler = (input: string, key: Key) => boolean | undefined;

/** A footer hint: the key as printed and what it does. */
export interface Hint {
  keys: string;
  label: string;
}

export const isUp = (input: string, key: Key): boolean => key.upArrow || input === 'k';
export const isDown = (input: string, key: Key): boolean => key.downArrow || input === 'j';
export const isBack = (_input: string, key: Key): boolean => key.escape || key.backspace || key.delete;
