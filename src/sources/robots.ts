// robots.txt for page fetches (RFC 9309), parsed by robots-parser and cached per origin.
//   200            → its rules (robots-parser matches our product token, e.g. "newsbrief").
//   400–499        → "unavailable": everything allowed (§2.3.1.3); 429 excepted, see below.
//   5xx, 429, network error or timeout → "unreachable": everything disallowed (§2.3.1.4), re-tried after
//                    a shorter while (min(ttlMs, 10 min)) so a server hiccup doesn't block pages for a day.
//   Refused by the SSRF guard → disallowed (the page itself would be refused too).
// Redirects are followed by fetchUrl (§2.3.1.2). Cached at most 24 h (§2.4), whatever ttlMs says.
import robotsParserModule from 'robots-parser';
import type { FetchUrl } from './fetch-types.js';

// robots-parser is CommonJS (module.exports = fn) but its types say `export default fn`: under NodeNext the
// default import is that function at runtime, while TypeScript sees the module object.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

const MAX_TTL_MS = 24 * 60 * 60 * 1000;
const UNREACHABLE_TTL_MS = 10 * 60 * 1000;
/** Origins remembered; the oldest is dropped past this, so a long-running bot's cache stays bounded. */
const MAX_ORIGINS = 2000;

export interface RobotsOptions {
  fetchUrl: FetchUrl;
  /** The bot's User-Agent; robots-parser matches its product token (the part before "/"). */
  userAgent: string;
  now: () => Date;
  ttlMs: number;
}

export interface Robots {
  /** Whether the bot may fetch this page; an unparsable URL is not allowed. */
  allowed(url: string): Promise<boolean>;
}

type Rules = (url: string) => boolean;
interface Entry {
  rules: Promise<Rules>;
  expiresAt: number;
}

const allowAll: Rules = () => true;
const disallowAll: Rules = () => false;

export function createRobots(options: RobotsOptions): Robots {
  const ttl = Math.min(options.ttlMs, MAX_TTL_MS);
  const cache = new Map<string, Entry>();

  /** Fetches and parses one origin's robots.txt; sets the entry's expiry by outcome. */
  async function load(origin: string, entry: Entry): Promise<Rules> {
    const robotsUrl = `${origin}/robots.txt`;
    const result = await options.fetchUrl(robotsUrl, { accept: ['text/plain', '*/*'] });
    if (result.ok && result.status === 200) {
      const robot = robotsParser(robotsUrl, Buffer.from(result.body).toString('utf8'));
      // isAllowed is undefined only for a URL of another origin, which `allowed` never passes.
      return (url) => robot.isAllowed(url, options.userAgent) !== false;
    }
    const status = result.ok ? undefined : result.status;
    if (status !== undefined && status >= 400 && status < 500 && status !== 429) return allowAll;
    // 429 is treated like 5xx (as Google does): the server asks us to back off.
    entry.expiresAt = options.now().getTime() + Math.min(ttl, UNREACHABLE_TTL_MS);
    return disallowAll;
  }

  function rulesFor(origin: string): Promise<Rules> {
    const nowMs = options.now().getTime();
    const cached = cache.get(origin);
    if (cached && cached.expiresAt > nowMs) return cached.rules;
    cache.delete(origin);
    const entry: Entry = { rules: Promise.resolve(disallowAll), expiresAt: nowMs + ttl };
    // In-flight requests share one fetch: the entry is cached before the fetch resolves.
    entry.rules = load(origin, entry).catch(() => {
      entry.expiresAt = options.now().getTime() + Math.min(ttl, UNREACHABLE_TTL_MS);
      return disallowAll;
    });
    cache.set(origin, entry);
    if (cache.size > MAX_ORIGINS) cache.delete(cache.keys().next().value as string);
    return entry.rules;
  }

  async function allowed(url: string): Promise<boolean> {
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      return false;
    }
    if (origin === 'null') return false;
    const rules = await rulesFor(origin);
    return rules(url);
  }

  return { allowed };
}
