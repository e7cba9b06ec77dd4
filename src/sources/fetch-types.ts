// The fetcher's contract: what a caller passes and the outcomes it gets back (expected failures are values).

export interface SafeFetchOptions {
  /** Lifts the public-address and port rules (FETCH_ALLOW_PRIVATE): tests, the demo, intranet feeds. */
  allowPrivate: boolean;
  userAgent: string;
  /** Whole fetch, every redirect hop and the body included. */
  timeoutMs: number;
  /** Bytes on the wire (Content-Length up front, then counted while streaming). */
  maxBytes: number;
  /** Bytes after gzip/deflate/br decoding (a compression bomb stops here); default 4 × maxBytes. */
  maxDecompressedBytes?: number;
  maxRedirects: number;
  /** Default 80 and 443; ignored when allowPrivate is on (any port then). */
  allowedPorts?: readonly number[];
  /**
   * Which IP addresses count as public; default ipaddr.js 'unicast' only. Tests swap it (e.g. to treat
   * 127.0.0.2 as public) to exercise the refusal paths against local servers.
   */
  isPublicAddress?: (address: string) => boolean;
  /**
   * How port and address refusals end: what the reader can do about one. Default LIFT_HINT, the operator's
   * FETCH_ALLOW_PRIVATE; the chats' fetcher says something a chat user can act on instead.
   */
  liftHint?: string;
  /** The clock for Retry-After dates; default the system clock. */
  now?: () => Date;
}

export interface FetchRequest {
  /** Acceptable media types: exact, `type/*` or `*\/*`. */
  accept: readonly string[];
  /** Validators from the last 200, sent as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  signal?: AbortSignal;
}

interface Validators {
  /** The final URL, after redirects. */
  url: string;
  etag?: string;
  lastModified?: string;
  retryAfterMs?: number;
}

/** `body` is decoded (gzip/deflate/br undone) but not charset-decoded; `contentType` is the header as sent ('' if none). */
export type FetchOk = Validators & { ok: true; status: 200; body: Uint8Array; contentType: string };
export type FetchNotModified = Validators & { ok: true; status: 304; notModified: true };

export type FetchFailureCode =
  | 'FETCH_BAD_URL' | 'FETCH_SCHEME' | 'FETCH_PORT' | 'FETCH_ADDRESS_REFUSED'
  | 'FETCH_TOO_MANY_REDIRECTS' | 'FETCH_BAD_REDIRECT' | 'FETCH_TIMEOUT' | 'FETCH_ABORTED'
  | 'FETCH_TOO_LARGE' | 'FETCH_DECOMPRESSED_TOO_LARGE' | 'FETCH_BAD_ENCODING'
  | 'FETCH_CONTENT_TYPE' | 'FETCH_HTTP_STATUS' | 'FETCH_NETWORK';

export interface FetchFailure {
  ok: false;
  code: FetchFailureCode;
  /** One line that says what happened and, where it can, what to do. */
  message: string;
  status?: number;
  retryAfterMs?: number;
  url?: string;
}

export type FetchResult = FetchOk | FetchNotModified | FetchFailure;

export type FetchUrl = (url: string, request: FetchRequest) => Promise<FetchResult>;

export interface SafeFetch {
  fetchUrl: FetchUrl;
  /** Closes the keep-alive connections (shutdown, tests). */
  close(): Promise<void>;
}
