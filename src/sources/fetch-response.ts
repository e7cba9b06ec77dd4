// A final (non-redirect) response → a fetch result: status handling, the content-type check before the
// body is read, the Content-Length check, then the size-capped read and decode.
import type { Dispatcher } from 'undici';
import { decodeBody, discard, readLimited } from './fetch-body.js';
import { headerValue, isAccepted, mediaType, parseRetryAfter } from './fetch-headers.js';
import type { FetchFailure, FetchRequest, FetchResult } from './fetch-types.js';

export interface ResponseLimits {
  maxBytes: number;
  maxDecodedBytes: number;
  now: () => Date;
}

/** Reads a final (non-redirect) response into a result: 304, an HTTP error, or a checked and decoded 200 body. */
export async function settleResponse(response: Dispatcher.ResponseData, url: URL, request: FetchRequest, limits: ResponseLimits): Promise<FetchResult> {
  const { statusCode: status, headers, body } = response;
  const validators = {
    url: url.href,
    etag: headerValue(headers, 'etag'),
    lastModified: headerValue(headers, 'last-modified'),
    retryAfterMs: parseRetryAfter(headerValue(headers, 'retry-after'), limits.now()),
  };
  if (status === 304) {
    await body.dump();
    return { ok: true, status: 304, notModified: true, ...withoutUndefined(validators) };
  }
  if (status !== 200) {
    await body.dump();
    const retry = validators.retryAfterMs === undefined ? '' : `; retry after ${Math.ceil(validators.retryAfterMs / 1000)} s`;
    return failure('FETCH_HTTP_STATUS', `${url.host} answered HTTP ${status}${retry}`, { status, url: url.href, retryAfterMs: validators.retryAfterMs });
  }
  const contentType = headerValue(headers, 'content-type') ?? '';
  if (!isAccepted(mediaType(contentType), request.accept)) {
    discard(body);
    return failure('FETCH_CONTENT_TYPE', `${url.href} is ${mediaType(contentType)}, expected ${request.accept.join(' or ')}`, { status, url: url.href });
  }
  const declared = Number(headerValue(headers, 'content-length'));
  if (declared > limits.maxBytes) {
    discard(body);
    return failure('FETCH_TOO_LARGE', `${url.href} is ${declared} bytes, over the ${limits.maxBytes} limit; raise FETCH_MAX_BYTES if the source is genuine`, { status, url: url.href });
  }
  const raw = await readLimited(body, limits.maxBytes);
  const decoded = await decodeBody(raw, headerValue(headers, 'content-encoding'), limits.maxDecodedBytes);
  const bytes = new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
  return { ok: true, status: 200, body: bytes, contentType, ...withoutUndefined(validators) };
}

/** An expected failure as a value; undefined extras are left out so results compare and print cleanly. */
export function failure(code: FetchFailure['code'], message: string, extra: Omit<FetchFailure, 'ok' | 'code' | 'message'> = {}): FetchFailure {
  return { ok: false, code, message, ...withoutUndefined(extra) };
}

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
