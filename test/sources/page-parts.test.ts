// The extractor's parts on small inputs: paragraphs from markup, JSON-LD, notices, and the cleaner's short lines.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/sources/page-dom.js';
import { paragraphsOf } from '../../src/sources/page-paragraphs.js';
import { jsonLdArticle } from '../../src/sources/page-jsonld.js';
import { noticeOf } from '../../src/sources/page-notices.js';
import { restoreShortLines } from '../../src/sources/page-clean.js';
import { isLinkTeaser, proseChars } from '../../src/sources/page-prose.js';
import { preparePage } from '../../src/sources/page-prepare.js';
import { dropInert } from '../../src/sources/page-inert.js';

const body = (html: string) => {
  const doc = parsePage(`<html><body>${html}</body></html>`);
  if (!doc.body) throw new Error('no body');
  return { doc, body: doc.body };
};

describe('paragraphsOf', () => {
  it('when blocks nest and <br><br> separates lines then each block and each run is one paragraph, inline links kept', () => {
    const { body: b } = body('<div><h2>Cost</h2><p>One <a href="/x">linked</a> word.</p>text after<br><br>second run<ul><li>Item</li></ul></div>');
    expect(paragraphsOf(b).map((p) => [p.text, p.kind])).toEqual([
      ['Cost', 'heading'], ['One linked word.', 'text'], ['text after', 'text'], ['second run', 'text'], ['Item', 'item'],
    ]);
  });

  it('when a paragraph is all one link then its link share is 1 and it counts as a teaser', () => {
    const { body: b } = body('<p><a href="/other">Another story you may like</a></p><p>Plain prose, with <a href="/a">a link</a> inside it.</p>');
    const [teaser, prose] = paragraphsOf(b);
    expect(teaser?.linkShare).toBe(1);
    expect(teaser && isLinkTeaser(teaser)).toBe(true);
    expect(prose && isLinkTeaser(prose)).toBe(false);
  });
});

describe('preparePage', () => {
  it('when a caption class sits on <body> then the body stays, but captions and scripts go', () => {
    const { doc } = body('<figure><figcaption>Photo: Jane Roe</figcaption></figure><span class="image-caption">A caption</span><script>x()</script><p>Story.</p>');
    const withBodyClass = parsePage('<html><body class="f_caption_on"><div><p>Story.</p></div><span class="photo_credit">Jane Roe</span></body></html>');
    preparePage(withBodyClass, { captions: true });
    expect(withBodyClass.body?.textContent).toBe('Story.');
    preparePage(doc, { captions: true });
    expect(doc.body?.textContent).toBe('Story.');
  });
});

describe('jsonLdArticle', () => {
  it('when the blocks hold a broken one, a WebPage and an Article then the Article is read, author lists joined', () => {
    const doc = parsePage(`<html><head>
      <script type="application/ld+json">{oops</script>
      <script type="application/ld+json">[{"@type":"WebPage","name":"Home"},{"@type":"Article","headline":" A  title ","author":["Ann Lee",{"name":"Bo Chan"}],"publisher":"Daily Example","datePublished":"2026-01-02"}]</script>
      </head><body></body></html>`);
    expect(jsonLdArticle(doc)).toEqual({ headline: 'A title', author: 'Ann Lee, Bo Chan', publisher: 'Daily Example', datePublished: '2026-01-02' });
  });

  it('when no node is article-like then nothing is taken', () => {
    const doc = parsePage('<html><head><script type="application/ld+json">{"@type":"Organization","name":"Example Corp"}</script></head><body></body></html>');
    expect(jsonLdArticle(doc)).toEqual({});
  });
});

describe('noticeOf and proseChars', () => {
  it('when a text is a consent, paywall or crawl notice then its kind is named; ordinary prose is none', () => {
    expect(noticeOf('Manage your cookie preferences before you continue.')).toBe('consent_wall');
    expect(noticeOf('Subscribe to continue reading this story.')).toBe('paywall');
    expect(noticeOf('Got an HTTP 302 response at crawl time')).toBe('crawl_notice');
    expect(noticeOf('The mayor said the bridge would reopen next week.')).toBeUndefined();
  });

  it('when paragraphs are short labels then they are not prose', () => {
    const sentence = 'The council met on Tuesday and agreed on a new date.';
    expect(proseChars(['Menu', 'Top stories', sentence])).toBe(sentence.length);
  });
});

describe('restoreShortLines', () => {
  const para = (text: string) => ({ text, kind: 'text' as const, linkShare: 0 });
  it('when the cleaner dropped a short subheading then it is put back in place; junk and bare links stay out', () => {
    const raw = ['WASHINGTON (Reuters) - The first paragraph.', 'Cost', 'Share this article on Facebook', 'https://example.com/x', 'The last paragraph.'].map(para);
    const cleaned = ['The first paragraph.', 'The last paragraph.'];
    expect(restoreShortLines(raw, cleaned)).toEqual(['The first paragraph.', 'Cost', 'The last paragraph.']);
  });
});

describe('dropInert', () => {
  it('when a page has scripts, styles and comments then they are cut, JSON-LD and the text stay', () => {
    const html = '<head><script>var a="</p>";</script><style>p{}</style><script type="application/ld+json">{"@type":"Article"}</script></head><body><!-- c --><p>Text</p></body>';
    expect(dropInert(html)).toBe('<head><script type="application/ld+json">{"@type":"Article"}</script></head><body><p>Text</p></body>');
  });

  it('when thousands of scripts are never closed then it returns promptly with the input unchanged', () => {
    const html = '<p>a</p>' + '<script>'.repeat(20_000) + 'x'.repeat(100_000);
    const started = performance.now();
    expect(dropInert(html)).toBe(html);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
