import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeBriefing } from '../../briefings/compose.js';
import { summarizeBriefing, UngroundedSummaryError } from '../../briefings/summarize.js';
import { createCachedSummarizer } from '../../src/llm/cached-summarizer.js';
import { createOpenAiSummarizer } from '../../src/llm/openai-summarizer.js';
import { createKeyvSummaryCache } from '../../src/store/keyv-summary-cache.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { allFixtureArticles, makeArticle } from '../fixtures/briefings/articles.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';

const window = { since: new Date('2025-09-12T00:00:00Z'), until: new Date('2025-09-13T00:00:00Z') };
const now = () => new Date('2025-09-12T12:00:00Z');
const firstTitle = (content: string) => /Title: (.*)/.exec(content)?.[1] ?? '';

describe('the model summary with the local OpenAI stand-in: grounding and the per-event cache', () => {
  let fake: FakeOpenAi;
  const dirs: string[] = [];
  beforeAll(async () => {
    fake = await startFakeOpenAi();
  });
  afterAll(async () => {
    await fake.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const openAi = () => createOpenAiSummarizer({ apiKey: 'k', baseURL: fake.baseURL, model: 'digest-model', timeoutMs: 1000, maxRetries: 0 });
  const cached = (store: Store) => createCachedSummarizer(openAi(), createKeyvSummaryCache(store.kv), { model: 'digest-model', now });
  const digest = (articles = allFixtureArticles) => composeBriefing(articles, window, { maxEvents: 2 });
  const byId = (articles = allFixtureArticles) => new Map(articles.map((a) => [a.id, a]));

  it('when the stand-in invents a number then the event keeps its extractive summary and the error says what is missing', async () => {
    // Every figure in the fixtures is below 1000: 9,999 is nowhere in them.
    fake.setMode({ kind: 'answer', content: (body) => `${firstTitle(body.messages[1]!.content)}, with 9,999 people hurt.` });
    const errors: unknown[] = [];
    const result = await summarizeBriefing(digest(), byId(), openAi(), { timeoutMs: 2000, onError: (e) => errors.push(e) });
    expect(result.events.map((e) => e.summary)).toEqual(digest().events.map((e) => e.summary));
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e instanceof UngroundedSummaryError && e.missing === '9,999')).toBe(true);
  });

  it('when the stand-in adds an invented sentence after a grounded lead then only the grounded lead is kept', async () => {
    fake.setMode({ kind: 'answer', content: (body) => `${firstTitle(body.messages[1]!.content)}. Minister Olaf Brenner resigned.` });
    const result = await summarizeBriefing(digest(), byId(), openAi(), { timeoutMs: 2000 });
    expect(result.events.map((e) => e.summary)).toEqual(digest().events.map((e) => [`${byId().get(e.articleIds[0]!)!.title}.`]));
  });

  it('when the same digest is made again then no request is made, also after the store is reopened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-summary-cache-'));
    dirs.push(dir);
    const url = `sqlite://${join(dir, 'store.sqlite')}`;
    fake.setMode({ kind: 'answer', content: (body) => `${firstTitle(body.messages[1]!.content)}.` });
    const store = await openStore(url);
    const before = fake.requests.length;
    const first = await summarizeBriefing(digest(), byId(), cached(store), { timeoutMs: 2000 });
    expect(fake.requests.length - before).toBe(2);
    const second = await summarizeBriefing(digest(), byId(), cached(store), { timeoutMs: 2000 });
    expect(fake.requests.length - before).toBe(2);
    expect(second).toEqual(first);
    await store.close();

    const reopened = await openStore(url);
    const third = await summarizeBriefing(digest(), byId(), cached(reopened), { timeoutMs: 2000 });
    expect(fake.requests.length - before).toBe(2);
    expect(third).toEqual(first);
    await reopened.close();
  });

  it('when an event gains an article then only that event is asked again', async () => {
    const store = await openStore('memory://');
    fake.setMode({ kind: 'answer', content: (body) => `${firstTitle(body.messages[1]!.content)}.` });
    await summarizeBriefing(digest(), byId(), cached(store), { timeoutMs: 2000 });
    const before = fake.requests.length;
    const lead = digest().events[0]!;
    const leadArticle = byId().get(lead.articleIds[0]!)!;
    // A third outlet's copy of the top event: same words, so it joins that event.
    const extra = makeArticle({
      id: 'extra-copy',
      title: leadArticle.title,
      paragraphs: leadArticle.paragraphs,
      source: { name: 'Harbour Daily' },
      publishedAt: '2025-09-12T09:00:00.000Z',
      ingestedAt: '2025-09-12T09:10:00.000Z',
      entities: leadArticle.entities,
    });
    const more = [...allFixtureArticles, extra];
    const grown = digest(more);
    expect(grown.events.find((e) => e.id === lead.id)?.articleIds).toContain('extra-copy');
    await summarizeBriefing(grown, byId(more), cached(store), { timeoutMs: 2000 });
    expect(fake.requests.length - before).toBe(1);
    await store.close();
  });
});
