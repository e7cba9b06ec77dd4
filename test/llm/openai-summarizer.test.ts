import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiSummarizer } from '../../src/llm/openai-summarizer.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';

const event = {
  title: 'Harbour bridge reopens',
  maxSentences: 2,
  articles: [
    { title: 'Harbour bridge reopens after repairs', source: 'Coast Times', publishedAt: '2025-09-12T08:00:00.000Z', paragraphs: ['The harbour bridge reopened on Friday after six weeks of cable repairs.'] },
  ],
};

describe('createOpenAiSummarizer', () => {
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
  });
  afterAll(async () => {
    await fake.close();
  });
  const make = (timeoutMs = 2000) => createOpenAiSummarizer({ apiKey: 'test-key', baseURL: fake.baseURL, model: 'test-model', timeoutMs, maxRetries: 0 });

  it('when the model answers then returns its sentences, at most maxSentences', async () => {
    fake.setMode({ kind: 'answer', content: 'The bridge reopened Friday. Repairs took six weeks. Traffic is normal.' });
    expect(await make().summarizeEvent(event)).toEqual(['The bridge reopened Friday.', 'Repairs took six weeks.']);
  });

  it('should send the model name, a use-only-the-given-text instruction and the article text', async () => {
    fake.setMode({ kind: 'answer', content: 'Fine.' });
    const before = fake.requests.length;
    await make().summarizeEvent(event);
    const body = fake.requests[before]!.body;
    expect(body.model).toBe('test-model');
    const all = body.messages.map((m) => m.content).join('\n');
    expect(all).toMatch(/use only/i);
    expect(all).toContain('six weeks of cable repairs');
    expect(fake.requests[before]!.headers['authorization']).toBe('Bearer test-key');
  });

  it('when the server answers 429 then the promise rejects (no silent success)', async () => {
    fake.setMode({ kind: 'status', status: 429 });
    await expect(make().summarizeEvent(event)).rejects.toThrow();
  });

  it('when asked to describe a person then sends the facts and returns at most two sentences', async () => {
    fake.setMode({ kind: 'answer', content: 'Ana Ruiz is the mayor of Porto Alegre. She opened the bridge. She likes cats.' });
    const before = fake.requests.length;
    const text = await make().describePerson({
      name: 'Ana Ruiz',
      roles: ['mayor'],
      facts: [{ text: 'Mayor Ana Ruiz opened the bridge.', source: 'Coast Times', date: '2025-09-12' }],
    });
    expect(text).toBe('Ana Ruiz is the mayor of Porto Alegre. She opened the bridge.');
    expect(fake.requests[before]!.body.messages.map((m) => m.content).join('\n')).toContain('Mayor Ana Ruiz opened the bridge.');
  });
});
