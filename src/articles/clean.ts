// cleanArticle: scraped article bytes or text → a clean record (title, paragraphs, source, date, language) or one error line.
// Pure: no clock, no I/O; `now` comes in through the options.
import { fail, type CleanOptions, type CleanOutcome, type Result } from './clean-types.js';
import { decodeInput } from './decode.js';
import { splitMetadata, type ArticleMetadata } from './metadata.js';
import { extractBody } from './clean-body.js';
import { titleForLongLead } from './clean-title.js';
import { pageToText } from './html-input.js';
import { parseDateString, resolveTextDate } from './dates.js';
import { detectLanguage, normaliseLanguage } from './language.js';
import { outletFromUrl } from './source.js';
import { isCreditLike } from './clean-outlet-name.js';
import { contentHash } from './content-hash.js';
import type { Source } from './record.js';

export type { CleanedArticle, CleanError, CleanErrorCode, CleanOptions, CleanOutcome } from './clean-types.js';

const isUrl = (value: string) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value) && URL.canParse(value);

interface CheckedMetadata { url?: string; sourceUrl?: string; published?: Date; language?: string }

/** Metadata values we cannot use are an error, not a silent guess. */
function checkMetadata(meta: ArticleMetadata): Result<CheckedMetadata> {
  const out: CheckedMetadata = {};
  if (meta.url !== undefined) {
    if (!isUrl(meta.url)) return fail('bad_metadata', `The URL "${meta.url.slice(0, 80)}" is not an http(s) URL; fix or remove it.`);
    out.url = meta.url;
  }
  if (meta.source?.url !== undefined) {
    if (!isUrl(meta.source.url)) return fail('bad_metadata', `The source URL "${meta.source.url.slice(0, 80)}" is not an http(s) URL; fix or remove it.`);
    out.sourceUrl = meta.source.url;
  }
  if (meta.published !== undefined) {
    const d = parseDateString(meta.published);
    if (!d) return fail('bad_metadata', `The publication date "${String(meta.published).slice(0, 60)}" is not a date I can read; use e.g. 2025-09-12 or "September 12, 2025".`);
    out.published = d;
  }
  if (meta.language !== undefined && meta.language.trim() !== '') {
    const lang = normaliseLanguage(meta.language);
    if (!lang) return fail('bad_metadata', `The language "${meta.language.slice(0, 40)}" is not a language code; use e.g. "en" or "de".`);
    out.language = lang;
  }
  return { ok: true, value: out };
}

/**
 * Metadata's source name wins (like every metadata field) unless it is a credit line or handle; then the outlet the text names (dateline agency,
 * credit or "Source:" line); then the hostname of the source URL or article URL; then "Unknown source".
 */
function pickSource(textOutlet: string | undefined, meta: ArticleMetadata, checked: CheckedMetadata): Source {
  const url = checked.sourceUrl;
  // A metadata name that is a credit line or handle ("Jane Doe/Twitter") names no publisher either.
  const metaName = meta.source?.name?.trim();
  const name = (metaName && !isCreditLike(metaName) ? metaName : undefined) || textOutlet || outletFromUrl(url) || outletFromUrl(checked.url) || 'Unknown source';
  return url ? { name, url } : { name };
}

/**
 * Pure: bytes (or already-decoded text) in, cleaned article or a one-line error out. Never throws on bad input.
 * Messages never contain the file name: the caller prints it once (escaped), next to the message.
 */
export function cleanArticle(input: Uint8Array | string, options: CleanOptions): CleanOutcome {
  try {
    return clean(input, options);
  } catch (e) {
    // A bug must not take down ingest of the other files; report it as an unreadable article.
    return fail('clean_failed', `Could not clean this article (${(e as Error).message}); please report this file.`);
  }
}

function clean(input: Uint8Array | string, options: CleanOptions): CleanOutcome {
  const decoded = decodeInput(input, options.maxBytes);
  if (!decoded.ok) return decoded;
  // Line endings are normalised inside splitMetadata, after JSON.parse (raw U+2028 is legal in a JSON string).
  const split = splitMetadata(decoded.value);
  if (!split.ok) return split;
  const { metadata } = split.value;
  const checked = checkMetadata(metadata);
  if (!checked.ok) return checked;
  const text = pageToText(split.value.text);
  if (!text.ok) return text;

  const body = extractBody(text.value, metadata.title?.trim() ? metadata.title : titleForLongLead(text.value));
  if (body.paragraphs.length === 0 && body.notices > 0) {
    return fail('no_body', `This text holds only web-page notices (an embedded-tweet or archive-crawl notice, a share or sign-up prompt, a caption), not an article.`);
  }
  if (!body.title) {
    return fail('no_title', `Found no title: put the headline on the first line (or add a "Title:" header) and try again.`);
  }
  if (body.paragraphs.length === 0) {
    return fail('no_body', `Found a title but no article text once boilerplate was removed; check the file holds the article body.`);
  }

  // Undefined when neither metadata nor text dates it: the record keeps "date unknown" (no ingest-time stamp).
  const published =
    checked.value.published ?? resolveTextDate({ stamps: body.dateStamps, body: body.paragraphs.join('\n') }, options.now);
  const language = checked.value.language ?? detectLanguage([body.title, ...body.paragraphs].join('\n'));
  const url = checked.value.url;
  return {
    ok: true,
    article: {
      title: body.title,
      paragraphs: body.paragraphs,
      source: pickSource(body.outlet, metadata, checked.value),
      ...(url ? { url } : {}),
      ...(metadata.author ? { author: metadata.author } : {}),
      ...(published ? { publishedAt: published.toISOString() } : {}),
      language,
      ...(body.disclaimer ? { disclaimer: body.disclaimer } : {}),
      translations: body.translations,
      contentHash: contentHash(body.title, body.paragraphs),
    },
  };
}
