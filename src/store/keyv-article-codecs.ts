// How each key of the article store is read back (see stored-value.ts), one codec per key family.
import { z } from 'zod';
import { articleRecordSchema, entityTypeSchema, type ArticleRecord, type EntityMention } from '../articles/record.js';
import { checkedCodec, guardedCodec, isObject, StoredValueError, trustedAsIs, versionedCodec } from './stored-value.js';

const looksLikeRecord = (v: unknown): v is ArticleRecord =>
  isObject(v) && typeof v.id === 'string' && typeof v.contentHash === 'string' && Array.isArray(v.paragraphs) && Array.isArray(v.entities);

/**
 * article:<id> is read by /latest, /who's sources and every digest: versioned, so a record this code wrote is
 * not parsed again. v3 (written now) packs the entity mentions (packMentions): a mention's text is the span of
 * its paragraph its offsets give, and its name is most often that text or an earlier mention's name, so neither
 * is stored again; the id is left out when it is the content hash's prefix, as ingest makes it. v2 records (the
 * whole record, as the release before wrote them) still read, trusted as before; records from before the
 * envelope (v1) go through the schema, which also caps their one-line fields (see record.ts).
 */
export const ARTICLE_RECORD_VERSION = 3;
export const articleCodec = versionedCodec<ArticleRecord>({
  version: ARTICLE_RECORD_VERSION,
  legacy: articleRecordSchema,
  looksValid: looksLikeRecord,
  pack: packRecord,
  unpack: unpackRecord,
  earlier: { 2: trustedAsIs(2, looksLikeRecord) },
});

const TYPES = entityTypeSchema.options;
const idOf = (contentHash: string) => contentHash.slice(0, 16);

/**
 * One mention as [type, paragraph, start, end, name?, role?, text?]: type is its index in TYPES; name is absent
 * (or null) when it equals the text, a number k when it equals mention k's name, else the name; text is stored
 * only when the offsets don't give it. Trailing nulls are left off: most mentions are four small numbers.
 */
export type PackedMention = [number, number, number, number, ...(string | number | null)[]];

export function packMentions(paragraphs: readonly string[], mentions: readonly EntityMention[]): PackedMention[] {
  const firstWithName = new Map<string, number>();
  return mentions.map((m, i) => {
    const text = paragraphs[m.paragraph]?.slice(m.start, m.end) === m.text ? null : m.text;
    const earlier = firstWithName.get(m.name);
    const name = m.name === m.text ? null : (earlier ?? m.name);
    if (earlier === undefined) firstWithName.set(m.name, i);
    const packed: PackedMention = [TYPES.indexOf(m.type), m.paragraph, m.start, m.end, name, m.role ?? null, text];
    while (packed.length > 4 && packed.at(-1) === null) packed.pop();
    return packed;
  });
}

const isIndex = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** The mentions back, each checked as far as rebuilding it needs; undefined when one is of another shape. */
export function unpackMentions(paragraphs: readonly unknown[], packed: readonly unknown[]): EntityMention[] | undefined {
  const out: EntityMention[] = [];
  for (const p of packed) {
    if (!Array.isArray(p) || p.length < 4 || p.length > 7) return undefined;
    const [t, paragraph, start, end, name, role, text] = p as unknown[];
    if (!isIndex(t) || !isIndex(paragraph) || !isIndex(start) || !isIndex(end)) return undefined;
    const type = TYPES[t];
    const body = paragraphs[paragraph];
    if (type === undefined || typeof body !== 'string') return undefined;
    const spanned = typeof text === 'string' ? text : body.slice(start, end);
    const named = name === undefined || name === null ? spanned : typeof name === 'number' ? (isIndex(name) ? out[name]?.name : undefined) : name;
    if (!spanned || typeof named !== 'string' || !named || (role !== undefined && role !== null && typeof role !== 'string')) return undefined;
    const m: EntityMention = { type, text: spanned, name: named, paragraph, start, end };
    if (typeof role === 'string') m.role = role;
    out.push(m);
  }
  return out;
}

// Each field keeps its place (the CLI prints records as JSON): only the entities change form, and the id goes.
function packRecord(record: ArticleRecord): unknown {
  const derivedId = record.id === idOf(record.contentHash);
  const stored: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (field === 'entities') stored.entities = packMentions(record.paragraphs, record.entities);
    else if (!(field === 'id' && derivedId)) stored[field] = value;
  }
  return stored;
}

function unpackRecord(key: string, stored: unknown): unknown {
  if (!isObject(stored) || typeof stored.contentHash !== 'string' || !Array.isArray(stored.paragraphs) || !Array.isArray(stored.entities)) {
    throw new StoredValueError(key, 'a v3 value of another shape');
  }
  const entities = unpackMentions(stored.paragraphs, stored.entities);
  if (!entities) throw new StoredValueError(key, 'a v3 value with an unreadable entity mention');
  const record: Record<string, unknown> = typeof stored.id === 'string' ? {} : { id: idOf(stored.contentHash) };
  for (const [field, value] of Object.entries(stored)) record[field] = field === 'entities' ? entities : value;
  return record;
}

/** hash:<contentHash> and url:<sha256>: the id, a short string. */
export const idCodec = checkedCodec(z.string().min(1));
export const hashCodec = idCodec;

/**
 * wire:<id>: the record's wire-copy entry. The 128 hashes are packed as base64 of their little-endian uint32 bytes
 * (684 characters instead of ~1,300 as JSON numbers). Written as a tuple, [v, shingles, hashes, outlet, ingestedAt,
 * scope?] (46 bytes less than the object written before, which still reads); a value of another signature version
 * reads as absent.
 */
const wireFields = { v: z.literal(1), shingles: z.number().int().nonnegative(), hashes: z.string().length(684), outlet: z.string(), ingestedAt: z.string() };
export type WireEntryTuple = [v: 1, shingles: number, hashes: string, outlet: string, ingestedAt: string, scope?: number];
export const wireEntryCodec = checkedCodec(
  z.union([
    z.object({ ...wireFields, scope: z.number().int().optional() }),
    z
      .tuple([wireFields.v, wireFields.shingles, wireFields.hashes, wireFields.outlet, wireFields.ingestedAt], z.number().int())
      .refine((t) => t.length <= 6, 'at most one scope')
      .transform(([v, shingles, hashes, outlet, ingestedAt, scope]) => ({ v, shingles, hashes, outlet, ingestedAt, ...(scope === undefined ? {} : { scope }) })),
  ]),
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
