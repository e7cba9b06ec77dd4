import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, isTrackingParam, TRACKING_PARAMS } from '../../src/sources/canonical-url.js';

const ARTICLE = 'https://example.com/world/2026/12/01/flood-warning';

describe('canonicalUrl', () => {
  it.each([
    ['HTTPS://Example.COM:443/world/2026/12/01/flood-warning', 'scheme, host case and the default port'],
    ['https://www.example.com/world/2026/12/01/flood-warning/', 'a www. host and a trailing slash'],
    ['https://example.com/world/2026/12/01/flood-warning#comments', 'a fragment'],
    ['https://user:pw@example.com/world/2026/12/01/flood-warning', 'credentials'],
    ['https://example.com./world/2026/12/01/flood-warning', "the host's trailing dot"],
    ['https://example.com//world/2026//12/01/flood-warning', 'doubled slashes'],
    ['https://example.com/world/2026/12/01/flood-warning?utm_source=rss&utm_medium=feed&UTM_Campaign=x', 'utm_* in any case'],
    ['https://example.com/world/2026/12/01/flood-warning?fbclid=IwAR0&gclid=abc&mc_cid=1&mc_eid=2', 'click ids'],
    ['https://example.com/world/2026/12/01/flood-warning?igshid=1&yclid=2&_ga=3&ref=home&ref_src=twsrc', 'more trackers'],
    ['https://example.com/world/2026/12/01/flood-warning/amp', 'an /amp suffix'],
    ['https://example.com/world/2026/12/01/flood-warning/amp/', 'an /amp/ suffix'],
    ['https://example.com/amp/world/2026/12/01/flood-warning', 'an /amp/ prefix'],
    ['https://amp.example.com/world/2026/12/01/flood-warning', 'an amp. host'],
    ['https://m.example.com/world/2026/12/01/flood-warning', 'a mobile m. host'],
    ['https://example.com/world/2026/12/01/flood-warning?amp=1', '?amp=1'],
    ['https://example.com/world/2026/12/01/flood-warning?amp', '?amp'],
    ['https://example.com/world/2026/12/01/flood-warning?outputType=amp', '?outputType=amp'],
    ['https://example-com.cdn.ampproject.org/c/s/example.com/world/2026/12/01/flood-warning/amp', 'the AMP cache'],
    ['https://www.google.com/amp/s/www.example.com/world/2026/12/01/flood-warning', "Google's AMP viewer"],
    ['https://example.com/world/2026/12/01/flood%2Dwarning', 'an escaped unreserved character'],
  ])('when the link is %s then it is the article (%s)', (link) => {
    expect(canonicalUrl(link)).toBe(ARTICLE);
  });

  it('when the page is .amp.html then it is the .html page', () => {
    expect(canonicalUrl('https://example.com/news/story-1.amp.html')).toBe('https://example.com/news/story-1.html');
  });

  it('when real parameters remain then they are sorted and kept, trackers dropped', () => {
    expect(canonicalUrl('https://example.com/article.php?utm_source=x&page=2&id=42&id=7')).toBe(
      'https://example.com/article.php?id=42&id=7&page=2',
    );
  });

  it('when the host is an IDN then it is punycode, and a non-default port stays', () => {
    expect(canonicalUrl('http://Bücher.example:8080/a/')).toBe('http://xn--bcher-kva.example:8080/a');
  });

  it('when outputType is not amp then it is kept (it picks another document)', () => {
    expect(canonicalUrl('https://example.com/a?outputType=print')).toBe('https://example.com/a?outputType=print');
  });

  it('when the root is linked then its slash stays', () => {
    expect(canonicalUrl('https://www.Example.com')).toBe('https://example.com/');
  });

  it.each(['not a url', '', 'ftp://example.com/file', 'javascript:alert(1)', 'mailto:a@example.com', 'http://./'])(
    'when the input is %j then it is undefined',
    (input) => {
      expect(canonicalUrl(input)).toBeUndefined();
    },
  );

  it('when different articles differ in path or a real parameter then their keys differ', () => {
    expect(canonicalUrl('https://example.com/a')).not.toBe(canonicalUrl('https://example.com/b'));
    expect(canonicalUrl('https://example.com/a?id=1')).not.toBe(canonicalUrl('https://example.com/a?id=2'));
    expect(canonicalUrl('https://example.com/a')).not.toBe(canonicalUrl('https://other.example/a'));
  });
});

/** Links as feeds carry them: odd case, www./amp. hosts, amp and trailing-slash paths, queries, fragments. */
const links = fc
  .tuple(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.constantFrom('', 'www.', 'amp.', 'm.', 'WWW.'),
    fc.constantFrom('', '/', '/amp', '/amp/', '.amp.html', '//', '/%7Ex', '/%2e%2E/y', '/amp.amp'),
    fc.boolean(),
  )
  .map(([url, prefix, suffix, upper]) => {
    const parsed = new URL(url);
    const text = `${parsed.protocol}//${prefix}${parsed.host}${parsed.pathname}${suffix}${parsed.search}${parsed.hash}`;
    return upper ? text.toUpperCase() : text;
  });

const trackers = fc.array(
  fc.tuple(
    fc.oneof(fc.constantFrom(...TRACKING_PARAMS), fc.string({ minLength: 1, maxLength: 8 }).map((s) => `utm_${s}`)),
    fc.string({ maxLength: 10 }),
  ),
  { minLength: 1, maxLength: 4 },
);

describe('canonicalUrl properties', () => {
  it('when canonicalised twice then the result is the same as once', () => {
    fc.assert(
      fc.property(links, (link) => {
        const once = canonicalUrl(link);
        expect(once === undefined ? undefined : canonicalUrl(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('when tracking parameters are added anywhere then the result does not change', () => {
    fc.assert(
      fc.property(links, trackers, fc.boolean(), (link, added, first) => {
        const url = new URL(link);
        const params = [...url.searchParams];
        const mixed = first ? [...added, ...params] : [...params, ...added];
        url.search = new URLSearchParams(mixed).toString();
        expect(canonicalUrl(url.toString())).toBe(canonicalUrl(link));
      }),
      { numRuns: 2000 },
    );
  });

  it('when a parameter is a tracker then isTrackingParam says so in any case', () => {
    for (const name of TRACKING_PARAMS) expect(isTrackingParam(name.toUpperCase())).toBe(true);
    expect(isTrackingParam('id')).toBe(false);
    expect(isTrackingParam('page')).toBe(false);
  });
});
