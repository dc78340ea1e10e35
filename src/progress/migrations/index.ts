// The migration registry and the code that walks a file up to the current version.
// Adding version 2 means: bump CURRENT_VERSION, write migrations/from-v1.ts, add `1:` below.
import { formatIssues } from '../issues.js';
import { CURRENT_VERSION, type ProgressData, progressSchema } from '../schema.js';
import { migrateFromV0 } from './from-v0.js';
import { migrateFromV1 } from './from-v1.js';
import { MigrationError } from './migration-error.js';
import type { Migration, MigrationContext } from './types.js';

/** `migrations[n]` turns a version-n file into a version-(n + 1) file. */
export const migrations: Readonly<Record<number, Migration>> = {
  0: migrateFromV0,
  1: migrateFromV1,
};

export type UpgradeResult =
  | { kind: 'ok'; data: ProgressData; fromVersion: number }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; issues: string[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeCurrentLayout(raw: unknown): boolean {
  return isPlainObject(raw) && ['quiz', 'sandbox', 'settings', 'meta'].some((key) => key in raw);
}

/** The version a parsed file claims: no `version` field means 0; undefined means nonsense. */
export function fileVersion(raw: unknown): number | undefined {
  if (!isPlainObject(raw)) return undefined;
  if (!('version' in raw)) return 0;
  const { version } = raw;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined;
}

/** Applies registry[from], registry[from + 1], ... until the data is version `to`. */
export function runMigrations(
  raw: unknown,
  from: number,
  to: number,
  context: MigrationContext,
  registry: Readonly<Record<number, Migration>> = migrations,
): unknown {
  let data = raw;
  for (let version = from; version < to; version++) {
    const migration = registry[version];
    if (migration === undefined) throw new MigrationError([`no migration from version ${version}`]);
    data = migration(data, context);
  }
  return data;
}

/** Brings any parsed progress file to the current version and validates it. Never throws. */
export function upgradeProgress(raw: unknown, context: MigrationContext): UpgradeResult {
  const version = fileVersion(raw);
  if (version === undefined) {
    return { kind: 'invalid', issues: ['version: must be a whole number, in a JSON object'] };
  }
  if (version > CURRENT_VERSION) return { kind: 'newer', version };
  let upgraded: unknown;
  try {
    upgraded = runMigrations(raw, version, CURRENT_VERSION, context);
  } catch (error) {
    if (version === 0 && looksLikeCurrentLayout(raw)) {
      // A current-layout file that lost its `version` says more with the current schema's
      // messages than with version 0's.
      const current = progressSchema.safeParse(raw);
      if (!current.success) return { kind: 'invalid', issues: formatIssues(current.error.issues) };
    }
    if (error instanceof MigrationError) return { kind: 'invalid', issues: error.issues };
    // A bug in a migration must not make the learner's file fatal either; it is set aside.
    return { kind: 'invalid', issues: [`could not upgrade from version ${version}: ${String(error)}`] };
  }
  const parsed = progressSchema.safeParse(upgraded);
  if (!parsed.success) return { kind: 'invalid', issues: formatIssues(parsed.error.issues) };
  return { kind: 'ok', data: parsed.data, fromVersion: version };
}
