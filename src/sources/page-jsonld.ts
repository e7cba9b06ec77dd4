// JSON-LD: the page's own description of its article. Blocks are untrusted JSON: each is parsed on its own
// (one broken block doesn't hide the others) and read through zod; only article-like nodes count.
import { z } from 'zod';
import { all, squash, type PageDocument } from './page-dom.js';

export interface JsonLdArticle {
  headline?: string;
  author?: string;
  publisher?: string;
  datePublished?: string;
  dateModified?: string;
  inLanguage?: string;
  url?: string;
}

/** A name, or a {name} object, or a list of either (author, publisher). */
const named = z.union([z.string(), z.looseObject({ name: z.unknown() })]);
const names = z.union([named, z.array(z.unknown())]);
const text = z.string().transform(squash);
const articleNode = z.looseObject({
  '@type': z.union([z.string(), z.array(z.unknown())]),
  headline: text.optional().catch(undefined),
  author: names.optional().catch(undefined),
  publisher: names.optional().catch(undefined),
  datePublished: text.optional().catch(undefined),
  dateModified: text.optional().catch(undefined),
  inLanguage: z.union([z.string(), z.looseObject({ name: z.unknown() })]).optional().catch(undefined),
  url: z.string().optional().catch(undefined),
  mainEntityOfPage: z.union([z.string(), z.looseObject({ '@id': z.unknown() })]).optional().catch(undefined),
});
type ArticleNode = z.infer<typeof articleNode>;

/** NewsArticle, Article, ReportageNewsArticle, BlogPosting, AnalysisNewsArticle, … */
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$/;

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return squash(value) || undefined;
  if (Array.isArray(value)) {
    const list = value.map(nameOf).filter((n): n is string => n !== undefined);
    return list.length ? list.join(', ') : undefined;
  }
  const parsed = named.safeParse(value);
  return parsed.success && typeof parsed.data === 'object' && typeof parsed.data.name === 'string' ? squash(parsed.data.name) || undefined : undefined;
}

/** Every object in a JSON-LD value: arrays and @graph are flattened (depth-capped: the JSON is untrusted). */
function nodesOf(value: unknown, depth = 0): unknown[] {
  if (depth > 4 || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v) => nodesOf(v, depth + 1));
  const graph = (value as { '@graph'?: unknown })['@graph'];
  return [value, ...nodesOf(graph, depth + 1)];
}

function isArticle(node: ArticleNode): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t.replace(/^.*[/#:]/, '')));
}

function parseBlock(source: string): unknown {
  try {
    return JSON.parse(source) as unknown;
  } catch {
    return undefined;
  }
}

/** The first article node of the page's JSON-LD, as plain strings. */
export function jsonLdArticle(doc: PageDocument): JsonLdArticle {
  for (const script of all(doc, 'script[type="application/ld+json" i]')) {
    for (const candidate of nodesOf(parseBlock(script.textContent ?? ''))) {
      const parsed = articleNode.safeParse(candidate);
      if (!parsed.success || !isArticle(parsed.data)) continue;
      const n = parsed.data;
      const page = typeof n.mainEntityOfPage === 'string' ? n.mainEntityOfPage : n.mainEntityOfPage?.['@id'];
      const out: JsonLdArticle = {};
      const put = (key: keyof JsonLdArticle, value: string | undefined) => {
        if (value) out[key] = value;
      };
      put('headline', n.headline);
      put('author', nameOf(n.author));
      put('publisher', nameOf(n.publisher));
      put('datePublished', n.datePublished);
      put('dateModified', n.dateModified);
      put('inLanguage', nameOf(n.inLanguage));
      put('url', n.url ?? (typeof page === 'string' ? page : undefined));
      return out;
    }
  }
  return {};
}
