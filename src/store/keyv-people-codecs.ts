// How each key of the people index is read back (see stored-value.ts). Entries and buckets are read
// on every ingest batch and /who, so they are versioned: what this code wrote ({ v: 2, value }) is
// trusted after a cheap check, and bare values from before versions (v1) are validated here, which
// also upgrades them (entries from before batch marks get an empty list). The name index (rows,
// postings, vocabulary) is small per key and checked whole by zod; the old directory is read only to migrate.
import { z } from 'zod';
import { POSTING_CAP, VOCABULARY_CAP, type Posting } from '../people/name-postings.js';
import type { DirectoryTuple } from '../people/people-directory.js';
import type { PersonEntry, PersonRow } from '../people/person-entry.js';
import { packPerson, unpackPerson } from './keyv-people-packing.js';
import { checkedCodec, isObject, trustedAsIs, versionedCodec } from './stored-value.js';

const undated = z.literal(true).optional();
const personEntryV1 = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  names: z.record(z.string(), z.number()),
  roles: z.array(z.object({ role: z.string(), source: z.string(), date: z.string(), undated })),
  facts: z.array(
    z.object({ text: z.string(), source: z.string(), sourceUrl: z.string().optional(), date: z.string(), undated, articleId: z.string() }),
  ),
  articleCount: z.number().int().nonnegative(),
  // Absent before batch marks; the old 64-article window (recentArticleIds) is dropped, as z.object drops unknown keys.
  batches: z.array(z.string()).default([]),
  related: z.record(z.string(), z.object({ name: z.string(), count: z.number() })),
}) satisfies z.ZodType<PersonEntry>;

const looksLikeEntry = (v: unknown): v is PersonEntry => isObject(v) && typeof v.id === 'string' && isObject(v.names) && Array.isArray(v.batches);

/**
 * person:<id>, read by every ingest batch and /who. v3 (written now) is a tuple, [name, names, roles, facts,
 * articleCount, batches, related]: no field names, the id left out (the key holds it), dates as epoch ms where that
 * gives the same ISO string back, a related person as id → [name, count]. About a fifth of the v2 object on an
 * open cast; the facts' text, the bulk of what is left, is kept (an article's text may change in a merge, and /who
 * would read up to eight records more). v2 entries (whole objects, as the release before wrote them) still read,
 * and bare ones from before versions (v1) go through the schema.
 */
export const personCodec = versionedCodec<PersonEntry>({
  version: 3,
  legacy: personEntryV1,
  looksValid: looksLikeEntry,
  pack: packPerson,
  unpack: unpackPerson,
  earlier: { 2: trustedAsIs(2, looksLikeEntry) },
});

const personRowV1 = z.object({ id: z.string().min(1), name: z.string().min(1), forms: z.array(z.string()), articleCount: z.number().int() });

/** people:<personKey>: the surname bucket. */
export const bucketCodec = versionedCodec<PersonRow[]>({
  version: 2,
  legacy: z.array(personRowV1),
  looksValid: (v): v is PersonRow[] => Array.isArray(v) && (v.length === 0 || (isObject(v[0]) && typeof v[0].id === 'string')),
});

/**
 * people:n:<personKey>: the bucket's article counts, row by row ({ base, n }). Counts change with every article, the
 * rest of a row rarely, so a batch rewrites this small value and the bucket only when a row's names change or a
 * person joins. `base` is the sum of the counts the bucket itself holds: a bucket rewritten since (by an older
 * version, which knows nothing of this key) no longer sums to it, and its own counts are read instead.
 */
export const bucketCountsCodec = checkedCodec(
  z.object({ base: z.number().int().nonnegative(), n: z.array(z.number().int().nonnegative()) }),
);

/** people:directory: everyone, so checked by its kind only once versioned (validated rows would cost more than the read). */
export const directoryCodec = versionedCodec<DirectoryTuple[]>({
  version: 2,
  legacy: z.array(z.tuple([z.string(), z.string(), z.array(z.string()), z.number()])),
  looksValid: (v): v is DirectoryTuple[] => Array.isArray(v) && (v.length === 0 || (Array.isArray(v[0]) && typeof v[0][0] === 'string')),
});

/** people:directory:rev */
export const revCodec = checkedCodec(z.string());

// The name index: small per key (a row's few names, a posting's POSTING_CAP pairs, a vocabulary's
// VOCABULARY_CAP tokens), so checked whole by zod on every read. Readers skip a bad value with a log
// line (keyv-people-names.ts): it is derived from the articles, and a lookup must still answer.
const id = z.string().min(1);
const count = z.number().int().nonnegative();
const rowTuple = z.tuple([id, z.string().min(1), z.array(z.string()), count]) satisfies z.ZodType<DirectoryTuple>;

/** people:row:<id>: [id, name, aliases, count], the names a person is scored by. */
export const rowCodec = checkedCodec(rowTuple);

/** One tuple of the old directory, checked when it is migrated (the directory itself only by its kind). */
export const directoryTupleSchema = rowTuple;

/** people:names:t:<token>: at most POSTING_CAP [id, count] pairs. */
export const postingCodec = checkedCodec(z.array(z.tuple([id, count])).max(POSTING_CAP) satisfies z.ZodType<Posting>);

/** people:names:<d|p|e|x>:<key>: at most VOCABULARY_CAP tokens. */
export const vocabularyCodec = checkedCodec(z.array(z.string().min(1)).max(VOCABULARY_CAP));

/** people:directory:migrated: how far the slice-by-slice migration of the old directory (at this revision) has come. */
export const migrationCodec = checkedCodec(z.object({ rev: z.string(), done: count }));
