// Per-article CPU cost of the pure ingest stages (clean, entities, record validation, people
// grouping), timed on a sample outside the real ingest so the ingest figure stays untouched.
import { performance } from 'node:perf_hooks';
import { cleanArticle } from '../src/articles/clean.js';
import { articleRecordSchema } from '../src/articles/record.js';
import { extractArticleEntities } from '../src/nlp/entities.js';
import { articlePeople } from '../src/people/article-people.js';

export interface StageProfile {
  sample: number;
  /** Mean milliseconds per article for each stage. */
  msPerArticle: { clean: number; entities: number; validate: number; articlePeople: number };
}

/** Runs the sample twice and reports the second pass, so the figures are for JIT-warm code. */
export function profileStages(texts: readonly string[], now: Date, maxBytes: number): StageProfile {
  runStages(texts, now, maxBytes);
  return runStages(texts, now, maxBytes);
}

function runStages(texts: readonly string[], now: Date, maxBytes: number): StageProfile {
  const totals = { clean: 0, entities: 0, validate: 0, articlePeople: 0 };
  const encoder = new TextEncoder();
  let t = performance.now();
  const lap = (stage: keyof typeof totals) => {
    const next = performance.now();
    totals[stage] += next - t;
    t = next;
  };
  for (const text of texts) {
    const bytes = encoder.encode(text);
    t = performance.now();
    const cleaned = cleanArticle(bytes, { now, maxBytes });
    lap('clean');
    if (!cleaned.ok) continue;
    const article = cleaned.article;
    const entities = extractArticleEntities(article.paragraphs);
    lap('entities');
    const parsed = articleRecordSchema.safeParse({
      id: article.contentHash.slice(0, 16),
      ...article,
      ...(article.publishedAt ? { publishedAt: new Date(article.publishedAt).toISOString() } : {}),
      ingestedAt: now.toISOString(),
      entities,
    });
    lap('validate');
    if (parsed.success) articlePeople(parsed.data);
    lap('articlePeople');
  }
  const per = (ms: number) => Math.round((ms / Math.max(1, texts.length)) * 1000) / 1000;
  return {
    sample: texts.length,
    msPerArticle: { clean: per(totals.clean), entities: per(totals.entities), validate: per(totals.validate), articlePeople: per(totals.articlePeople) },
  };
}
