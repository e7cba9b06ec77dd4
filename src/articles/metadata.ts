// Metadata that comes with an article: a JSON object, or a header block of "Key: value" lines before a blank line.
//
// Accepted header keys (case-insensitive, first block of the file only, ended by a blank line):
//   Title | Headline                                → title
//   Source | Outlet | Publisher | Site              → source name (a URL value also becomes source.url)
//   URL | Link | Canonical | Canonical URL | Source URL → url
//   Published | Published at | Published on | Publication date | Date | Pubdate | Datetime | Time → publishedAt
//   Language | Lang | Locale                        → language
//   Author | Byline | By                            → author
//   Section | Category | Tags | Updated | Id       → accepted and ignored
// JSON: { title?, text|body|content (string or string[]), url?, source?: string | {name, url?},
//         publishedAt?|published?|date?, language?, author?: string | string[] | {name} }; other keys are ignored.
// Line endings (CRLF, CR, U+2028, U+2029, U+0085) become "\n" here, and for JSON only AFTER parsing:
// those characters are legal raw inside a JSON string, and a newline there is not.
import { z } from 'zod';
import { fail, type Result } from './clean-types.js';

export interface ArticleMetadata {
  title?: string;
  source?: { name?: string; url?: string };
  url?: string;
  published?: string | number;
  language?: string;
  author?: string;
}

export interface SplitInput {
  metadata: ArticleMetadata;
  /** The article text without the metadata (paragraphs separated by blank lines when it came from JSON). */
  text: string;
}

const HEADER_KEYS: Record<string, keyof ArticleMetadata | 'ignore'> = {
  title: 'title', headline: 'title',
  source: 'source', outlet: 'source', publisher: 'source', site: 'source',
  url: 'url', link: 'url', canonical: 'url', 'canonical url': 'url', 'source url': 'url',
  published: 'published', 'published at': 'published', 'published on': 'published', 'publication date': 'published',
  date: 'published', pubdate: 'published', datetime: 'published', time: 'published',
  language: 'language', lang: 'language', locale: 'language',
  author: 'author', byline: 'author', by: 'author', section: 'ignore', category: 'ignore', tags: 'ignore', updated: 'ignore', id: 'ignore',
};

const body = z.union([z.string(), z.array(z.string())]);
const jsonSchema = z.looseObject({
  title: z.string().optional(),
  text: body.optional(),
  body: body.optional(),
  content: body.optional(),
  url: z.string().optional(),
  source: z.union([z.string(), z.object({ name: z.string().optional(), url: z.string().optional() })]).optional(),
  publishedAt: z.union([z.string(), z.number()]).optional(),
  published: z.union([z.string(), z.number()]).optional(),
  date: z.union([z.string(), z.number()]).optional(),
  language: z.string().optional(),
  // Feeds and JSON-LD give one name, a list, or a person object; anything else is ignored, not an error.
  author: z.union([z.string(), z.array(z.string()), z.looseObject({ name: z.string() })]).optional().catch(undefined),
}).refine((o) => o.text !== undefined || o.body !== undefined || o.content !== undefined, {
  message: 'needs a "text", "body" or "content" field with the article text',
});

const LINE_END = /\r\n?|[\u2028\u2029\u0085]/g;
const normaliseLineEnds = (text: string) => text.replace(LINE_END, '\n');

function summariseIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message)
    .join('; ');
}

function fromJson(text: string): Result<SplitInput> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail('bad_json', `The input looks like JSON but does not parse (${(e as Error).message}); fix the JSON or send plain text.`);
  }
  const parsed = jsonSchema.safeParse(data);
  if (!parsed.success) {
    return fail('bad_metadata', `The JSON article is not usable (${summariseIssues(parsed.error)}); fix these fields and try again.`);
  }
  const o = parsed.data;
  const raw = o.text ?? o.body ?? o.content ?? '';
  const source = typeof o.source === 'string' ? { name: o.source } : o.source;
  const published = o.publishedAt ?? o.published ?? o.date;
  const author = typeof o.author === 'string' ? o.author : Array.isArray(o.author) ? o.author.join(', ') : o.author?.name;
  const metadata: ArticleMetadata = {
    ...(o.title !== undefined ? { title: normaliseLineEnds(o.title) } : {}),
    ...(source ? { source } : {}),
    ...(o.url ? { url: o.url } : {}),
    ...(published !== undefined && published !== '' ? { published } : {}),
    ...(o.language ? { language: o.language } : {}),
    ...(author?.trim() ? { author: author.trim() } : {}),
  };
  return { ok: true, value: { metadata, text: normaliseLineEnds(Array.isArray(raw) ? raw.join('\n\n') : raw) } };
}

function fromHeader(text: string): SplitInput {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i]?.trim() === '') i++;
  const metadata: ArticleMetadata = {};
  let known = 0;
  const start = i;
  for (; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') break;
    const m = /^([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(.*)$/.exec(line);
    const key = m ? HEADER_KEYS[(m[1] ?? '').toLowerCase()] : undefined;
    if (!m || !key) {
      // Tolerate a missing blank line after a header of two or more keys.
      if (known >= 2) break;
      return { metadata: {}, text };
    }
    const value = (m[2] ?? '').trim();
    known++;
    if (key === 'ignore' || value === '') continue;
    if (key === 'source') metadata.source = /^https?:\/\//i.test(value) ? { url: value } : { name: value };
    else metadata[key] = value;
  }
  // One "Source: Reuters" line before the title is a credit, not a header; a header has a title, URL or date too.
  const useful = metadata.title !== undefined || metadata.url !== undefined || metadata.published !== undefined || known >= 2;
  if (known === 0 || !useful || i === start) return { metadata: {}, text };
  return { metadata, text: lines.slice(i).join('\n') };
}

/** Separate metadata from article text (decoded, line endings as they came). JSON is recognised by content (a leading "{"). */
export function splitMetadata(text: string): Result<SplitInput> {
  if (text.trimStart().startsWith('{')) return fromJson(text.trim());
  return { ok: true, value: fromHeader(normaliseLineEnds(text)) };
}
