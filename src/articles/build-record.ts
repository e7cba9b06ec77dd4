// Raw bytes → a validated article record: clean, extract entities, derive the id (pure).
import { cleanArticle, type CleanError } from './clean.js';
import { isAnalysedLanguage } from './language.js';
import { articleRecordSchema, type ArticleRecord, type EntityMention } from './record.js';
import { extractArticleEntities } from '../nlp/entities.js';

export type BuildOutcome = { ok: true; record: ArticleRecord } | { ok: false; error: CleanError };

export function buildRecord(
  input: Uint8Array | string,
  options: { now: Date; maxBytes: number; fileName?: string },
): BuildOutcome {
  const cleaned = cleanArticle(input, options);
  if (!cleaned.ok) return cleaned;
  const article = cleaned.article;
  const candidate: ArticleRecord = {
    // The id is the content hash's prefix: the same article always gets the same id.
    id: article.contentHash.slice(0, 16),
    ...article,
    // No date in the metadata or the text: left unknown, never stamped with the ingest time.
    ...(article.publishedAt ? { publishedAt: new Date(article.publishedAt).toISOString() } : {}),
    ingestedAt: options.now.toISOString(),
    ...analyse(article.paragraphs, article.language),
  };
  return recordOf(candidate);
}

/**
 * The entities of an article in a language we analyse; none, and `analysed: false`, in any other (the record
 * is kept, so /latest and digests still list it, but no people or places are guessed from a tagger for English).
 */
export function analyse(paragraphs: string[], language: string): { entities: EntityMention[]; analysed?: false } {
  if (!isAnalysedLanguage(language)) return { entities: [], analysed: false };
  return { entities: extractArticleEntities(paragraphs, language) };
}

/** The record schema's verdict on a built candidate: an invalid one is our bug (invalid_record), not bad input. */
export function recordOf(candidate: unknown): BuildOutcome {
  const parsed = articleRecordSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: { code: 'invalid_record', message: `the cleaned article is invalid at ${issue?.path.join('.')}: ${issue?.message}` },
    };
  }
  return { ok: true, record: parsed.data };
}
