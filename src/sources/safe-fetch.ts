// The one way newsbrief fetches a user-given URL: SSRF-guarded (address-guard + fetch-agent), redirects
// followed by hand and re-checked per hop, one deadline for the whole fetch, size and decoded-size caps,
// a content-type check before the body is read, and conditional GET.
import { request as undiciRequest } from 'undici';
import { AddressRefusedError, DEFAULT_ALLOWED_PORTS, checkTarget, type TargetPolicy } from './address-guard.js';
import { createFetchAgent } from './fetch-agent.js';
import { BodyLimitError } from './fetch-body.js';
import { headerValue, requestHeaders } from './fetch-headers.js';
import { failure, settleResponse, type ResponseLimits } from './fetch-response.js';
import type { FetchFailure, FetchRequest, FetchResult, SafeFetch, SafeFetchOptions } from './fetch-types.js';

export type * from './fetch-types.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

export function createSafeFetch(options: SafeFetchOptions): SafeFetch {
  const { allowPrivate, timeoutMs, isPublicAddress: isPublic, liftHint } = options;
  const policy: TargetPolicy = { allowPrivate, allowedPorts: options.allowedPorts ?? DEFAULT_ALLOWED_PORTS, isPublic, ...(liftHint === undefined ? {} : { liftHint }) };
  const agent = createFetchAgent({ allowPrivate, timeoutMs, isPublic, ...(liftHint === undefined ? {} : { liftHint }) });
  const limits: ResponseLimits = {
    maxBytes: options.maxBytes,
    maxDecodedBytes: options.maxDecompressedBytes ?? options.maxBytes * 4,
    now: options.now ?? (() => new Date()),
  };

  /** Follows redirects by hand so every hop passes checkTarget (and the connector's address check). */
  async function follow(start: string, request: FetchRequest, signal: AbortSignal, at: { url: string }): Promise<FetchResult> {
    const headers = requestHeaders({ userAgent: options.userAgent, accept: request.accept, etag: request.etag, lastModified: request.lastModified });
    for (let hop = 0; ; hop += 1) {
      const target = checkTarget(at.url, policy);
      if (!target.ok) return failure(target.code, target.message, { url: at.url });
      const response = await undiciRequest(target.url, { dispatcher: agent, method: 'GET', headers, signal });
      if (!REDIRECTS.has(response.statusCode)) return settleResponse(response, target.url, request, limits);
      await response.body.dump();
      const location = headerValue(response.headers, 'location');
      if (!location) return failure('FETCH_BAD_REDIRECT', `${target.url.href} redirects (HTTP ${response.statusCode}) without a Location`, { status: response.statusCode, url: at.url });
      if (hop >= options.maxRedirects) {
        return failure('FETCH_TOO_MANY_REDIRECTS', `${start} redirects more than ${options.maxRedirects} times; give the final URL or raise FETCH_MAX_REDIRECTS`, { url: at.url });
      }
      const next = resolveLocation(location, target.url);
      if (!next) return failure('FETCH_BAD_REDIRECT', `${target.url.href} redirects to ${location.slice(0, 200)}, which is not a URL`, { status: response.statusCode, url: at.url });
      at.url = next.href;
    }
  }

  async function fetchUrl(url: string, request: FetchRequest): Promise<FetchResult> {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), options.timeoutMs);
    const signal = request.signal ? AbortSignal.any([deadline.signal, request.signal]) : deadline.signal;
    const at = { url };
    try {
      return await follow(url, request, signal, at);
    } catch (error) {
      return failureFrom(error, { url: at.url, timedOut: deadline.signal.aborted, timeoutMs: options.timeoutMs });
    } finally {
      clearTimeout(timer);
    }
  }

  return { fetchUrl, close: () => agent.close() };
}

/** Thrown errors → results: our own classes keep their code; undici's become timeout or network failures. */
function failureFrom(error: unknown, context: { url: string; timedOut: boolean; timeoutMs: number }): FetchFailure {
  const { url } = context;
  const refused = findCause(error, (e) => e instanceof AddressRefusedError);
  if (refused) return failure('FETCH_ADDRESS_REFUSED', refused.message, { url });
  if (error instanceof BodyLimitError) return failure(error.code, error.message, { url });
  const code = (error as { code?: unknown } | null)?.code;
  if (context.timedOut || (typeof code === 'string' && TIMEOUT_CODES.has(code))) {
    return failure('FETCH_TIMEOUT', `${url} did not answer in full within ${context.timeoutMs} ms; the source is slow or down (FETCH_TIMEOUT_MS)`, { url });
  }
  // A caller's AbortSignal.timeout() aborts with a TimeoutError reason: still the caller's cancel, not a network fault.
  const name = (error as Error | null)?.name;
  if (name === 'AbortError' || name === 'TimeoutError' || code === 'UND_ERR_ABORTED') return failure('FETCH_ABORTED', `fetching ${url} was cancelled`, { url });
  const detail = error instanceof Error ? `${typeof code === 'string' ? `${code}: ` : ''}${error.message}` : String(error);
  return failure('FETCH_NETWORK', `${url} could not be fetched (${detail.split('\n')[0]}); check the address or try later`, { url });
}

/** URL.parse would do, but it needs Node 20.18+ and engines says >=20. */
function resolveLocation(location: string, base: URL): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}

function findCause(error: unknown, test: (e: unknown) => boolean): Error | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    if (test(e)) return e as Error;
  }
  return undefined;
}
