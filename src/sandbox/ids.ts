// Identifiers shaped like AWS's (i-0..., iip-assoc-..., AROA...), generated from counters kept in
// the world. Same actions in the same order always produce the same ids.

import { hexFrom, upperAlnumFrom, uuidFrom } from './hash.js';
import type { World } from './world/types.js';

export type IdKind =
  | 'instance'
  | 'association'
  | 'role'
  | 'user'
  | 'policy'
  | 'instance-profile'
  | 'task'
  | 'container-instance'
  | 'table'
  | 'credential';

const FORMAT: Record<IdKind, (seed: string) => string> = {
  instance: (s) => `i-0${hexFrom(s, 16)}`,
  association: (s) => `iip-assoc-0${hexFrom(s, 16)}`,
  role: (s) => `AROA${upperAlnumFrom(s, 17)}`,
  user: (s) => `AIDA${upperAlnumFrom(s, 17)}`,
  policy: (s) => `ANPA${upperAlnumFrom(s, 17)}`,
  'instance-profile': (s) => `AIPA${upperAlnumFrom(s, 17)}`,
  task: (s) => hexFrom(s, 32),
  'container-instance': (s) => hexFrom(s, 32),
  table: (s) => uuidFrom(s),
  credential: (s) => uuidFrom(s),
};

/** The n-th id (1-based) of a kind in any world: scenarios use it to name what their setup creates. */
export function nthId(kind: IdKind, n: number): string {
  return FORMAT[kind](`${kind}:${n}`);
}

/** The id the next call to `newId` would return for this kind, without taking it. */
export function peekId(world: World, kind: IdKind): string {
  return nthId(kind, (world.counters[kind] ?? 0) + 1);
}

/** Takes the next id of a kind. Mutates `draft`: call it only on a copy being built into a new world. */
export function newId(draft: World, kind: IdKind): string {
  const id = peekId(draft, kind);
  draft.counters[kind] = (draft.counters[kind] ?? 0) + 1;
  return id;
}
