// A person's row in the name index (pure): their names, for "did you mean" and first-name-only
// lookups. Stored per person (people:row:<id>); stores from before the name index kept all rows in one
// people:directory value, read only until it is migrated (store/keyv-people-legacy.ts).
import type { DirectoryRow } from './name-candidates.js';
import type { PersonEntry } from './person-entry.js';

/** As stored: compact, since the directory holds everyone. */
export type DirectoryTuple = [id: string, name: string, aliases: string[], articleCount: number];

export function directoryRows(tuples: readonly DirectoryTuple[]): DirectoryRow[] {
  return tuples.map(([id, name, aliases, articleCount]) => ({ id, name, aliases, articleCount }));
}

/**
 * (The single-value directory's update rule, no longer used by the store: see directory-writes.ts.)
 * The directory after these entries changed, or undefined when it need not be rewritten: only when
 * someone is new or their names changed. Counts there only order suggestions, so a stale one is fine.
 */
export function updatedDirectory(directory: readonly DirectoryTuple[], entries: readonly PersonEntry[]): DirectoryTuple[] | undefined {
  const byId = new Map(directory.map((row) => [row[0], row]));
  let changed = false;
  for (const e of entries) {
    const row: DirectoryTuple = [e.id, e.name, Object.keys(e.names).filter((n) => n !== e.name), e.articleCount];
    const before = byId.get(e.id);
    if (!before || before[1] !== row[1] || [...before[2]].sort().join('|') !== [...row[2]].sort().join('|')) changed = true;
    byId.set(e.id, row);
  }
  return changed ? [...byId.values()] : undefined;
}
