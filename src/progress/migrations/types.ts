export interface MigrationContext {
  /** The clock's time when the migration runs, for fields an old version did not record. */
  nowMs: number;
}

/** Turns a file of version n into a file of version n + 1. Throws MigrationError on bad data. */
export type Migration = (old: unknown, context: MigrationContext) => unknown;
