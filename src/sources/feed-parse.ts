// parseFeed: feed bytes or text → a validated ParsedFeed (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed) or a one-line
// refusal. feedsmith does the parsing (fast-xml-parser underneath, entity processing off); the prolog's DTD is
// cut out first, so no entity is declared, let alone expanded. Pure: no clock, no I/O.
import {
  DetectError, MalformedError, ParseError, detectAtomFeed, detectRdfFeed, detectRssFeed, parseFeed as feedsmithParse, type AnyFeed,
} from 'feedsmith';
import { decodeFeedBody, stripDoctype } from './feed-decode.js';
import { normaliseFeed } from './feed-normalise.js';
import { FeedItemSchema, ParsedFeedSchema, reject, type FeedItem, type FeedRejection, type ParseFeedOptions, type ParsedFeed } from './feed-types.js';
import { findXmlProblem } from './feed-xml-check.js';

export type { FeedItem, FeedRejection, ParseFeedOptions, ParsedFeed } from './feed-types.js';

export const DEFAULT_MAX_FEED_ITEMS = 1_000;

/** An HTML document: `<!doctype html>` or `<html>` first (after the prolog and comments). */
const looksLikeHtml = (head: string): boolean =>
  /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i.test(head);

const HTML_PAGE = 'not a feed: looks like an HTML page; add the page URL as a page source, or the feed it links to.';

/** Why a text no format recognised is not a feed, in the reader's terms. */
function notAFeed(text: string): FeedRejection {
  const head = text.slice(0, 2_048).trimStart();
  if (looksLikeHtml(head) || /<(?:head|body)[\s>]/i.test(head)) return reject('not_a_feed', HTML_PAGE);
  if (/^[[{]/.test(head)) {
    return reject('not_a_feed', 'not a feed: JSON without a JSON Feed "version" and "items"; check the feed URL.');
  }
  if (head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '').trim() === '') {
    return reject('empty_feed', 'empty feed: the document has no elements, only comments; check the feed URL.');
  }
  if (head.startsWith('<')) {
    return reject('not_a_feed', 'not a feed: XML without an <rss>, <rdf:RDF> or Atom <feed> root; check the feed URL.');
  }
  return reject('not_a_feed', 'not a feed: the response is neither XML nor JSON; check the feed URL.');
}

/** feedsmith found the root but nothing in it: the same format with no fields (a feed with no items yet). */
function emptyFeed(text: string): AnyFeed | FeedRejection {
  if (looksLikeHtml(text.slice(0, 2_048).trimStart())) return reject('not_a_feed', HTML_PAGE);
  if (detectRssFeed(text)) return { format: 'rss', feed: {} };
  if (detectAtomFeed(text)) return { format: 'atom', feed: {} };
  if (detectRdfFeed(text)) return { format: 'rdf', feed: {} };
  return reject('empty_feed', 'empty feed: no channel, entries or items found; check the feed URL.');
}

function xmlError(text: string, error: MalformedError): FeedRejection {
  const found = findXmlProblem(text);
  const cause = error.cause instanceof Error ? error.cause.message : error.message;
  const message = found ? `XML error at line ${found.line}: ${found.message}` : `XML error: ${cause}`;
  return reject('xml_error', `${message.replace(/\s+/g, ' ').slice(0, 200)}; the publisher must fix the feed.`);
}

function runParser(text: string, maxItems: number): AnyFeed | FeedRejection {
  try {
    return feedsmithParse(text, { maxItems });
  } catch (error) {
    if (error instanceof MalformedError) return xmlError(text, error);
    if (error instanceof DetectError) return notAFeed(text);
    // A recognised root with nothing inside (`<rss version="2.0"></rss>`): a feed with no items yet, unless
    // the "root" was sample code on an HTML page.
    if (error instanceof ParseError) return emptyFeed(text);
    throw error; // a bug in the parser or here, not a property of the input
  }
}

/** The parser forgives a missing end: a cut-off download would pass as a shorter feed without this check. */
const isTruncated = (text: string): boolean =>
  !/<\/[\w.-]*:?(?:rss|feed|rdf)\s*>\s*(?:<!--[\s\S]*?-->\s*)*$/i.test(text.slice(-4_096));

/** Keep items that validate and say something (an entry with no link, title, id or body is noise). */
function validItems(items: ReadonlyArray<FeedItem>): FeedItem[] {
  const kept: FeedItem[] = [];
  for (const draft of items) {
    const item = Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined)) as FeedItem;
    if (!item.guid && !item.link && !item.title && !item.contentHtml && !item.summary) continue;
    const checked = FeedItemSchema.safeParse(item);
    if (checked.success) kept.push(checked.data);
  }
  return kept;
}

/**
 * Parse one feed body. Bytes are decoded (BOM, `options.charset`, XML declaration, UTF-8, windows-1252).
 * A recognised feed with no usable items parses (items: []): "nothing new" is not an error. A root with no
 * channel or entries at all is refused as "empty feed".
 */
export function parseFeed(body: string | Uint8Array, options: ParseFeedOptions): ParsedFeed | FeedRejection {
  const decoded = decodeFeedBody(body, options);
  if (!decoded.ok) return decoded;
  const text = stripDoctype(decoded.text);
  const parsed = runParser(text, options.maxItems ?? DEFAULT_MAX_FEED_ITEMS);
  if ('ok' in parsed) return parsed;
  if (parsed.format !== 'json' && isTruncated(text)) {
    const line = text.split('\n').length;
    return reject('xml_error', `XML error at line ${line}: the document ends before its root element closes (cut off?); fetch it again.`);
  }
  const draft = normaliseFeed(parsed, options.url, options.now);
  return ParsedFeedSchema.parse({
    ok: true,
    format: parsed.format,
    title: draft.title,
    ...(draft.link ? { link: draft.link } : {}),
    ...(draft.ttlMinutes ? { ttlMinutes: draft.ttlMinutes } : {}),
    items: validItems(draft.items),
  });
}
