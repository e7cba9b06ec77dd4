// The article record: the one shape every stored article has, and the JSON the CLI prints.
//
// One-line fields (title, outlet name, translation labels, roles, disclaimer) are cleaned and capped
// by the schema itself, on every parse: building a record parses it, and so does every read from the
// store. So a record can never exceed FIELD_CAPS, and records stored before the caps existed still
// read (their long fields come back cut, instead of the record being dropped).
import { z } from 'zod';
import { FIELD_CAPS, toOneLine } from './one-line.js';

/** ISO-8601 timestamp with offset (e.g. 2025-09-12T00:00:00.000Z). */
export const isoDateTime = z.iso.datetime({ offset: true });

/** A required one-line field; `fallback` stands in when nothing visible is left. */
const oneLine = (max: number, fallback: string) =>
  z.string().transform((text) => toOneLine(text, max) || fallback).pipe(z.string().min(1).max(max));

/** An optional one-line field; one with nothing visible left is dropped. */
const optionalOneLine = (max: number) =>
  z
    .string()
    .optional()
    .transform((text) => (text === undefined ? undefined : toOneLine(text, max) || undefined))
    .pipe(z.string().min(1).max(max).optional());

/** Longer than this, an entity "name" is junk from the tagger: the mention is dropped (its offsets stay valid). */
export const ENTITY_NAME_MAX = 100;

export const entityTypeSchema = z.enum(['PERSON', 'ORG', 'PLACE']);
export type EntityType = z.infer<typeof entityTypeSchema>;

/**
 * One mention of a person, organisation or place.
 * `start`/`end` are UTF-16 offsets into `paragraphs[paragraph]`, end exclusive.
 * `name` is the fullest form of that entity in this article ("Alexander Lukashenko"
 * for a bare "Lukashenko's"), so mentions of one entity share it.
 */
export const entityMentionSchema = z.object({
  type: entityTypeSchema,
  text: z.string().min(1),
  name: z.string().min(1),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  role: optionalOneLine(FIELD_CAPS.role),
});
export type EntityMention = z.infer<typeof entityMentionSchema>;

export const sourceSchema = z.object({
  name: oneLine(FIELD_CAPS.sourceName, 'Unknown source'),
  url: z.url().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const translationSchema = z.object({
  language: z.string().min(2),
  label: oneLine(FIELD_CAPS.translationLabel, 'Translation'),
  url: z.url().optional(),
});
export type Translation = z.infer<typeof translationSchema>;

/**
 * Where a record came from: a source id (src/sources/source.ts) for a fetched feed, FROM_FILE for a file (inbox,
 * CLI ingest). What a digest's source set selects by (a chat's own sources, or the operator's pool and files).
 */
export const FROM_FILE = 'file';
export const fromSourceSchema = z.union([z.string().regex(/^[0-9a-f]{10}$/), z.literal(FROM_FILE)]);

/**
 * A record's trust scope: absent for the pool (files and the operator's sources), else the chat whose own source
 * created it (any Telegram user can add one, so its content is untrusted). Merges by canonical URL or wire copy
 * stay within one scope; only an exact copy (same content hash) merges across scopes (wire-merge.ts).
 */
export const scopeSchema = z.number().int().optional();

/**
 * Another outlet that carried the same story (an exact copy, the same canonical URL, or a wire copy found by
 * near-duplicate detection at ingest): the record is stored once and the digest's source line names every outlet.
 */
export const alsoInSchema = z.object({
  name: oneLine(FIELD_CAPS.sourceName, 'Unknown source'),
  url: z.url().optional(),
  /** That outlet's own link to the story. */
  articleUrl: z.url().optional(),
  publishedAt: isoDateTime.optional(),
  /**
   * The origin (a source id, or FROM_FILE) that brought this outlet's copy: a digest names the outlet only when its
   * source set admits that origin. Absent on entries from before origins were tagged: named only where every outlet is.
   */
  from: fromSourceSchema.optional(),
  /** That origin's trust scope (scopeSchema): absent for the pool. Only same-scope entries' links are URL-indexed. */
  scope: scopeSchema,
});
export type AlsoIn = z.infer<typeof alsoInSchema>;

/** The caps on alsoIn and fromSources: a merge past them adds nothing more, so the record stays readable. */
export const ALSO_IN_MAX = 50;
export const FROM_SOURCES_MAX = 200;

export const articleRecordSchema = z.object({
  /** Stable: derived from the content hash, so the same article always gets the same id. */
  id: z.string().min(1),
  title: oneLine(FIELD_CAPS.title, 'Untitled'),
  paragraphs: z.array(z.string().min(1)).min(1),
  source: sourceSchema,
  url: z.url().optional(),
  /** The by-line as the metadata gives it (feed dc:creator/author, page JSON-LD or meta author, an Author: header); never guessed from the text. */
  author: optionalOneLine(FIELD_CAPS.author),
  /**
   * When the article was published; absent when neither its metadata nor its text gives a date
   * ("date unknown"). Such articles are never given a made-up date: they rank by `ingestedAt` (rankTimeOf).
   */
  publishedAt: isoDateTime.optional(),
  ingestedAt: isoDateTime,
  /** BCP-47 primary language subtag, e.g. "en". "und" when unknown. */
  language: z.string().min(2),
  /**
   * false when the language is not one we analyse (SUPPORTED_LANGUAGES in language.ts): the article is stored and
   * listed, but has no entities. Absent means analysed (records from before this field are).
   */
  analysed: z.literal(false).optional(),
  disclaimer: optionalOneLine(FIELD_CAPS.disclaimer),
  translations: z.array(translationSchema),
  /** sha256 of the normalised title + body: the dedupe key. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  entities: z
    .array(entityMentionSchema)
    .transform((mentions) => mentions.filter((m) => m.name.length <= ENTITY_NAME_MAX && m.text.length <= ENTITY_NAME_MAX)),
  /**
   * Other (outlet, origin) pairs with the same story, in arrival order; absent when only `source` carried it. The
   * primary outlet comes back here when another origin carried it too (so a set admitting only that origin names it).
   */
  alsoIn: z.array(alsoInSchema).max(ALSO_IN_MAX).optional(),
  /**
   * Where it came from (fromSourceSchema), every origin that yielded it; absent means [FROM_FILE] (records before
   * sources). The first is the origin of `source` (the primary outlet), by construction (wire-merge.ts).
   */
  fromSources: z.array(fromSourceSchema).max(FROM_SOURCES_MAX).optional(),
  /** The trust scope (scopeSchema): absent for the pool, else the chat whose own source created the record. */
  scope: scopeSchema,
  /**
   * When each origin a later merge added first brought the story (origin → ISO time); an origin not listed arrived
   * at ingestedAt. A digest selects a record by the earliest arrival among the origins its set admits (select.ts).
   */
  arrivals: z.record(z.string(), isoDateTime).optional(),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

/** The time an article ranks by, newest first: its publication date, or its arrival when the date is unknown. */
export function rankTimeOf(record: { publishedAt?: string | undefined; ingestedAt: string }): string {
  return record.publishedAt ?? record.ingestedAt;
}
