const cell = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread; for the short waits of a synchronous retry loop. */
export function sleepSync(ms: number): void {
  Atomics.wait(cell, 0, 0, ms);
}
