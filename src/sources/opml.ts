// OPML in and out (feedsmith's OPML parser and generator): the subscription lists every feed reader exports.
// Import flattens folders and keeps outlines with an http(s) xmlUrl, once each; export writes one outline per
// source. Pure: `now` is an argument.
import { MalformedError, ParseError, generateOpml, parseOpml as feedsmithParseOpml, type Opml } from 'feedsmith';
import { z } from 'zod';
import { DEFAULT_MAX_FEED_BYTES, stripDoctype } from './feed-decode.js';
import { absoluteUrl, plainText } from './feed-fields.js';
import { findXmlProblem } from './feed-xml-check.js';

export const OpmlOutlineSchema = z.object({
  title: z.string().min(1).max(1_000).optional(),
  xmlUrl: z.url({ protocol: /^https?$/ }),
  htmlUrl: z.url({ protocol: /^https?$/ }).optional(),
});
export type OpmlOutline = z.infer<typeof OpmlOutlineSchema>;

export type OpmlRejectionCode = 'too_large' | 'xml_error' | 'not_opml' | 'no_feeds';

export type OpmlResult =
  | { readonly ok: true; readonly outlines: OpmlOutline[] }
  | { readonly ok: false; readonly code: OpmlRejectionCode; readonly message: string };

type Outline = Opml.Outline<string>;

/** Depth-first, so a folder's feeds keep the file's order; folders nest at most `depth` levels. */
function flatten(outlines: ReadonlyArray<Outline> | undefined, depth: number, out: Outline[]): Outline[] {
  if (!outlines || depth > 20) return out;
  for (const outline of outlines) {
    out.push(outline);
    flatten(outline.outlines, depth + 1, out);
  }
  return out;
}

function toOutline(outline: Outline): OpmlOutline | undefined {
  const xmlUrl = absoluteUrl(outline.xmlUrl, undefined);
  if (!xmlUrl) return undefined;
  const title = plainText(outline.title ?? outline.text, 1_000);
  const htmlUrl = absoluteUrl(outline.htmlUrl, undefined);
  const parsed = OpmlOutlineSchema.safeParse({ xmlUrl, ...(title ? { title } : {}), ...(htmlUrl ? { htmlUrl } : {}) });
  return parsed.success ? parsed.data : undefined;
}

const refuse = (code: OpmlRejectionCode, message: string): OpmlResult => ({ ok: false, code, message });

/** Parse an OPML file into feed outlines; a file without one feed is refused, with what to do. */
export function parseOpml(text: string): OpmlResult {
  if (text.length > DEFAULT_MAX_FEED_BYTES) {
    return refuse('too_large', `OPML too large: over ${DEFAULT_MAX_FEED_BYTES} characters; split the file.`);
  }
  const xml = stripDoctype(text.replace(/^\uFEFF/, ''));
  // The parser forgives mismatched tags; an import is a one-off the user can fix, so it is held to well-formed XML.
  const found = findXmlProblem(xml);
  const fixIt = 'fix the OPML file and import it again.';
  if (found) return refuse('xml_error', `XML error at line ${found.line}: ${found.message}; ${fixIt}`);
  let document: Opml.Document<string>;
  try {
    document = feedsmithParseOpml(xml);
  } catch (error) {
    if (error instanceof MalformedError) return refuse('xml_error', `XML error; ${fixIt}`);
    if (error instanceof ParseError) return refuse('not_opml', 'not OPML: no <opml><body> with outlines; export the list from your feed reader as OPML.');
    throw error;
  }
  const seen = new Set<string>();
  const outlines: OpmlOutline[] = [];
  for (const outline of flatten(document.body?.outlines, 0, [])) {
    const feed = toOutline(outline);
    if (!feed || seen.has(feed.xmlUrl)) continue;
    seen.add(feed.xmlUrl);
    outlines.push(feed);
  }
  if (outlines.length === 0) return refuse('no_feeds', 'no feeds in this OPML: no outline has an http(s) xmlUrl.');
  return { ok: true, outlines };
}

/** An OPML 2.0 document listing `sources`, titled `title`, dated `now`. */
export function exportOpml(sources: ReadonlyArray<OpmlOutline>, options: { title: string; now: Date }): string {
  const outlines = sources.map((source) => ({
    text: source.title ?? source.xmlUrl,
    ...(source.title ? { title: source.title } : {}),
    type: 'rss',
    xmlUrl: source.xmlUrl,
    ...(source.htmlUrl ? { htmlUrl: source.htmlUrl } : {}),
  }));
  if (outlines.length === 0) return emptyOpml(options.title, options.now); // feedsmith refuses an empty body
  return generateOpml({ head: { title: options.title, dateCreated: options.now }, body: { outlines } });
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function emptyOpml(title: string, now: Date): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<opml version="2.0">',
    `  <head>\n    <title>${escapeXml(title)}</title>\n    <dateCreated>${now.toUTCString()}</dateCreated>\n  </head>`,
    '  <body/>',
    '</opml>',
    '',
  ].join('\n');
}
