// Article records as stored from v3: entity text and names the offsets give are left out and rebuilt on read,
// so every reader sees the record ingest built, field for field and in the same order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArticleGenerator } from '../../bench/generate-articles.js';
import { buildRecord } from '../../src/articles/build-record.js';
import type { ArticleRecord } from '../../src/articles/record.js';
import { articleCodec, packMentions, unpackMentions } from '../../src/store/keyv-article-codecs.js';
import { createKeyvArticleStore } from '../../src/store/keyv-article-store.js';
import { openStore } from '../../src/store/open-store.js';
import { StoredValueError } from '../../src/store/stored-value.js';
import { TEST_NOW } from '../support/test-app.js';

const built = (input: string | Uint8Array): ArticleRecord | undefined => {
  const out = buildRecord(input, { now: TEST_NOW, maxBytes: 1_000_000 });
  return out.ok ? out.record : undefined;
};
const samples = readdirSync('samples')
  .filter((f) => /\.(txt|json)$/.test(f))
  .map((f) => built(readFileSync(join('samples', f))))
  .filter((r): r is ArticleRecord => r !== undefined);
const generator = createArticleGenerator({ cast: 'open' });
const generated = Array.from({ length: 200 }, (_, i) => built(generator.article(i).text)!);
/** As the store holds it: through JSON, as every backend serialises values. */
const stored = (record: ArticleRecord): unknown => JSON.parse(JSON.stringify(articleCodec.encode(record)));

