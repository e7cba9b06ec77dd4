// Pure helpers for the fetcher's headers: Retry-After, content-type matching, conditional GET.

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined if unusable. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

/** The media type of a Content-Type header, lower-cased without parameters; a missing one is octet-stream (RFC 9110 §8.3). */
export function mediaType(contentType: string | undefined): string {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type || 'application/octet-stream';
}

/** Whether a media type is one of `accept`: exact, `type/*` or `*\/*`. */
export function isAccepted(type: string, accept: readonly string[]): boolean {
  const [major] = type.split('/');
  return accept.some((pattern) => {
    const p = pattern.trim().toLowerCase();
    return p === '*/*' || p === type || p === `${major}/*`;
  });
}

/** Request headers for one fetch: UA, Accept, encodings we can decode, and the validators for a conditional GET. */
export function requestHeaders(input: {
  userAgent: string;
  accept: readonly string[];
  etag?: string;
  lastModified?: string;
}): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': input.userAgent,
    accept: input.accept.join(', '),
    'accept-encoding': 'gzip, deflate, br',
  };
  if (input.etag) headers['if-none-match'] = input.etag;
  if (input.lastModified) headers['if-modified-since'] = input.lastModified;
  return headers;
}

/** One header value from undici's header record (arrays joined, as HTTP allows for list headers). */
export function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Content types for the wiring step: feeds (some servers label them text/plain or octet-stream) and HTML pages. */
export const FEED_CONTENT_TYPES: readonly string[] = [
  'application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/rdf+xml',
  'application/xml', 'text/xml', 'application/json', 'text/plain', 'application/octet-stream',
];
export const PAGE_CONTENT_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml'];
