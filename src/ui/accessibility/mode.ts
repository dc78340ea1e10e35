// The one place that decides whether the tutor talks to a screen reader. `--screen-reader` or
// INK_SCREEN_READER=true (the variable Ink itself reads) turn it on; main.ts decides before the UI
// loads, because the mode also turns colour off (chalk reads that once, on first import), and
// run.tsx hands the same answer to Ink's render, whose context every widget reads.

/** True when the learner asked for screen-reader output, by flag or by Ink's own variable. */
export function screenReaderWanted(flag: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return flag === true || env.INK_SCREEN_READER === 'true';
}
