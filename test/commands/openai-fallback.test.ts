// /who and /digest with OPENAI_API_KEY set, against a local OpenAI-compatible stand-in over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { createHarness, type Harness } from '../support/bot-harness.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { createTestApp, input } from '../support/test-app.js';
import { followUpText, seedText } from '../support/articles.js';

let openai: FakeOpenAi;
let app: App;
let bot: Harness;
beforeEach(async () => {
  openai = await startFakeOpenAi();
  app = await createTestApp({
    env: { OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: openai.baseURL, OPENAI_MODEL: 'test-model', OPENAI_TIMEOUT_MS: '800' },
  });
  await app.ingestor.ingest([input('seed', seedText()), input('follow', followUpText)]);
  bot = await createHarness(app);
});
afterEach(async () => {
  await bot.close();
  await app.close();
  await openai.close();
});

describe('/who with OpenAI configured', () => {
  it('should add the model description, built from the stored facts only', async () => {
    openai.setMode({ kind: 'answer', content: 'Alexander Lukashenko is the long-serving <president> of Belarus.' });
    const [reply] = await bot.say('/who Lukashenko');
    expect(reply).toContain('Alexander Lukashenko is the long-serving &lt;president&gt; of Belarus.');
    expect(reply).toContain('Mentioned in 2 articles');
    const request = openai.requests.at(-1);
    expect(request?.body.model).toBe('test-model');
    expect(JSON.stringify(request?.body.messages)).toContain('ready to discuss further releases');
  });

  it.each([
    ['a 500', { kind: 'status', status: 500 } as const],
    ['a hang past the timeout', { kind: 'hang' } as const],
    ['malformed JSON', { kind: 'malformed' } as const],
    ['an empty answer', { kind: 'empty' } as const],
  ])('when the model fails with %s then the offline answer is sent in time', async (_label, mode) => {
    openai.setMode(mode);
    const started = Date.now();
    const [reply] = await bot.say('/who Lukashenko');
    expect(Date.now() - started).toBeLessThan(800 + 1500);
    expect(reply).toContain('<b>Alexander Lukashenko</b>');
    expect(reply).toContain("• President <i>· AP News · 12 Sep 2025</i>");
    expect(reply).not.toMatch(/Sorry, something went wrong/);
  });
});

describe('/digest with OpenAI configured', () => {
  it('should fall back to the extractive summary when the model fails, then use and cache the model summary', async () => {
    const modelText = 'Belarus released 52 political prisoners as the United States eased sanctions on Belavia.';
    openai.setMode({ kind: 'status', status: 500 });
    const fallback = (await bot.say('/digest')).join('\n');
    expect(fallback).not.toContain(modelText);
    expect(fallback).toContain('Belarus released 52 political prisoners');
    expect(fallback).toContain('Disclaimer:');
    openai.setMode({ kind: 'answer', content: modelText });
    expect((await bot.say('/digest')).join('\n')).toContain(modelText);
    // The same events again: answered from the summary cache, so a failing model changes nothing and is not asked.
    const asked = openai.requests.length;
    openai.setMode({ kind: 'status', status: 500 });
    expect((await bot.say('/digest')).join('\n')).toContain(modelText);
    expect(openai.requests.length).toBe(asked);
  });
});
