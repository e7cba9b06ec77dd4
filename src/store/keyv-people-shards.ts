// Reading a surname's shards (src/people/surname-shards.ts) in two steps: its summary (people:s:<key>, which
// shards exist, who leads, whether a bucket from before shards is left), then only the shards a batch's or a
// query's names need. Keys per shard as for any bucket (keyv-people-names.ts): people:<key>#<letter>, its tail
// and counts; the bucket from before shards is people:<key> itself.
import type Keyv from 'keyv';
import { z } from 'zod';
import type { PersonRow } from '../people/person-entry.js';
import { addNeed, emptyNeed, lettersToRead, shardKey, type ShardNeed } from '../people/surname-shards.js';
import { leaderLetters, type SurnameSummary } from '../people/surname-summary.js';
import { bucketValueKeys, storedBucket, type StoredBucket } from './keyv-people-names.js';
import { checkedCodec, decodeOrSkip, type InvalidValueLog } from './stored-value.js';

export const summaryKey = (surname: string) => `people:s:${surname}`;

const letter = z.string().max(8);
/** people:s:<key>. A batch trusts `numbered` to give new ids, so a summary of another shape stops the batch (it throws). */
export const summaryCodec = checkedCodec(
  z.object({
    numbered: z.number().int().nonnegative(),
    legacy: z.boolean(),
    // Not capped: a letter is any script's, and a batch must never stop on a surname written in many of them.
    shards: z.array(letter),
    lead: z.array(z.tuple([letter, z.string().min(1), z.number().int().nonnegative(), z.enum(['', 'm', 'f'])])).max(6),
  }) satisfies z.ZodType<SurnameSummary>,
);

/** The key a shard letter is stored under ('' is the bucket from before shards). */
export const shardStoreKey = (surname: string, letter: string) => (letter === '' ? surname : shardKey(surname, letter));

export interface SurnamesRead {
  summaries: Map<string, SurnameSummary | undefined>;
  /** Every shard read, by its store key (shardStoreKey). */
  stored: Map<string, StoredBucket>;
  /** Per surname, the letters read ('' for the bucket from before shards). */
  letters: Map<string, string[]>;
}

/**
 * The shards these surnames' needs ask for, and their summaries. A surname without a summary (first seen, or
 * written before shards) has its old bucket read too. `lenient` (queries): a bad summary is skipped with a log
 * line, as for the rest of the name index; a batch (not lenient) stops on it rather than give an id twice.
 */
export async function readSurnames(
  kv: Keyv,
  needs: ReadonlyMap<string, ShardNeed>,
  options: { logger?: InvalidValueLog; lenient?: boolean } = {},
): Promise<SurnamesRead> {
  const surnames = [...needs.keys()];
  const raw = await kv.getMany<unknown>(surnames.map(summaryKey));
  const summaries = new Map<string, SurnameSummary | undefined>();
  surnames.forEach((s, i) => {
    const key = summaryKey(s);
    summaries.set(s, options.lenient ? decodeOrSkip(summaryCodec, key, raw[i], options.logger) : summaryCodec.decode(key, raw[i]));
  });
  const letters = new Map<string, string[]>();
  const keys: string[] = [];
  for (const s of surnames) {
    const summary = summaries.get(s);
    const wanted = new Set(lettersToRead(needs.get(s)!, summary?.shards ?? [], leaderLetters(summary)));
    if (!summary || summary.legacy) wanted.add('');
    letters.set(s, [...wanted]);
    for (const l of wanted) keys.push(shardStoreKey(s, l));
  }
  const values = await kv.getMany<unknown>(keys.flatMap(bucketValueKeys));
  const stored = new Map(keys.map((k, i) => [k, storedBucket(k, values.slice(3 * i, 3 * i + 3), options.logger)]));
  return { summaries, stored, letters };
}

/**
 * One query's rows of these surnames: the shards its name needs (the same need for every surname), or with `all`
 * every shard (/who scores names more loosely than identity matches them: "Kristina" finds a "Cristina").
 */
export async function surnameRowsFor(
  kv: Keyv,
  query: string,
  surnames: readonly string[],
  options: { logger?: InvalidValueLog; all?: boolean } = {},
): Promise<Map<string, PersonRow[]>> {
  const { logger, all = false } = options;
  const need = emptyNeed();
  addNeed(need, query);
  need.all ||= all;
  const { stored, letters } = await readSurnames(kv, new Map(surnames.map((s) => [s, need])), { logger, lenient: true });
  return new Map(surnames.map((s) => [s, letters.get(s)!.flatMap((l) => stored.get(shardStoreKey(s, l))!.rows)]));
}
