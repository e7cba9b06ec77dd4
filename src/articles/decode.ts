// Bytes → text, refusing what is not text: too large, empty, binary, or not valid UTF-8.
import { fail, type Result } from './clean-types.js';

// Magic numbers of formats people drop into an inbox by mistake.
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['gzip archive', [0x1f, 0x8b]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
];

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** Control characters other than tab, newline, carriage return and form feed. */
function controlRatio(codes: ArrayLike<number>, limit: number): { nul: boolean; ratio: number } {
  const n = Math.min(codes.length, limit);
  let control = 0;
  let nul = false;
  for (let i = 0; i < n; i++) {
    const c = codes[i] ?? 0;
    if (c === 0) nul = true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) control++;
  }
  return { nul, ratio: n === 0 ? 0 : control / n };
}

const MB = 1024 * 1024;
const KB = 1024;
const figure = (bytes: number): string => {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  if (bytes >= KB) return `${Number((bytes / KB).toFixed(1))} KB`;
  return `${bytes} bytes`;
};

/**
 * The one wording of the size limit, for files refused before reading and for inputs refused here.
 * @example tooLargeMessage(3_250_586, 2_097_152) // '3.1 MB is over the 2 MB limit (MAX_ARTICLE_BYTES=2097152); …'
 */
export function tooLargeMessage(size: number, maxBytes: number): string {
  // When rounding makes both figures equal ("2 MB is over the 2 MB limit"), exact bytes say it better.
  const [real, cap] = figure(size) === figure(maxBytes) ? [`${size} bytes`, `${maxBytes}-byte`] : [figure(size), figure(maxBytes)];
  return `${real} is over the ${cap} limit (MAX_ARTICLE_BYTES=${maxBytes}); split the article or raise MAX_ARTICLE_BYTES.`;
}

const binaryError = (what: string) =>
  fail('binary', `This looks like ${what}, not article text; save the article as plain UTF-8 text or JSON and try again.`);

function checkText(text: string): Result<string> {
  // UTF-16 code units are enough here: every control character is in the BMP.
  const sample = text.slice(0, 8192);
  const codes = new Uint16Array(sample.length);
  for (let i = 0; i < sample.length; i++) codes[i] = sample.charCodeAt(i);
  const { nul, ratio } = controlRatio(codes, codes.length);
  if (nul || ratio > 0.05) return binaryError('binary data');
  if (text.trim() === '') return fail('empty', 'The article is empty (only whitespace); add the article text and try again.');
  return { ok: true, value: text };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Result<string> {
  try {
    return checkText(new TextDecoder(encoding, { fatal: true }).decode(bytes));
  } catch {
    return fail('invalid_utf8', `The file starts with a UTF-16 byte-order mark but is not valid UTF-16; re-save it as UTF-8.`);
  }
}

/**
 * Decode input bytes to text. Strings are only checked. Size is checked before decoding.
 * A UTF-8 BOM is dropped; UTF-16 with a BOM is accepted.
 */
export function decodeInput(input: Uint8Array | string, maxBytes: number): Result<string> {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes) {
    return fail('too_large', tooLargeMessage(size, maxBytes));
  }
  if (size === 0) return fail('empty', 'The article is empty (0 bytes); add the article text and try again.');
  if (typeof input === 'string') return checkText(input.replace(/^\uFEFF/, ''));

  if (startsWith(input, [0xff, 0xfe])) return decodeUtf16(input.subarray(2), 'utf-16le');
  if (startsWith(input, [0xfe, 0xff])) return decodeUtf16(input.subarray(2), 'utf-16be');
  for (const [what, sig] of MAGIC) if (startsWith(input, sig)) return binaryError(`a ${what}`);
  const { nul, ratio } = controlRatio(input, 8192);
  if (nul || ratio > 0.05) return binaryError('binary data');

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    return fail('invalid_utf8', 'The file is not valid UTF-8 (perhaps Latin-1 or Windows-1252); re-save it as UTF-8 and try again.');
  }
  return checkText(text);
}
