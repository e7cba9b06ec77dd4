import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/articles/build-record.js';
import type { ArticleRecord } from '../../src/articles/record.js';
import { articlePeople, MAX_PEOPLE_PER_ARTICLE } from '../../src/people/article-people.js';
import { COMPANIONS_PER_ARTICLE, foldBatch } from '../../src/people/fold-batch.js';
import { resolveMentions } from '../../src/people/resolve-identity.js';
import type { PersonEntry, PersonRow } from '../../src/people/person-entry.js';
import { manyArticles } from '../support/many-articles.js';
import { TEST_NOW } from '../support/test-app.js';

const records: ArticleRecord[] = manyArticles(300).map(({ text }) => {
  const built = buildRecord(new TextEncoder().encode(text), { now: TEST_NOW, maxBytes: 1_000_000 });
  if (!built.ok) throw new Error(built.error.message);
  return built.record;
});

/** Resolves and folds `batch` into `entries` the way the people index does for one write. */
function fold(entries: Map<string, PersonEntry>, buckets: Map<string, PersonRow[]>, batch: readonly ArticleRecord[], id: string) {
  const { resolved, created } = resolveMentions(batch.map((record) => ({ record, people: articlePeople(record) })), buckets);
  for (const [key, entry] of created) if (!entries.has(key)) entries.set(key, entry);
  foldBatch(resolved, entries, id);
}

describe('folding a batch into the people', () => {
  it('when a 300-article batch is folded again under the same id (a replay) then nobody is counted twice', () => {
    const entries = new Map<string, PersonEntry>();
    const buckets = new Map<string, PersonRow[]>();
    fold(entries, buckets, records, 'batch-1');
    const once = structuredClone([...entries.values()]);
    fold(entries, buckets, records, 'batch-1');
    expect([...entries.values()]).toEqual(once);
    expect(once.find((e) => e.name === 'Alexander Lukashenko')?.articleCount).toBe(300);
  });

  it('when a record comes twice in one batch then it counts once, and a new batch still counts', () => {
    const entries = new Map<string, PersonEntry>();
    const buckets = new Map<string, PersonRow[]>();
    fold(entries, buckets, [records[0]!, records[0]!, records[1]!], 'batch-1');
    fold(entries, buckets, [records[2]!], 'batch-2');
    expect([...entries.values()].find((e) => e.name === 'Alexander Lukashenko')?.articleCount).toBe(3);
  });
});

describe('company at roll-call scale', () => {
  it('when one article names 2,000 people then the first-mentioned 200 are indexed, each linked to at most the article\'s leading people', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `Person${String.fromCharCode(65 + (i % 26))}${i} Surname${i}`);
    const paragraph = names.join(', ') + '.';
    let at = 0;
    const entities = names.map((name) => {
      const start = at;
      at += name.length + 2;
      return { type: 'PERSON' as const, text: name, name, paragraph: 0, start, end: start + name.length };
    });
    const built = buildRecord(new TextEncoder().encode('Roll call\n\n' + paragraph), { now: TEST_NOW, maxBytes: 1_000_000 });
    if (!built.ok) throw new Error(built.error.message);
    const record: ArticleRecord = { ...built.record, paragraphs: [paragraph], entities };
    const entries = new Map<string, PersonEntry>();
    fold(entries, new Map(), [record], 'batch-1');
    expect(entries.size).toBeLessThanOrEqual(MAX_PEOPLE_PER_ARTICLE);
    expect(entries.size).toBeGreaterThan(MAX_PEOPLE_PER_ARTICLE * 0.9); // a few generated names fold together by surname key
    expect([...entries.values()].some((e) => e.name === names[0])).toBe(true);
    expect([...entries.values()].some((e) => e.name === names[1999])).toBe(false);
    const links = [...entries.values()].reduce((sum, e) => sum + Object.keys(e.related).length, 0);
    // Everyone-with-everyone would be 2000 × 1999 links before the per-entry cap; here ≤ 2000 × 24.
    expect(links).toBeLessThanOrEqual(entries.size * COMPANIONS_PER_ARTICLE);
    expect(Object.keys([...entries.values()].at(-1)!.related)).toHaveLength(COMPANIONS_PER_ARTICLE);
  });
});
