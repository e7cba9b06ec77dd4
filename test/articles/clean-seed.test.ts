import { describe, it, expect } from 'vitest';
import { articleRecordSchema } from '../../src/articles/record.js';
import { cleanOk, fixtureBytes } from './fixture.js';

describe('cleanArticle on the seed article', () => {
  const article = cleanOk(fixtureBytes('seed-belarus.txt'));

  it('when the title is repeated four times then it is the title once and never a paragraph', () => {
    expect(article.title).toBe(
      'Belarus Frees 52 Political Prisoners Amid US Sanctions Relief for Belavia, Escalating Regional Tensions',
    );
    expect(article.paragraphs.some((p) => p.startsWith('Belarus Frees'))).toBe(false);
  });

  it('should keep exactly the five body paragraphs of the raw text, first to last', () => {
    // The raw text has five body paragraphs (the issue said six; see the cleaning report).
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs[0]).toMatch(/^Belarus released 52 political prisoners yesterday, September 11/);
    expect(article.paragraphs.at(-1)).toMatch(/volatile regional security landscape\.$/);
  });

  it('when boilerplate surrounds the body then none of it is in a paragraph', () => {
    const body = article.paragraphs.join('\n');
    expect(body).not.toMatch(/Image from|阅读中文版|Disclaimer|Read Chinese/);
  });

  it('should take the source from the image credit', () => {
    expect(article.source).toEqual({ name: 'AP News' });
  });

  it('should date it 2025-09-12 from "today, September 12" and "yesterday, September 11"', () => {
    expect(article.publishedAt).toBe('2025-09-12T00:00:00.000Z');
  });

  it('should keep the disclaimer line whole and the Chinese version link as a translation', () => {
    expect(article.disclaimer).toBe(
      'Disclaimer: This content is aggregated from public sources online. Please verify information independently. If you believe your rights have been infringed, contact us for removal.',
    );
    expect(article.translations).toEqual([{ language: 'zh', label: '阅读中文版 (Read Chinese Version)' }]);
  });

  it('should detect English and produce a record the schema accepts once ingest adds its fields', () => {
    expect(article.language).toBe('en');
    const record = { ...article, id: 'x', ingestedAt: '2026-11-27T10:00:00.000Z', entities: [] };
    expect(articleRecordSchema.safeParse(record).success).toBe(true);
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
