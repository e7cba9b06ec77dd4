// Stores written before the name index keep everyone's names in one people:directory value (and its
// people:directory:rev). Ingest batches move it into the name index a slice at a time (under the
// writer lock, as every batch), so one batch never holds the vocabulary of 100k people in memory;
// people:directory:migrated says how far they have come. Until the last slice is in, /who also reads
// the old directory as it did, and both keys are deleted only then. A crash between slices (or
// inside one) redoes that slice: every write merges into what is there, so a second pass changes
// nothing twice.
import type Keyv from 'keyv';
import { buildNameIndex, type DirectoryRow, type NameIndex } from '../people/name-candidates.js';
import { postingKey, tokensOfNames, withPerson, type Posting } from '../people/name-postings.js';
import { directoryRows, type DirectoryTuple } from '../people/people-directory.js';
import { directoryCodec, directoryTupleSchema, migrationCodec, postingCodec, revCodec, rowCodec } from './keyv-people-codecs.js';
import { getManyChunked, namesKey, rowKey, vocabularyWrites, type Write } from './keyv-people-names.js';
import { decodeOrSkip, logSkipped, StoredValueError, type InvalidValueLog } from './stored-value.js';

const DIRECTORY = 'people:directory';
const REV = 'people:directory:rev';
const PROGRESS = 'people:directory:migrated';
const WRITE_CHUNK = 5000;
/** People per batch: about 3 tokens each, 25 keys per token, so some 150k keys read and merged at most. */
export const MIGRATION_SLICE = 2000;

/** The old directory's candidates for a query, or undefined once there is no directory (migrated or never written). */
export function createLegacyDirectory(kv: Keyv): (query: string) => Promise<DirectoryRow[] | undefined> {
  // Rebuilt only when the stored revision changes (an old-version writer may still be running).
  let prepared: { rev: string; rows: DirectoryRow[]; index: NameIndex } | undefined;
  return async (query) => {
    const rev = revCodec.decode(REV, await kv.get(REV));
    if (rev === undefined) {
      prepared = undefined;
      return undefined;
    }
    if (prepared?.rev !== rev) {
      const tuples = directoryCodec.decode(DIRECTORY, await kv.get(DIRECTORY));
      // Migrated (both keys deleted) between the two reads: the name index holds everyone now.
      if (tuples === undefined) {
        prepared = undefined;
        return undefined;
      }
      const rows = directoryRows(tuples);
      prepared = { rev, rows, index: buildNameIndex(rows) };
    }
    const { rows, index } = prepared;
    return index.candidates(query).map((r) => rows[r]!);
  };
}

/**
 * Moves the next slice of an old directory into the name index; returns how many people that slice
 * held (0: nothing to do). The last slice deletes the directory, its revision and the progress marker.
 */
export async function migrateLegacyDirectory(kv: Keyv, options: { slice?: number; logger?: InvalidValueLog } = {}): Promise<number> {
  const { slice = MIGRATION_SLICE, logger } = options;
  const rev = revCodec.decode(REV, await kv.get(REV));
  if (rev === undefined) return 0;
  const [rawDirectory, rawProgress] = await kv.getMany<unknown>([DIRECTORY, PROGRESS]);
  const directory = directoryCodec.decode(DIRECTORY, rawDirectory) ?? [];
  const progress = decodeOrSkip(migrationCodec, PROGRESS, rawProgress, logger);
  // An old-version writer that rewrote the directory since (a new revision) means starting over: merges make that safe.
  const start = progress?.rev === rev ? Math.min(progress.done, directory.length) : 0;
  const end = Math.min(start + slice, directory.length);
  const tuples = checkedTuples(directory.slice(start, end), start, logger);

  const writes = [...(await rowWrites(kv, tuples)), ...(await postingWrites(kv, tuples, logger))];
  for (let i = 0; i < writes.length; i += WRITE_CHUNK) await kv.setMany(writes.slice(i, i + WRITE_CHUNK));
  // Last, so a reader (and a crashed pass) still has the directory until everything above is in.
  if (end >= directory.length) await kv.deleteMany([REV, DIRECTORY, PROGRESS]);
  else await kv.set(PROGRESS, migrationCodec.encode({ rev, done: end }));
  return end - start;
}

/** The directory is trusted by its kind only (see the codec), so each migrated tuple is checked; a bad one is skipped. */
function checkedTuples(tuples: readonly unknown[], offset: number, logger: InvalidValueLog | undefined): DirectoryTuple[] {
  return tuples.flatMap((raw, i) => {
    const parsed = directoryTupleSchema.safeParse(raw);
    if (parsed.success) return [parsed.data];
    logSkipped(logger, new StoredValueError(`${DIRECTORY}[${offset + i}]`, parsed.error.issues[0]?.message ?? 'not a row'));
    return [];
  });
}

/** Rows of people without one yet: a batch since the upgrade may have written a newer row than the directory's. */
async function rowWrites(kv: Keyv, tuples: readonly DirectoryTuple[]): Promise<Write[]> {
  const stored = await getManyChunked(kv, tuples.map((t) => rowKey(t[0])));
  return tuples.filter((_, i) => stored[i] === undefined || stored[i] === null).map((t) => ({ key: rowKey(t[0]), value: rowCodec.encode(t) }));
}

/** The slice's people added to the postings of their tokens (merged with what is stored), and those tokens' vocabulary. */
async function postingWrites(kv: Keyv, tuples: readonly DirectoryTuple[], logger: InvalidValueLog | undefined): Promise<Write[]> {
  const people = new Map<string, { id: string; count: number }[]>();
  for (const [id, name, aliases, count] of tuples) {
    for (const token of tokensOfNames([name, ...aliases])) people.set(token, [...(people.get(token) ?? []), { id, count }]);
  }
  const tokens = [...people.keys()];
  const keys = tokens.map((t) => namesKey(postingKey(t)));
  const stored = await getManyChunked(kv, keys);
  const writes: Write[] = [];
  tokens.forEach((token, i) => {
    let posting: Posting = decodeOrSkip(postingCodec, keys[i]!, stored[i], logger) ?? [];
    let changed = false;
    for (const { id, count } of people.get(token)!) {
      // A batch since the upgrade may have counted this person higher than the directory did: keep that.
      const known = posting.find(([other]) => other === id);
      if (known && known[1] >= count) continue;
      const next = withPerson(posting, id, count);
      if (next) [posting, changed] = [next, true];
    }
    if (changed) writes.push({ key: keys[i]!, value: postingCodec.encode(posting) });
  });
  // Every token, not only those without a posting: a crashed pass may have written postings but not vocabulary.
  return [...writes, ...(await vocabularyWrites(kv, tokens, logger))];
}
