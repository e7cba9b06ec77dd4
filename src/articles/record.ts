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

export const articleRecordSchema = z.object({
  /** Stable: derived from the content hash, so the same article always gets the same id. */
  id: z.string().min(1),
  title: oneLine(FIELD_CAPS.title, 'Untitled'),
  paragraphs: z.array(z.string().min(1)).min(1),
  source: sourceSchema,
  url: z.url().optional(),
  /**
   * When the article was published; absent when neither its metadata nor its text gives a date
   * ("date unknown"). Such articles are never given a made-up date: they rank by `ingestedAt` (rankTimeOf).
   */
  publishedAt: isoDateTime.optional(),
  ingestedAt: isoDateTime,
  /** BCP-47 primary language subtag, e.g. "en". "und" when unknown. */
  language: z.string().min(2),
  disclaimer: optionalOneLine(FIELD_CAPS.disclaimer),
  translations: z.array(translationSchema),
  /** sha256 of the normalised title + body: the dedupe key. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  entities: z
    .array(entityMentionSchema)
    .transform((mentions) => mentions.filter((m) => m.name.length <= ENTITY_NAME_MAX && m.text.length <= ENTITY_NAME_MAX)),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

/** The time an article ranks by, newest first: its publication date, or its arrival when the date is unknown. */
export function rankTimeOf(record: { publishedAt?: string | undefined; ingestedAt: string }): string {
  return record.publishedAt ?? record.ingestedAt;
}
