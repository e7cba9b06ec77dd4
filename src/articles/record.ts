// The article record: the one shape every stored article has, and the JSON the CLI prints.
import { z } from 'zod';

/** ISO-8601 timestamp with offset (e.g. 2025-09-12T00:00:00.000Z). */
export const isoDateTime = z.iso.datetime({ offset: true });

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
  role: z.string().min(1).optional(),
});
export type EntityMention = z.infer<typeof entityMentionSchema>;

export const sourceSchema = z.object({
  name: z.string().min(1),
  url: z.url().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const translationSchema = z.object({
  language: z.string().min(2),
  label: z.string().min(1),
  url: z.url().optional(),
});
export type Translation = z.infer<typeof translationSchema>;

export const articleRecordSchema = z.object({
  /** Stable: derived from the content hash, so the same article always gets the same id. */
  id: z.string().min(1),
  title: z.string().min(1),
  paragraphs: z.array(z.string().min(1)).min(1),
  source: sourceSchema,
  url: z.url().optional(),
  publishedAt: isoDateTime,
  ingestedAt: isoDateTime,
  /** BCP-47 primary language subtag, e.g. "en". "und" when unknown. */
  language: z.string().min(2),
  disclaimer: z.string().min(1).optional(),
  translations: z.array(translationSchema),
  /** sha256 of the normalised title + body: the dedupe key. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  entities: z.array(entityMentionSchema),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;
