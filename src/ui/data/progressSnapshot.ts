import type { ProgressData, ProgressStore } from '../../progress/index.js';

/**
 * Screens read progress while rendering, and a read re-parses the whole file. This keeps the
 * data of the last read or write and re-reads only when it is older than `maxAgeMs`, so a second
 * tutor open on the same store is seen within a second or two without parsing on every frame.
 */
export class ProgressSnapshot {
  private data: ProgressData | undefined;
  private readAt = Number.NEGATIVE_INFINITY;

  constructor(
    readonly store: ProgressStore,
    private readonly clock: () => number = () => performance.now(),
    private readonly maxAgeMs = 1500,
  ) {}

  current(): ProgressData {
    const now = this.clock();
    if (this.data === undefined || now - this.readAt > this.maxAgeMs) {
      this.data = this.store.read();
      this.readAt = now;
    }
    return this.data;
  }

  update(mutate: (store: ProgressStore) => ProgressData): ProgressData {
    this.data = mutate(this.store);
    this.readAt = this.clock();
    return this.data;
  }
}
