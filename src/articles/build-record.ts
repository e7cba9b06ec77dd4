// Raw bytes → a validated article record: clean, extract entities, derive the id (pure).
import { cleanArticle, type CleanError } from './clean.js';
import { articleRecordSchema, type ArticleRecord } from './record.js';
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
    entities: extractArticleEntities(article.paragraphs),
  };
  return recordOf(candidate);
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
