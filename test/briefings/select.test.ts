import { describe, expect, it } from 'vitest';
import { selectArticles } from '../../briefings/select.js';
import { makeArticle } from '../fixtures/briefings/articles.js';

describe('selectArticles', () => {
  it('should keep articles ingested in [since, until), whatever their publication date, oldest arrival first', () => {
    const a = makeArticle({ title: 'At since', ingestedAt: '2025-09-12T00:00:00.000Z' });
    const b = makeArticle({ title: 'Old news arriving late', publishedAt: '2024-01-01T00:00:00.000Z', ingestedAt: '2025-09-12T10:00:00.000Z' });
    const c = makeArticle({ title: 'At until', ingestedAt: '2025-09-13T00:00:00.000Z' });
    const d = makeArticle({ title: 'Before', ingestedAt: '2025-09-11T23:59:59.999Z' });
    const picked = selectArticles([b, c, d, a], { since: new Date('2025-09-12T00:00:00Z'), until: new Date('2025-09-13T00:00:00Z') });
    expect(picked.map((x) => x.title)).toEqual(['At since', 'Old news arriving late']);
  });
});
