// Reading a response body within limits: wire bytes counted while streaming, then decoded with a cap on
// the decoded size (zlib's maxOutputLength stops inflating at the cap, so a gzip bomb never expands).
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FetchFailureCode } from './fetch-types.js';

/** An expected body failure; the fetcher turns it into a { ok: false } result. */
export class BodyLimitError extends Error {
  constructor(readonly code: FetchFailureCode, message: string) {
    super(message);
    this.name = 'BodyLimitError';
  }
}

type Body = AsyncIterable<Uint8Array> & { destroy(): void; on(event: 'error', listener: () => void): unknown };

/** Stops reading a body we don't want. undici's body emits an AbortError on destroy(): ignored, or it crashes the process. */
export function discard(body: Body): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** Collects at most maxBytes from a stream; throws BodyLimitError (and stops reading) past it. */
export async function readLimited(body: Body, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      discard(body);
      throw new BodyLimitError('FETCH_TOO_LARGE', `the response is larger than ${maxBytes} bytes: cut off; raise FETCH_MAX_BYTES if the source is genuine`);
    }
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  return Buffer.concat(chunks, total);
}

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

async function decodeOne(data: Buffer, coding: string, maxOutputLength: number): Promise<Buffer> {
  const options = { maxOutputLength };
  if (coding === 'gzip' || coding === 'x-gzip') return gunzip(data, options);
  if (coding === 'br') return brotli(data, options);
  // "deflate" should be zlib-wrapped (RFC 9110 §8.4.1.2), but some servers send it raw.
  if (coding === 'deflate') {
    try {
      return await inflate(data, options);
    } catch (error) {
      if (isTooLarge(error)) throw error;
      return inflateRaw(data, options);
    }
  }
  if (coding === 'identity' || coding === '') return data;
  throw new BodyLimitError('FETCH_BAD_ENCODING', `the response uses content-encoding ${coding}, which is not supported`);
}

function isTooLarge(error: unknown): boolean {
  return error instanceof RangeError || (error as { code?: string } | null)?.code === 'ERR_BUFFER_TOO_LARGE';
}

/** Undoes Content-Encoding (listed in applied order, so decoded last-first) within maxDecodedBytes. */
export async function decodeBody(data: Buffer, contentEncoding: string | undefined, maxDecodedBytes: number): Promise<Buffer> {
  const codings = (contentEncoding ?? '').split(',').map((c) => c.trim().toLowerCase()).filter(Boolean).reverse();
  let out = data;
  for (const coding of codings) {
    try {
      out = await decodeOne(out, coding, maxDecodedBytes);
    } catch (error) {
      if (error instanceof BodyLimitError) throw error;
      if (isTooLarge(error)) {
        throw new BodyLimitError('FETCH_DECOMPRESSED_TOO_LARGE', `the response decompresses to more than ${maxDecodedBytes} bytes: refused (a compression bomb or an oversized source)`);
      }
      throw new BodyLimitError('FETCH_BAD_ENCODING', `the response's ${coding} data is corrupt: ${(error as Error).message}`);
    }
  }
  if (out.byteLength > maxDecodedBytes) {
    throw new BodyLimitError('FETCH_DECOMPRESSED_TOO_LARGE', `the response is larger than ${maxDecodedBytes} bytes after decoding: refused`);
  }
  return out;
}
