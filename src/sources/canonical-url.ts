// Canonical article URLs: one key for the same article however a feed, a share button or an AMP cache spelled
// its link. A dedupe key, not a URL to fetch (it may drop a `www.` the server needs). Pure: string in, string out.

/** Query parameters that only say who sent the reader (compared lower-cased; `utm_*` by prefix). */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'igshid', 'twclid', 'ttclid', 'li_fat_id', 'mc_cid', 'mc_eid',
  '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'vero_id', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', 's_cid', 'wt.mc_id',
  'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'cmp', 'icid', 'ocid', 'smid', 'smtyp', 'xtor', 'at_medium',
  'at_campaign', 'at_custom1', 'at_custom2', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'sr_share', 'ito',
  'taid', 'spm', 'share', 'rss',
  // AMP switches: the AMP rendering of an article is the article (and `outputType=amp`, below).
  'amp', 'amp_js_v', 'amp_gsa', 'usqp',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_'];

/** Host labels that name a rendering of the site, not another site; stripped while two labels remain. */
const RENDERING_LABELS = /^(?:www\d*|amp|m|mobile)\.(?=[^.]+\.)/;

export function isTrackingParam(name: string, value = ''): boolean {
  const lower = name.toLowerCase();
  if (lower === 'outputtype') return value.toLowerCase() === 'amp';
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** google.com/amp/s/HOST/PATH and HOST-WITH-DASHES.cdn.ampproject.org/c/s/HOST/PATH hold the publisher's URL. */
function unwrapAmpCache(url: URL): string | undefined {
  const cache = /\.cdn\.ampproject\.org$/.test(url.hostname)
    ? /^\/[cvi]\/(s\/)?(.+)$/.exec(url.pathname)
    : /^(?:www\.)?google\.[a-z.]+$/.test(url.hostname)
      ? /^\/amp\/(s\/)?(.+)$/.exec(url.pathname)
      : null;
  if (!cache?.[2]) return undefined;
  return `${cache[1] ? 'https' : 'http'}://${cache[2]}${url.search}`;
}

/** Unreserved characters but `.` decoded (`%7E` → `~`; `%2E` could make a `..`), other escapes upper-cased. */
function normaliseEscapes(path: string): string {
  return path.replace(/%[0-9a-f]{2}/gi, (escape) => {
    const char = String.fromCharCode(parseInt(escape.slice(1), 16));
    return /[A-Za-z0-9\-_~]/.test(char) ? char : escape.toUpperCase();
  });
}

/** Slashes collapsed; `/amp/…` prefix, `…/amp` suffix and `.amp.html` dropped; no trailing slash but the root's. */
function rewritePath(pathname: string): string {
  return normaliseEscapes(pathname)
    .replace(/\/{2,}/g, '/')
    .replace(/\/+$/, '')
    .replace(/^(?:\/amp)+(?=\/.)/i, '')
    .replace(/(?:\/amp)+\/?$/i, '')
    .replace(/(?:\.amp)+(\.html?)$/i, '$1')
    .replace(/(?:\.amp)+$/i, '')
    .replace(/\/+$/, '');
}

/** The rewrite repeated until nothing changes (one step can expose another: `/x/amp.amp`), so it is idempotent. */
function canonicalPath(pathname: string): string {
  let path = pathname;
  // Every rewrite that changes the path shortens it, so this ends.
  for (let next = rewritePath(path); next !== path; next = rewritePath(path)) path = next;
  return path === '' ? '/' : path;
}

/** Tracking parameters dropped; the rest sorted by name then value (their order never matters to a publisher). */
function canonicalQuery(params: URLSearchParams): string {
  const kept = [...params].filter(([name, value]) => !isTrackingParam(name, value));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = new URLSearchParams(kept).toString();
  return query === '' ? '' : `?${query}`;
}

function parse(text: string): URL | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The canonical form of an http(s) URL, or undefined for anything else. The URL parser lower-cases the scheme and
 * host, turns an IDN host into punycode and drops the default port; then credentials, the fragment, tracking and AMP
 * parameters go, `www.`/`amp.`/`m.` host labels and a trailing dot go, AMP caches are unwrapped, the path is
 * normalised (canonicalPath) and the query sorted. Idempotent: canonicalUrl(canonicalUrl(x)) === canonicalUrl(x).
 */
export function canonicalUrl(text: string): string | undefined {
  let url = parse(text);
  // An AMP cache may wrap another; each unwrap is shorter, so this ends.
  for (let inner = url && unwrapAmpCache(url); inner !== undefined; inner = url && unwrapAmpCache(url)) url = parse(inner);
  if (!url) return undefined;
  let host = url.hostname.replace(/\.+$/, '');
  while (RENDERING_LABELS.test(host)) host = host.replace(RENDERING_LABELS, '');
  if (host === '') return undefined;
  const port = url.port === '' ? '' : `:${url.port}`;
  return `${url.protocol}//${host}${port}${canonicalPath(url.pathname)}${canonicalQuery(url.searchParams)}`;
}
