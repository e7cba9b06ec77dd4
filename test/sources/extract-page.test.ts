// extractPage on hand-written pages: metadata from JSON-LD/OpenGraph/<link>, the publisher as the source,
// and non-articles refused with their reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage, type PageOutcome } from '../../src/sources/extract-page.js';
import { projectRoot } from '../../src/util/project-root.js';

const NOW = new Date('2026-03-05T00:00:00Z');
const page = (name: string) => readFileSync(join(projectRoot(), 'test', 'fixtures', 'pages', name), 'utf8');
const ok = (outcome: PageOutcome) => {
  if (!outcome.ok) throw new Error(`refused: ${outcome.code} ${outcome.message}`);
  return outcome.article;
};

describe('extractPage on a news article', () => {
  const article = ok(extractPage(page('news-article.html'), { url: 'https://gazette.example/news/harbour-bridge-reopens?utm_source=x', now: NOW }));

  it('when the page has JSON-LD and OpenGraph then the title, dates, author and language come from them', () => {
    expect(article.title).toBe('Harbour bridge reopens after two years of repairs');
    expect(article.publishedAt).toBe('2026-03-04T08:30:00.000Z');
    expect(article.modifiedAt).toBe('2026-03-04T12:15:00.000Z');
    expect(article.author).toBe('Mira Castell, Tom Ide');
    expect(article.language).toBe('en');
  });

  it('when og:site_name is set then it is the source, never the by-line or the photo credit', () => {
    expect(article.source.name).toBe('The Tidewater Gazette');
    expect(article.paragraphs.join('\n')).not.toMatch(/Lena Quist|Photo:|By Mira Castell/);
  });

  it('when the canonical link is relative then it is resolved against the page URL (tracking parameters gone)', () => {
    expect(article.url).toBe('https://gazette.example/news/harbour-bridge-reopens');
  });

  it('when the page links alternate feeds then RSS and Atom are found, and a JSON API link is not a feed', () => {
    expect(article.feeds).toEqual(['https://gazette.example/feeds/news.rss', 'https://gazette.example/feeds/all.atom']);
  });

  it('when the body has menus, a share line and a footer then only the story is kept, subheading included', () => {
    expect(article.paragraphs[0]).toMatch(/^The harbour bridge reopened to traffic on Tuesday morning/);
    expect(article.paragraphs).toContain('Cost');
    expect(article.paragraphs.join('\n')).not.toMatch(/Share this article|All rights reserved|Sport/);
    expect(article.paragraphs.at(-1)).toMatch(/speed limit of 50 km\/h/);
  });
});

describe('extractPage metadata fallbacks', () => {
  it('when the article node sits in an @graph then its headline, publisher, author and page URL are used', () => {
    const article = ok(extractPage(page('graph-article.html'), { now: NOW }));
    expect(article).toMatchObject({ title: 'Nachtzüge kehren zurück', source: { name: 'Bahnblatt' }, author: 'Jonas Weber' });
    expect(article.url).toBe('https://bahn.example/2026/nachtzuege');
    expect(article.publishedAt).toBe('2026-02-10T00:00:00.000Z');
    expect(article.language).toBe('de');
  });

  it('when no publisher is named then the host is the source, and no feed found is an empty list', () => {
    const html = page('graph-article.html').replace(/"publisher":\{[^}]*\},?/, '').replace(/<script[\s\S]*<\/script>/, '');
    const article = ok(extractPage(html, { url: 'https://www.rail-news.example/x', now: NOW }));
    expect(article.source.name).not.toMatch(/Weber/);
    expect(article.source.name.toLowerCase()).toContain('rail-news');
    expect(article.feeds).toEqual([]);
  });

  it('when the language and date metadata are unreadable then they are left out, not a failure', () => {
    const html = page('news-article.html')
      .replace('lang="en-GB"', 'lang="klingon-x-9"')
      .replace(/"inLanguage":"en-GB",/, '')
      .replace(/2026-03-04T08:30:00Z/g, 'soon');
    const article = ok(extractPage(html, { now: NOW }));
    expect(article.title).toMatch(/Harbour bridge/);
    expect(article.language).toBe('en');
  });
});

describe('extractPage refuses what is not an article', () => {
  const cases: [string, string][] = [
    ['cookie-wall.html', 'consent_wall'],
    ['paywall-stub.html', 'paywall'],
    ['tweet-location.html', 'crawl_notice'],
    ['wayback-notice.html', 'crawl_notice'],
    ['list-page.html', 'not_article'],
  ];
  it.each(cases)('when the page is %s then it is refused as %s with a message that says what to do', (name, code) => {
    const outcome = extractPage(page(name), { now: NOW });
    expect(outcome).toMatchObject({ ok: false, code });
    if (!outcome.ok) expect(outcome.message).toMatch(/^[^\n]{20,200}$/);
  });

  it('when the page has a title and one sentence then it is too little text', () => {
    const html = '<html><body><article><h1>Short</h1><p>The council met on Tuesday and agreed on a date.</p></article></body></html>';
    expect(extractPage(html, { now: NOW })).toMatchObject({ ok: false, code: 'too_little_text' });
  });

  it('when the input is not HTML at all then it is bad_html', () => {
    expect(extractPage('just some words, no markup', { now: NOW })).toMatchObject({ ok: false, code: 'bad_html' });
    expect(extractPage('', { now: NOW })).toMatchObject({ ok: false, code: 'bad_html' });
  });

  it('when an article page also carries a cookie banner then the article is still extracted', () => {
    const html = page('news-article.html').replace('<footer>', '<div class="banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div><footer>');
    expect(ok(extractPage(html, { now: NOW })).paragraphs.join(' ')).not.toMatch(/cookies/);
  });
});

describe('extractPage on an index page Readability accepts', () => {
  it('when most of the text is links to other stories then it is not an article', () => {
    const item = (n: number) => `<p><a href="/s${n}">Council approves the new school budget for the autumn term, number ${n}.</a></p>`;
    const html = `<html><body><article><h1>Today</h1>${Array.from({ length: 12 }, (_, n) => item(n)).join('')}</article></body></html>`;
    expect(extractPage(html, { now: NOW })).toMatchObject({ ok: false, code: 'not_article' });
  });
});
