import { describe, expect, it } from 'vitest';
import { createTestApp, input } from '../support/test-app.js';
import { followUpText, seedText } from '../support/articles.js';

describe('ingest', () => {
  it('when the seed is ingested then a complete record is stored and retrievable', async () => {
    const app = await createTestApp();
    const [result] = await app.ingestor.ingest([input('seed.txt', seedText())]);
    expect(result?.status).toBe('stored');
    if (result?.status !== 'stored') return;
    const stored = await app.articles.get(result.record.id);
    expect(stored?.title).toBe('Belarus Frees 52 Political Prisoners Amid US Sanctions Relief for Belavia, Escalating Regional Tensions');
    expect(stored?.source.name).toBe('AP News');
    expect(stored?.publishedAt?.slice(0, 10)).toBe('2025-09-12');
    expect(stored?.ingestedAt).toBe('2026-11-27T09:00:00.000Z');
    expect(stored?.id).toBe(stored?.contentHash.slice(0, 16));
    expect(stored?.entities.some((e) => e.type === 'PERSON' && e.name === 'Alexander Lukashenko')).toBe(true);
    expect(await app.articles.count()).toBe(1);
  });

  it('when the same article comes again with other line endings and spacing then it is stored once', async () => {
    const app = await createTestApp();
    const variant = seedText().replace(/\n/g, '\r\n').replace(/ {1}/g, '  ') + '\r\n\r\n';
    const results = await app.ingestor.ingest([input('a.txt', seedText()), input('b.txt', variant)]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'duplicate']);
    const again = await app.ingestor.ingest([input('c.txt', variant)]);
    expect(again[0]?.status).toBe('duplicate');
    expect(await app.articles.count()).toBe(1);
    expect((await app.people.lookup('Lukashenko')).person?.articleCount).toBe(1);
  });

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['binary data', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
    ['invalid UTF-8', Uint8Array.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x0a, 0xc3, 0x28, 0xff, 0xfe, 0x20, 0x61])],
    ['text with no body', new TextEncoder().encode('Just A Title\n\nDisclaimer: This content is aggregated from public sources.')],
    ['a file over the size cap', new TextEncoder().encode(`Big Title\n\n${'A long sentence about nothing. '.repeat(100_000)}`)],
  ])('when given %s then it fails with a one-line error and stores nothing', async (_label, bytes) => {
    const app = await createTestApp({ env: { MAX_ARTICLE_BYTES: String(1024 * 1024) } });
    const [result] = await app.ingestor.ingest([input('bad', bytes)]);
    expect(result?.status).toBe('failed');
    if (result?.status === 'failed') {
      expect(result.error.message).toMatch(/\S/);
      expect(result.error.message).not.toContain('\n');
    }
    expect(await app.articles.count()).toBe(0);
    expect(await app.articles.latest(5)).toEqual([]);
  });

  it('when a bad file comes between good ones then the good ones are still stored', async () => {
    const app = await createTestApp();
    const results = await app.ingestor.ingest([input('a', seedText()), input('bad', new Uint8Array(0)), input('b', followUpText)]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'failed', 'stored']);
    expect(await app.articles.count()).toBe(2);
  });

  it('when run as a dry run then nothing is stored', async () => {
    const app = await createTestApp();
    const [result] = await app.ingestor.ingest([input('a', seedText())], { dryRun: true });
    expect(result?.status).toBe('stored');
    expect(await app.articles.count()).toBe(0);
  });
});
