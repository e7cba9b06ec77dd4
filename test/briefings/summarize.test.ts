import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeBriefing } from '../../briefings/compose.js';
import { summarizeBriefing } from '../../briefings/summarize.js';
import { createOpenAiSummarizer } from '../../src/llm/openai-summarizer.js';
import type { Summarizer } from '../../src/llm/summarizer.port.js';
import { allFixtureArticles } from '../fixtures/briefings/articles.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';

const window = { since: new Date('2025-09-12T00:00:00Z'), until: new Date('2025-09-13T00:00:00Z') };
const byId = new Map(allFixtureArticles.map((a) => [a.id, a]));
const TIMEOUT = 300;

describe('summarizeBriefing with the OpenAI adapter', () => {
  let fake: FakeOpenAi;
  let summarizer: Summarizer;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    summarizer = createOpenAiSummarizer({ apiKey: 'k', baseURL: fake.baseURL, model: 'digest-model', timeoutMs: TIMEOUT, maxRetries: 0 });
  });
  afterAll(async () => {
    await fake.close();
  });
  const extractive = () => composeBriefing(allFixtureArticles, window, { maxEvents: 2 });

  it('when the model answers then each event carries the model text', async () => {
    // The answer restates the first article title it was given (grounded: the articles say it), so each event gets its own text.
    fake.setMode({ kind: 'answer', content: (body) => `Officials say: ${/Title: (.*)/.exec(body.messages[1]!.content)?.[1]}.` });
    const result = await summarizeBriefing(extractive(), byId, summarizer, { timeoutMs: 2000 });
    expect(result.events.map((e) => e.summary)).toEqual(
      extractive().events.map((e) => [`Officials say: ${byId.get(e.articleIds[0]!)!.title}.`]),
    );
  });

  it('should send the model name and the articles’ text', async () => {
    fake.setMode({ kind: 'answer', content: 'A summary.' });
    const before = fake.requests.length;
    await summarizeBriefing(extractive(), byId, summarizer, { timeoutMs: 2000 });
    const sent = fake.requests.slice(before);
    expect(sent).toHaveLength(2);
    expect(sent.every((r) => r.body.model === 'digest-model')).toBe(true);
    const text = sent.map((r) => r.body.messages.map((m) => m.content).join('\n')).join('\n');
    expect(text).toContain('halting operations at the country’s second-busiest port');
    expect(text).toContain('Tiff Macklem said the central bank was ready');
  });

  for (const mode of [
    { kind: 'status', status: 500 },
    { kind: 'status', status: 429 },
    { kind: 'malformed' },
    { kind: 'empty' },
    { kind: 'hang' },
  ] as const) {
    it(`when the server gives ${JSON.stringify(mode)} then falls back to the extractive summary in time`, async () => {
      fake.setMode(mode);
      const errors: unknown[] = [];
      const started = performance.now();
      const result = await summarizeBriefing(extractive(), byId, summarizer, { timeoutMs: TIMEOUT, onError: (e) => errors.push(e) });
      expect(performance.now() - started).toBeLessThan(TIMEOUT + 400);
      expect(result.events.map((e) => e.summary)).toEqual(extractive().events.map((e) => e.summary));
      expect(errors).toHaveLength(2);
    });
  }

  it('when there is no summariser then returns the briefing unchanged', async () => {
    const briefing = extractive();
    expect(await summarizeBriefing(briefing, byId, undefined, { timeoutMs: 2000 })).toBe(briefing);
  });

  it('when the summariser returns more than three sentences then keeps three', async () => {
    const chatty: Summarizer = {
      summarizeEvent: () => Promise.resolve(['It was strong.', 'It was early.', 'It was near.', 'It was felt.']),
      describePerson: () => Promise.resolve(''),
      answerQuestion: () => Promise.resolve([]),
    };
    const result = await summarizeBriefing(extractive(), byId, chatty, { timeoutMs: 2000 });
    expect(result.events[0]!.summary).toEqual(['It was strong.', 'It was early.', 'It was near.']);
  });
});
