// How each key of the article store is read back (see stored-value.ts), one codec per key family.
import { z } from 'zod';
import { articleRecordSchema, type ArticleRecord } from '../articles/record.js';
import { checkedCodec, guardedCodec, isObject, versionedCodec } from './stored-value.js';

/**
 * article:<id> is read by /latest, /who's sources and every digest: versioned, so a record this
 * code wrote is not parsed again. Records from before the envelope (v1) go through the schema,
 * which also caps their one-line fields (see record.ts).
 */
export const articleCodec = versionedCodec<ArticleRecord>({
  version: 2,
  legacy: articleRecordSchema,
  looksValid: (v): v is ArticleRecord =>
    isObject(v) && typeof v.id === 'string' && typeof v.contentHash === 'string' && Array.isArray(v.paragraphs) && Array.isArray(v.entities),
});

/** hash:<contentHash> and url:<sha256>: the id, a short string. */
export const idCodec = checkedCodec(z.string().min(1));
export const hashCodec = idCodec;

/**
 * wire:<id>: the record's wire-copy entry. The 128 hashes are packed as base64 of their little-endian uint32 bytes
 * (684 characters instead of ~1,300 as JSON numbers); a value of another signature version reads as absent.
 */
export const wireEntryCodec = checkedCodec(
  z.object({ v: z.literal(1), shingles: z.number().int().nonnegative(), hashes: z.string().length(684), outlet: z.string(), ingestedAt: z.string(), scope: z.number().int().optional() }),
);

/** ingestlog:head: the chunk being filled and how full it is. */
export const logHeadCodec = checkedCodec(z.object({ seq: z.number().int().nonnegative(), size: z.number().int().nonnegative() }));
export type LogHead = { seq: number; size: number };

export type LogEntry = [id: string, ingestedAt: string];
/** ingestlog:<seq>: [id, ingestedAt] pairs (at most a chunk), read by every digest: checked whole, by hand (a schema costs 2× the read). */
export const logChunkCodec = guardedCodec(
  'an array of [id, ingestedAt] pairs',
  (raw): raw is LogEntry[] => Array.isArray(raw) && raw.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string'),
);

/** latest: at most LATEST_CAP small entries, read once per /latest. */
export const latestCodec = checkedCodec(
  z.array(z.object({ id: z.string().min(1), publishedAt: z.string().optional(), ingestedAt: z.string() })),
);