describe('packed article records (v3)', () => {
  it('when built records are stored then each reads back equal, with its fields in the same order', () => {
    expect(samples.length).toBeGreaterThanOrEqual(7);
    for (const record of [...samples, ...generated]) {
      const read = articleCodec.decode(`article:${record.id}`, stored(record));
      expect(JSON.stringify(read)).toBe(JSON.stringify(record));
    }
  });

  it('when every mention the builder made is checked then its text is the span its offsets give (so it is not stored)', () => {
    const mentions = [...samples, ...generated].flatMap((r) => r.entities.map((m) => ({ m, span: r.paragraphs[m.paragraph]!.slice(m.start, m.end) })));
    expect(mentions.length).toBeGreaterThan(1000);
    expect(mentions.filter(({ m, span }) => m.text !== span)).toEqual([]);
    // So no packed mention holds its text (the 7th place), and one named by its own text holds no name either.
    for (const r of [...samples, ...generated]) {
      packMentions(r.paragraphs, r.entities).forEach((p, i) => {
        expect(p.length).toBeLessThanOrEqual(6);
        if (r.entities[i]!.name === r.entities[i]!.text) expect(p[4] ?? null).toBeNull();
      });
    }
  });

  it('when records are packed then they take under two thirds of their v2 bytes', () => {
    const v2 = [...samples, ...generated].reduce((n, r) => n + JSON.stringify({ v: 2, value: r }).length, 0);
    const v3 = [...samples, ...generated].reduce((n, r) => n + JSON.stringify(stored(r)).length, 0);
    expect(v3 / v2).toBeLessThan(2 / 3);
  });

  it('when a mention is not what its offsets give, has a role, or shares a name then it still reads back exactly', () => {
    const paragraphs = ['President Alexander Lukashenko met Lukashenko\'s aides in Minsk.'];
    const mentions = [
      { type: 'PERSON' as const, text: 'Alexander Lukashenko', name: 'Alexander Lukashenko', paragraph: 0, start: 10, end: 30, role: 'President' },
      { type: 'PERSON' as const, text: 'Lukashenko', name: 'Alexander Lukashenko', paragraph: 0, start: 35, end: 45 },
      { type: 'PLACE' as const, text: 'Mensk', name: 'Minsk', paragraph: 0, start: 58, end: 63 },
      { type: 'ORG' as const, text: 'beyond', name: 'beyond', paragraph: 3, start: 0, end: 6 },
    ];
    const packed = JSON.parse(JSON.stringify(packMentions(paragraphs, mentions))) as unknown[];
    expect(packed).toEqual([[0, 0, 10, 30, null, 'President'], [0, 0, 35, 45, 0], [2, 0, 58, 63, 'Minsk', null, 'Mensk'], [1, 3, 0, 6, null, null, 'beyond']]);
    // A mention past its paragraphs (never built, but representable) keeps its text; on read it has no paragraph to slice.
    expect(unpackMentions(paragraphs, packed.slice(0, 3))).toEqual(mentions.slice(0, 3));
    expect(unpackMentions(paragraphs, packed.slice(3))).toBeUndefined();
  });

  it('when a packed record is damaged then reading it throws a StoredValueError naming its key, and /latest skips it', async () => {
    const record = samples[0]!;
    const packed = stored(record) as { v: number; value: { entities: unknown[] } };
    const damaged = [[[9, 0, 0, 1]], [['0', 0, 0, 1]], [[0, 0, 0]], [[0, 0, 0, 1, 7]], [[0, 0, 5, 5]]];
    for (const entities of damaged) {
      const raw = { v: 3, value: { ...packed.value, entities } };
      expect(() => articleCodec.decode('article:x', raw)).toThrow(StoredValueError);
    }
    expect(() => articleCodec.decode('article:x', { v: 3, value: { title: 'no hash' } })).toThrow(/"article:x".*another shape/);
    const store = await openStore('memory://');
    await createKeyvArticleStore(store.kv).putMany([record]);
    await store.kv.set(`article:${record.id}`, { v: 3, value: { ...packed.value, entities: damaged[0] } });
    expect(await createKeyvArticleStore(store.kv).latest(5)).toEqual([]);
    await store.close();
  });

  it('when a record was stored by the release before (v2, whole) then it reads as it was', () => {
    const record = samples[1]!;
    expect(articleCodec.decode('article:y', JSON.parse(JSON.stringify({ v: 2, value: record })))).toEqual(record);
    expect(() => articleCodec.decode('article:y', { v: 2, value: { nope: 1 } })).toThrow(/"article:y".*v2 value of another shape/);
    expect(() => articleCodec.decode('article:y', { v: 4, value: record })).toThrow(/format v4; this version reads v1, v2, v3/);
  });

  it('when wire entries are stored then they are tuples, and entries written as objects before still read the same', async () => {
    const store = await openStore('memory://');
    const articles = createKeyvArticleStore(store.kv);
    const signature = { v: 1 as const, shingles: 41, hashes: Array.from({ length: 128 }, (_, i) => (i * 2_654_435_761) >>> 0) };
    const entries = [
      { id: 'a', signature, outlet: 'Riga Herald', ingestedAt: '2026-11-27T08:00:00.000Z' },
      { id: 'b', signature, outlet: 'Kyiv | Courier', ingestedAt: '2026-11-27T09:00:00.000Z', scope: -100123 },
    ];
    await articles.putWireEntries(entries);
    const raw = (await store.kv.get('wire:b')) as unknown[];
    expect(raw.slice(0, 2)).toEqual([1, 41]);
    expect(raw.slice(3)).toEqual(['Kyiv | Courier', '2026-11-27T09:00:00.000Z', -100123]);
    const read = await articles.wireEntries(['a', 'b']);
    expect(read).toEqual(entries.map(({ id: _id, ...e }) => e));
    // As the release before wrote them.
    await store.kv.set('wire:a', { v: 1, shingles: 41, hashes: raw[2], outlet: 'Riga Herald', ingestedAt: '2026-11-27T08:00:00.000Z' });
    await store.kv.set('wire:b', { v: 1, shingles: 41, hashes: raw[2], outlet: 'Kyiv | Courier', ingestedAt: '2026-11-27T09:00:00.000Z', scope: -100123 });
    expect(await articles.wireEntries(['a', 'b'])).toEqual(read);
    // Another signature version, or a tuple of another length, reads as absent.
    await store.kv.set('wire:a', [2, 41, raw[2], 'Riga Herald', '2026-11-27T08:00:00.000Z']);
    await store.kv.set('wire:b', [1, 41, raw[2], 'Riga Herald', '2026-11-27T08:00:00.000Z', 1, 2]);
    expect(await articles.wireEntries(['a', 'b'])).toEqual([undefined, undefined]);
    await store.close();
  });
});
