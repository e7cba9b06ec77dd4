// `newsbrief extract`: one web page → the record it would become (not stored), or {id,html,url?} JSON lines
// → {id,title,paragraphs,publishedAt,source,language,author?} or {id,error} lines (the eval format).
// Reads are capped like `entities` (MAX_ARTICLE_BYTES per file, per stdin, per line); text output is terminal-safe.
import { z } from 'zod';
import { analyse, recordOf } from '../articles/build-record.js';
import { extractPage, type PageArticle } from '../sources/extract-page.js';
import { jsonLines, lineInput, readText } from './text-input.js';
import { terminalSafe, terminalSafeJson, terminalSafeLine } from './terminal-safe.js';

const lineSchema = z.object({ id: z.union([z.string(), z.number()]), html: z.string(), url: z.string().optional() });

export interface ExtractOptions {
  file: string | undefined;
  url: string | undefined;
  jsonl: string | undefined;
  json: boolean;
  maxBytes: number;
  now: Date;
  out: (line: string) => void;
}

const err = (line: string) => process.stderr.write(`${line}\n`);

export async function runExtract(options: ExtractOptions): Promise<number> {
  if (options.url !== undefined && !URL.canParse(options.url)) {
    err(`--url ${terminalSafeLine(options.url)}: give the page's absolute URL, e.g. --url https://example.com/story`);
    return 2;
  }
  if (options.jsonl) return runJsonLines(options.jsonl, options);
  if (!options.file) {
    err('extract needs an HTML file, - for stdin, or --jsonl FILE');
    return 2;
  }
  const html = await readText(options.file, options.maxBytes);
  if (!html.ok) {
    err(`failed  ${terminalSafeLine(options.file)}: ${terminalSafeLine(html.message)}`);
    return 1;
  }
  const page = extractPage(html.value, { now: options.now, ...(options.url ? { url: options.url } : {}) });
  if (!page.ok) {
    err(`refused  ${terminalSafeLine(options.file)}: ${page.code}: ${terminalSafeLine(page.message)}`);
    return 1;
  }
  if (options.json) options.out(terminalSafeJson(JSON.stringify(asRecord(page.article, options.now))));
  else options.out(terminalSafe(renderText(page.article)));
  return 0;
}

/** The record `ingest --json` would print for this page, plus what only a page has (author, modifiedAt, feeds). */
function asRecord(article: PageArticle, now: Date): object {
  const { author, modifiedAt, feeds, ...cleaned } = article;
  const built = recordOf({ id: cleaned.contentHash.slice(0, 16), ...cleaned, ingestedAt: now.toISOString(), ...analyse(cleaned.paragraphs, cleaned.language) });
  const record = built.ok ? built.record : cleaned;
  return { ...record, ...(author ? { author } : {}), ...(modifiedAt ? { modifiedAt } : {}), feeds };
}

function renderText(a: PageArticle): string {
  const lines = [
    a.title,
    `source: ${a.source.name}${a.url ? `  ${a.url}` : ''}`,
    `published: ${a.publishedAt ?? 'unknown'}${a.modifiedAt ? `  modified: ${a.modifiedAt}` : ''}  language: ${a.language}`,
    ...(a.author ? [`author: ${a.author}`] : []),
    `feeds: ${a.feeds.length ? a.feeds.join('  ') : 'none found on this page'}`,
  ];
  return [...lines.map(terminalSafeLine), '', ...a.paragraphs].join('\n');
}

/** One output line per input line; a bad, too-long or refused page is an {id, error} line and the rest continue. */
async function runJsonLines(path: string, options: ExtractOptions): Promise<number> {
  const opened = lineInput(path);
  if (!opened.ok) {
    err(`failed  ${terminalSafeLine(path)}: ${terminalSafeLine(opened.message)}`);
    return 1;
  }
  let failed = 0;
  const emit = (value: object) => options.out(terminalSafeJson(JSON.stringify(value)));
  for await (const line of jsonLines(opened.input, options.maxBytes, lineSchema)) {
    if (!line.ok) {
      failed++;
      if (line.kind === 'too_long') emit({ ...(line.id === undefined ? {} : { id: line.id }), error: line.error });
      else err(`line ${line.lineNo}: expected a JSON object {"id": …, "html": "…", "url"?: "…"}; skipped`);
      continue;
    }
    const { id, html, url } = line.value;
    const page = extractPage(html, { now: options.now, ...(url && URL.canParse(url) ? { url } : {}) });
    if (!page.ok) failed++;
    if (!page.ok) emit({ id, error: `${page.code}: ${page.message}` });
    else {
      const a = page.article;
      emit({ id, title: a.title, paragraphs: a.paragraphs, publishedAt: a.publishedAt ?? null, source: a.source.name, language: a.language, ...(a.author ? { author: a.author } : {}) });
    }
  }
  return failed > 0 ? 1 : 0;
}
