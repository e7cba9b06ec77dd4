// Feed bytes → text (BOM, HTTP charset, XML declaration, then UTF-8 with a windows-1252 fallback), and the
// prolog's DTD cut out before the parser sees it, so entity declarations (billion laughs) are never read.
// (A DOCTYPE anywhere else is not XML; the parser runs with entity processing off, so it expands nothing either.)
import { TextDecoder } from 'node:util';
import { reject, type FeedRejection } from './feed-types.js';

export const DEFAULT_MAX_FEED_BYTES = 10 * 1024 * 1024;

const sizeOf = (body: string | Uint8Array): number =>
  typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

/** `<?xml … encoding="…"?>` read from the first bytes as Latin-1 (the declaration itself is ASCII). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  return /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}

function decoderFor(label: string | undefined, fatal: boolean): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined; // an unknown label falls through to the next guess
  }
}

function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip));
  const named = decoderFor(charset, false) ?? decoderFor(declaredEncoding(bytes), false);
  if (named?.encoding === 'windows-1252') return decodeWindows1252(bytes); // also "iso-8859-1" (WHATWG)
  if (named && named.encoding !== 'utf-8') return named.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Undeclared legacy bytes: windows-1252 is what such feeds almost always are (and it never fails).
    return decodeWindows1252(bytes);
  }
}

// 0x80-0x9F in windows-1252 (curly quotes, dashes, €); Node 20's own decoder drops these bytes.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8_192) {
    const chunk = bytes.subarray(start, start + 8_192);
    let text = '';
    for (const byte of chunk) text += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    parts.push(text);
  }
  return parts.join('');
}

/** NUL bytes or many control characters in the first 4 KB: an image or archive, not a feed. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control > sample.length * 0.05;
}

/** Decode and check size and emptiness; the returned text still needs stripDoctype. */
export function decodeFeedBody(
  body: string | Uint8Array,
  options: { charset?: string; maxBytes?: number },
): { ok: true; text: string } | FeedRejection {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FEED_BYTES;
  const size = sizeOf(body);
  if (size > maxBytes) {
    return reject('too_large', `feed too large: ${size} bytes is over the ${maxBytes}-byte limit; use a feed with fewer items.`);
  }
  const text = typeof body === 'string' ? body.replace(/^\uFEFF/, '') : decodeBytes(body, options.charset);
  if (text.trim() === '') return reject('empty', 'empty feed: the response has no content; check the feed URL.');
  if (looksBinary(text)) return reject('binary', 'not a feed: looks like binary data (an image or archive); check the feed URL.');
  return { ok: true, text };
}

/**
 * Cut the prolog's `<!DOCTYPE …>` (with its internal subset) out of the text, keeping its newlines so XML error
 * line numbers stay right. Only the prolog can hold one; a "<!DOCTYPE" inside CDATA is content. Linear.
 */
export function stripDoctype(text: string): string {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at] ?? '')) at++;
    const close = text.startsWith('<?', at) ? '?>' : text.startsWith('<!--', at) ? '-->' : undefined;
    if (!close) break;
    const end = text.indexOf(close, at);
    if (end === -1) return text; // an unclosed prolog: the parser reports it
    at = end + close.length;
  }
  if (!text.startsWith('<!DOCTYPE', at) && !text.startsWith('<!doctype', at)) return text;
  const end = doctypeEnd(text, at + 9);
  return text.slice(0, at) + text.slice(at, end).replace(/[^\n]/g, '') + text.slice(end);
}

function doctypeEnd(text: string, from: number): number {
  let quote = '';
  let inSubset = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (!quote && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4); // a comment's apostrophe is not a quote
      if (close === -1) return text.length;
      i = close + 2;
    } else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') inSubset = true;
    else if (c === ']') inSubset = false;
    else if (c === '>' && !inSubset) return i + 1;
  }
  return text.length; // unterminated: the rest is DTD, and the parser will say the document is empty
}
