// extractPage: one HTML page → a clean article (the project's text cleaner runs on the extracted paragraphs)
// with the page's metadata, or a refusal that says why it isn't an article. Pure: no clock, no I/O.
import { Readability } from '@mozilla/readability';
import { cleanArticle, type CleanedArticle } from '../articles/clean.js';
import { parseDateString } from '../articles/dates.js';
import { normaliseLanguage } from '../articles/language.js';
import { outletFromUrl } from '../articles/source.js';
import { contentHash } from '../articles/content-hash.js';
import { parsePage, squash, type PageDocument, type PageElement } from './page-dom.js';
import { pageMetadata, type PageMetadata } from './page-metadata.js';
import { MAX_NOTICE_CHARS, NOTICE_MESSAGES, noticeOf } from './page-notices.js';
import { paragraphsOf, type PageParagraph } from './page-paragraphs.js';
import { preparePage } from './page-prepare.js';
import { dropInert } from './page-inert.js';
import { restoreShortLines } from './page-clean.js';
import { MAX_LINK_SHARE, MIN_PROSE_CHARS, STUB_PROSE_CHARS, isLinkTeaser, linkShare, proseChars } from './page-prose.js';

export type PageArticle = CleanedArticle & { author?: string; modifiedAt?: string; feeds: string[] };
export type PageRefusalCode = 'not_article' | 'consent_wall' | 'paywall' | 'too_little_text' | 'crawl_notice' | 'bad_html';
export type PageOutcome = { ok: true; article: PageArticle } | { ok: false; code: PageRefusalCode; message: string };
export interface ExtractPageOptions {
  /** Where the page was fetched: resolves a relative canonical URL and feed links; the host is the last-resort source. */
  url?: string;
  now: Date;
}
/** Each processing step can be turned off, so the eval can report what each one gains. */
export interface ExtractSteps { captions: boolean; links: boolean; clean: boolean }
const ALL_STEPS: ExtractSteps = { captions: true, links: true, clean: true };
/** The cleaner's byte cap is for files; a page's text was already capped by whoever fetched the page. */
const NO_CAP = Number.MAX_SAFE_INTEGER;

const refuse = (code: PageRefusalCode, message: string): PageOutcome => ({ ok: false, code, message });

export function extractPage(html: string, options: ExtractPageOptions, steps: ExtractSteps = ALL_STEPS): PageOutcome {
  if (!/<[a-z!]/i.test(html)) return refuse('bad_html', 'This is not HTML (no tags found); give the page’s HTML source.');
  let doc: PageDocument;
  try {
    doc = parsePage(dropInert(html));
  } catch (e) {
    return refuse('bad_html', `Could not parse this HTML (${squash((e as Error).message).slice(0, 80)}); check the file is a web page.`);
  }
  if (!doc.body) return refuse('bad_html', 'This HTML has no body; give the whole page.');
  const meta = pageMetadata(doc, options.url);
  const pageText = squash(doc.body.textContent);
  preparePage(doc, steps);
  const parsed = readArticle(doc);
  if (!parsed) return refusal(noticeOf(pageText) ?? 'not_article');
  const found = paragraphsOf(parsed.content);
  // What Readability chose holds the notice itself: a banner elsewhere on an article page doesn't count.
  const notice = found.map((p) => noticeOf(p.text)).find((kind) => kind !== undefined);
  // A short notice paragraph is dropped, and so is a short paragraph that is one link (a related-story teaser).
  const paragraphs = found.filter((p) => (p.text.length > MAX_NOTICE_CHARS || noticeOf(p.text) === undefined) && !(steps.links && isLinkTeaser(p)));
  const prose = proseChars(paragraphs.map((p) => p.text));
  const links = linkShare(found);
  if (prose < MIN_PROSE_CHARS) return refusal(notice ?? noticeOf(pageText) ?? (links > MAX_LINK_SHARE ? 'not_article' : 'too_little_text'));
  if (prose < STUB_PROSE_CHARS && notice === 'paywall') return refusal('paywall');
  if (links > MAX_LINK_SHARE) return refusal('not_article');
  const title = meta.title ?? parsed.title;
  if (!steps.clean) return { ok: true, article: rawArticle(title, paragraphs.map((p) => p.text), meta, options) };
  return cleaned(title, paragraphs, meta, options);
}

function refusal(code: Exclude<PageRefusalCode, 'bad_html'>): PageOutcome {
  return refuse(code, NOTICE_MESSAGES[code]);
}

function readArticle(doc: PageDocument): { title: string; content: PageElement } | undefined {
  // Readability scores the prepared document; the serializer hands back its content element, not an HTML string.
  // Its Document and Node types need the DOM lib, so they don't resolve here; PageElement is what it returns.
  const reader = new Readability<PageElement>(doc, { serializer: (node: PageElement) => node });
  const result = reader.parse();
  return result?.content ? { title: squash(result.title), content: result.content } : undefined;
}

/** Metadata the cleaner would refuse (an unreadable date or language) is left out rather than failing the page. */
function usable(meta: PageMetadata, url: string | undefined) {
  const published = meta.published && parseDateString(meta.published) ? meta.published : undefined;
  const modified = meta.modified ? parseDateString(meta.modified) : undefined;
  const language = meta.language ? normaliseLanguage(meta.language) : undefined;
  const canonical = meta.canonical ?? url;
  // The publisher only: og:site_name / JSON-LD publisher, else the host. Never a by-line or a photo credit.
  const source = meta.siteName ?? outletFromUrl(canonical) ?? 'Unknown source';
  return { published, modified, language, canonical, source };
}

function extras(meta: PageMetadata, modified: Date | undefined) {
  return { ...(meta.author ? { author: meta.author } : {}), ...(modified ? { modifiedAt: modified.toISOString() } : {}), feeds: meta.feeds };
}

function cleaned(title: string, paragraphs: PageParagraph[], meta: PageMetadata, options: ExtractPageOptions): PageOutcome {
  const u = usable(meta, options.url);
  const input = {
    title,
    text: paragraphs.map((p) => p.text),
    source: { name: u.source },
    ...(u.canonical ? { url: u.canonical } : {}),
    ...(u.published ? { publishedAt: u.published } : {}),
    ...(u.language ? { language: u.language } : {}),
  };
  const result = cleanArticle(JSON.stringify(input), { now: options.now, maxBytes: NO_CAP });
  if (!result.ok) {
    return result.error.code === 'no_body' || result.error.code === 'no_title' ? refusal('too_little_text') : refuse('bad_html', result.error.message);
  }
  const kept = restoreShortLines(paragraphs, result.article.paragraphs);
  const article = { ...result.article, paragraphs: kept, contentHash: contentHash(result.article.title, kept) };
  return { ok: true, article: { ...article, ...extras(meta, u.modified) } };
}

/** The extraction without the cleaner (eval only: measures what the cleaner adds). */
function rawArticle(title: string, paragraphs: string[], meta: PageMetadata, options: ExtractPageOptions): PageArticle {
  const u = usable(meta, options.url);
  return {
    title, paragraphs, source: { name: u.source }, language: u.language ?? 'und', translations: [], contentHash: '0'.repeat(64),
    ...(u.canonical ? { url: u.canonical } : {}), ...extras(meta, u.modified),
  };
}
