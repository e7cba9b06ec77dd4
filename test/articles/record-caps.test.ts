// One-line record fields are cleaned and capped by the record schema: on build and on every read.
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/articles/build-record.js';
import { FIELD_CAPS, capLength, stripInvisible } from '../../src/articles/one-line.js';
import { articleRecordSchema, type ArticleRecord } from '../../src/articles/record.js';
import { createKeyvArticleStore } from '../../src/store/keyv-article-store.js';
import { openStore } from '../../src/store/open-store.js';

const NOW = new Date('2026-11-27T09:00:00.000Z');
const BODY = 'The council met on Tuesday and agreed a new budget for the harbour district.\n\nMembers voted 12 to 3 in favour.';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

function build(fields: Record<string, unknown>): ArticleRecord {
  const outcome = buildRecord(JSON.stringify({ text: BODY, ...fields }), { now: NOW, maxBytes: 1_000_000 });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.record;
}

describe('record field caps', () => {
  it('when a JSON article has a 4100-character title then the record title is cut to the cap with "…"', () => {
    for (const title of ['x'.repeat(4100), 'a&b'.repeat(1400), 'y𝕏'.repeat(1400)]) {
      const record = build({ title });
      expect(record.title.length, title.slice(0, 6)).toBeLessThanOrEqual(FIELD_CAPS.title);
      expect(record.title.length).toBeGreaterThan(FIELD_CAPS.title - 3);
      expect(record.title.endsWith('…')).toBe(true);
      expect(record.title).not.toMatch(LONE_SURROGATE);
    }
  });

  it('when an over-long title has spaces then it is cut at a word boundary', () => {
    const record = build({ title: 'Council agrees harbour budget '.repeat(20) });
    expect(record.title).toMatch(/ (Council|agrees|harbour|budget)…$/);
    expect(record.title.length).toBeLessThanOrEqual(FIELD_CAPS.title);
  });

  it('when the outlet name is 400 characters then it is capped at 100', () => {
    const record = build({ title: 'Budget agreed', source: `Harbour ${'Gazette '.repeat(50)}` });
    expect(record.source.name.length).toBeLessThanOrEqual(FIELD_CAPS.sourceName);
    expect(record.source.name).toMatch(/^Harbour Gazette .*…$/);
  });

  it('when the title holds bidi overrides, isolates and control characters then they are stripped', () => {
    const record = build({ title: 'Invoice \u202egnp.exe\u202c for\u2066 the\u2069 \u0007council\u200f', source: 'Wire\u202e Service' });
    expect(record.title).toBe('Invoice gnp.exe for the council');
    expect(record.source.name).toBe('Wire Service');
    expect(record.title).not.toMatch(BIDI);
  });

  it('when a record stored before the caps has a long title, bidi role and junk entity then it still reads, capped', async () => {
    const store = await openStore('memory://');
    const hash = 'ab'.repeat(32);
    const old = {
      id: hash.slice(0, 16), title: `${'Long '.repeat(1000)}end`, paragraphs: ['Lukashenko spoke.'], source: { name: 'N'.repeat(300) },
      publishedAt: '2025-09-12T00:00:00.000Z', ingestedAt: '2025-09-12T01:00:00.000Z', language: 'en', contentHash: hash,
      translations: [{ language: 'ru', label: `Рус\u202e${'ский '.repeat(100)}` }],
      entities: [
        { type: 'PERSON', text: 'Lukashenko', name: 'Alexander Lukashenko', paragraph: 0, start: 0, end: 10, role: `President\u202e ${'x'.repeat(300)}` },
        { type: 'PERSON', text: 'Lukashenko', name: 'Q'.repeat(5000), paragraph: 0, start: 0, end: 10 },
      ],
    };
    await store.kv.set(`article:${old.id}`, old);
    const [read] = await createKeyvArticleStore(store.kv).getMany([old.id]);
    expect(read?.title.length).toBeLessThanOrEqual(FIELD_CAPS.title);
    expect(read?.source.name.length).toBeLessThanOrEqual(FIELD_CAPS.sourceName);
    expect(read?.translations[0]?.label.length).toBeLessThanOrEqual(FIELD_CAPS.translationLabel);
    expect(read?.translations[0]?.label).not.toMatch(BIDI);
    expect(read?.entities).toHaveLength(1);
    expect(read?.entities[0]?.role?.length).toBeLessThanOrEqual(FIELD_CAPS.role);
    expect(read?.entities[0]?.role).toMatch(/^President x+…$/);
    await store.close();
  });

  it('should leave a normal record exactly as it is (parsing twice changes nothing)', () => {
    const record = build({ title: 'Budget agreed after 𝕏 debate', source: 'Harbour Gazette', disclaimer: 'Aggregated content.' });
    expect(articleRecordSchema.parse(record)).toEqual(record);
    expect(articleRecordSchema.parse(articleRecordSchema.parse({ ...record, title: 'z '.repeat(400) }))).toEqual(articleRecordSchema.parse({ ...record, title: 'z '.repeat(400) }));
  });
});

describe('capLength and stripInvisible', () => {
  it('when there is no space to cut at then the cut is at a code-point boundary, never inside a surrogate pair', () => {
    for (let max = 2; max < 12; max++) {
      const out = capLength('𝕏'.repeat(20), max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(LONE_SURROGATE);
      expect(out.endsWith('…')).toBe(true);
    }
  });

  it('when text has tabs, line breaks, lone surrogates and zero-width spaces then one clean line is left, ZWJ emoji intact', () => {
    expect(stripInvisible(' a\tb\r\nc\u2028d\u200b\ufeff \ud800e 👩\u200d💻 ')).toBe('a b c d \ufffde 👩\u200d💻');
  });
});
