import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportOpml, parseOpml, type OpmlOutline } from '../../src/sources/opml.js';

const NOW = new Date('2026-11-05T00:00:00Z');
const sample = readFileSync(new URL('../fixtures/feeds/subscriptions.opml', import.meta.url), 'utf8');

describe('parseOpml', () => {
  it('when outlines sit in folders, repeat a feed or have no http(s) xmlUrl, then feeds come out flat, once each, in order', () => {
    expect(parseOpml(sample)).toEqual({
      ok: true,
      outlines: [
        { title: 'Harbour Gazette', xmlUrl: 'https://gazette.example/rss.xml', htmlUrl: 'https://gazette.example/' },
        { title: 'Valley Courier (RDF)', xmlUrl: 'https://valley.example/rss' }, // title wins over text
      ],
    });
  });

  it('when the file is not OPML, then it is refused with what to do', () => {
    expect(parseOpml('<html><body>hi</body></html>')).toMatchObject({ ok: false, code: 'not_opml' });
  });

  it('when the XML is broken, then the refusal names the line', () => {
    const result = parseOpml('<opml version="2.0">\n<body>\n<outline text="x" xmlUrl="https://a.example/f"></body></opml>');
    expect(result).toMatchObject({ ok: false, code: 'xml_error' });
    expect(!result.ok && result.message).toMatch(/^XML error at line 3: /);
  });

  it('when no outline is a feed, then it is refused as "no feeds"', () => {
    expect(parseOpml('<opml version="2.0"><body><outline text="folder"/></body></opml>')).toMatchObject({ ok: false, code: 'no_feeds' });
  });

  it('when the OPML declares entities in a DTD, then they are not expanded', () => {
    const text = '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY t "EXPANDED">]><opml version="2.0"><body><outline text="&t;" xmlUrl="https://a.example/f"/></body></opml>';
    expect(parseOpml(text)).toEqual({ ok: true, outlines: [{ title: '&t;', xmlUrl: 'https://a.example/f' }] });
  });
});

describe('exportOpml', () => {
  it('when sources are exported and parsed back, then the round trip gives the same outlines', () => {
    const sources: OpmlOutline[] = [
      { title: 'Tom & Jerry "News" <daily>', xmlUrl: 'https://a.example/feed?x=1&y=2', htmlUrl: 'https://a.example/' },
      { xmlUrl: 'https://b.example/atom.xml' },
    ];
    const text = exportOpml(sources, { title: 'newsbrief sources', now: NOW });
    expect(text).toContain('<dateCreated>Thu, 05 Nov 2026 00:00:00 GMT</dateCreated>');
    expect(parseOpml(text)).toEqual({
      ok: true,
      outlines: [sources[0], { title: 'https://b.example/atom.xml', xmlUrl: 'https://b.example/atom.xml' }], // text falls back to the URL
    });
  });

  it('when the sample file is imported, exported and imported again, then nothing changes', () => {
    const first = parseOpml(sample);
    if (!first.ok) throw new Error(first.message);
    expect(parseOpml(exportOpml(first.outlines, { title: 'x', now: NOW }))).toEqual(first);
  });

  it('when there are no sources, then a valid empty OPML document is written', () => {
    const text = exportOpml([], { title: 'A & B', now: NOW });
    expect(text).toContain('<title>A &amp; B</title>');
    expect(parseOpml(text)).toMatchObject({ ok: false, code: 'no_feeds' });
  });
});
