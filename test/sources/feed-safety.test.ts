import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/sources/feed-parse.js';
import { stripDoctype } from '../../src/sources/feed-decode.js';
import { findXmlProblem } from '../../src/sources/feed-xml-check.js';

const NOW = new Date('2026-11-05T00:00:00Z');
const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));
const parse = (body: string | Uint8Array, extra: { charset?: string; maxBytes?: number } = {}) => parseFeed(body, { now: NOW, ...extra });

describe('parseFeed: refusals, one line each', () => {
  it('when the XML is malformed, then it is refused with the line of the first error', () => {
    expect(parse(fixture('malformed.xml'))).toEqual({
      ok: false,
      code: 'xml_error',
      message: 'XML error at line 3: closing tag </b> does not match <title> (line 3); the publisher must fix the feed.',
    });
  });

  it('when the body is an HTML page, then it is refused as "looks like an HTML page"', () => {
    const result = parse(fixture('html-page.html'));
    expect(result).toMatchObject({ ok: false, code: 'not_a_feed' });
    expect(!result.ok && result.message).toMatch(/^not a feed: looks like an HTML page; /);
  });

  it.each([
    ['empty', '', 'empty'],
    ['whitespace', ' \n\t ', 'empty'],
    ['comments only', '<?xml version="1.0"?><!-- nothing here -->', 'empty_feed'],
    ['other XML', '<?xml version="1.0"?><catalog><book/></catalog>', 'not_a_feed'],
    ['plain JSON', '{"name": "not a feed"}', 'not_a_feed'],
    ['plain text', 'hello world', 'not_a_feed'],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'binary'],
    ['an unclosed root', '<rss version="2.0"><channel><title>x</title>', 'xml_error'],
  ] as const)('when the body is %s, then it is refused with code %s', (_name, body, code) => {
    const result = parse(body);
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.message).not.toMatch(/\n/);
  });

  it('when the body is over maxBytes, then it is refused before parsing', () => {
    expect(parse('<rss version="2.0"><channel><title>x</title></channel></rss>', { maxBytes: 10 })).toMatchObject({ ok: false, code: 'too_large' });
  });
});

describe('parseFeed: no DTD, no entity expansion, bounded time', () => {
  it('when a feed declares a billion-laughs DTD, then it parses quickly and the entity stays unexpanded', () => {
    const started = performance.now();
    const result = parse(fixture('billion-laughs.xml'));
    expect(performance.now() - started).toBeLessThan(500);
    expect(result).toMatchObject({ ok: true, title: 'Laughs &j;', items: [{ guid: 'laugh-1', title: '&j;' }] });
  });

  it('when a DTD declares an external entity, then its reference stays a literal (nothing is fetched or read)', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&x;</title></channel></rss>';
    expect(parse(xxe)).toMatchObject({ ok: true, title: '&x;' });
  });

  it('when the prolog has a DOCTYPE, then stripDoctype removes it but keeps its newlines; "<!DOCTYPE" in CDATA stays', () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "b">\n]>\n<rss><![CDATA[<!DOCTYPE x>]]></rss>';
    expect(stripDoctype(text)).toBe('<?xml version="1.0"?>\n\n\n\n<rss><![CDATA[<!DOCTYPE x>]]></rss>');
  });

  it('when a feed is 5 MB, then it parses within a time bound', () => {
    const items = Array.from({ length: 9_000 }, (_, n) => `<item><guid>g${n}</guid><title>Story ${n}</title><description>${'word '.repeat(100)}</description></item>`).join('');
    const big = `<rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`;
    expect(big.length).toBeGreaterThan(5_000_000);
    const started = performance.now();
    const result = parse(big);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.ok && result.items.length).toBe(1_000); // the default maxItems
  });

  it('when elements nest 100,000 deep, then the feed is refused quickly instead of overflowing the stack', () => {
    const deep = `<rss version="2.0"><channel><title>x</title><item>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</item></channel></rss>`;
    const started = performance.now();
    expect(parse(deep)).toMatchObject({ ok: false, code: 'xml_error' });
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('when the XML error hunt meets a huge unbalanced document, then it answers in linear time', () => {
    const text = '<a>'.repeat(200_000);
    const started = performance.now();
    expect(findXmlProblem(text)).toEqual({ line: 1, message: '<a> (line 1) is never closed' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('parseFeed: character encodings', () => {
  const latin1Feed = (declared: string) =>
    Buffer.concat([Buffer.from(`<?xml version="1.0" encoding="${declared}"?><rss version="2.0"><channel><title>Caf`), Buffer.from([0xe9]), Buffer.from('</title></channel></rss>')]);

  it('when bytes declare ISO-8859-1, then the title decodes with it', () => {
    expect(parse(latin1Feed('ISO-8859-1'))).toMatchObject({ ok: true, title: 'Café' });
  });

  it('when the HTTP charset is given, then it wins over the XML declaration', () => {
    const utf8 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Café</title></channel></rss>');
    expect(parse(utf8, { charset: 'utf-8' })).toMatchObject({ ok: true, title: 'Café' });
  });

  it('when undeclared bytes are not UTF-8, then windows-1252 is assumed instead of U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('<rss version="2.0"><channel><title>'), Buffer.from([0x93, 0x68, 0x69, 0x94]), Buffer.from('</title></channel></rss>')]);
    expect(parse(bytes)).toMatchObject({ ok: true, title: '\u201chi\u201d' });
  });

  it('when the body starts with a UTF-16 byte-order mark, then it is decoded as UTF-16', () => {
    const text = '<rss version="2.0"><channel><title>Ünïcode</title></channel></rss>';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(parse(bytes)).toMatchObject({ ok: true, title: 'Ünïcode' });
  });
});
