// /ask with OPENAI_API_KEY set, through the real bot, the Bot API stand-in and the OpenAI stand-in over HTTP: the
// model's grounded answer is sent with the retrieved sentences' citations; anything else sends the extractive one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../src/app.js';
import { fixedClock } from '../../src/clock.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createHarness, type Harness } from '../support/bot-harness.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { input, TEST_NOW } from '../support/test-app.js';
import { followUpText, seedText, unrelatedText } from '../support/articles.js';

const QUESTION = '/ask Who is the president of the European Central Bank?';
const EXTRACTIVE = 'ECB President Christine Lagarde told reporters in Frankfurt';
const DONT_KNOW = "I don't know from the articles I have.";
const TIMEOUT_MS = 600;

let openai: FakeOpenAi;
let app: App;
let bot: Harness;
let logs: { code?: string; reason?: string }[];
beforeEach(async () => {
  openai = await startFakeOpenAi();
  logs = [];
  const config = parseConfig({
    STORE_URL: 'memory://',
    OPENAI_API_KEY: 'sk-test-key',
    OPENAI_BASE_URL: openai.baseURL,
    OPENAI_MODEL: 'test-model',
    OPENAI_TIMEOUT_MS: String(TIMEOUT_MS),
  });
  const logger = createLogger('warn', { destination: { write: (line) => void logs.push(JSON.parse(line) as { code?: string }) } });
  app = await openApp(config, { logger, clock: fixedClock(TEST_NOW) });
  await app.ingestor.ingest([input('seed', seedText()), input('follow', followUpText), input('ecb', unrelatedText)]);
  bot = await createHarness(app);
});
afterEach(async () => {
  await bot.close();
  await app.close();
  await openai.close();
});
const fallbacks = () => logs.filter((l) => l.code === 'ASK_MODEL_FAILED').map((l) => l.reason);

describe('/ask with OpenAI configured', () => {
  it("should send the model's grounded answer, cited with the retrieved sentence's outlet and date", async () => {
    openai.setMode({ kind: 'answer', content: 'Christine Lagarde is the ECB President.' });
    const [reply] = await bot.say(QUESTION);
    expect(reply).toContain('Christine Lagarde is the ECB President.');
    expect(reply).toMatch(/<i>— dpa, 11 Sep 2025<\/i>/);
    expect(reply).not.toContain(EXTRACTIVE);
    expect(JSON.stringify(openai.requests.at(-1)?.body.messages)).toContain('did not commit to a cut in October');
    expect(fallbacks()).toEqual([]);
  });

  it('when the model invents a number then the extractive answer is sent, and the fallback logged', async () => {
    openai.setMode({ kind: 'answer', content: 'Christine Lagarde has been the ECB President since 2019.' });
    const [reply] = await bot.say(QUESTION);
    expect(reply).toContain(EXTRACTIVE);
    expect(reply).not.toContain('2019');
    expect(fallbacks()).toEqual(['LLM_UNGROUNDED']);
  });

  it.each([
    ['a 500', { kind: 'status', status: 500 } as const],
    ['a hang past the timeout', { kind: 'hang' } as const],
    ['UNKNOWN', { kind: 'answer', content: 'UNKNOWN' } as const],
  ])('when the model answers with %s then the extractive answer is sent in time', async (_label, mode) => {
    openai.setMode(mode);
    const started = Date.now();
    const [reply] = await bot.say(QUESTION);
    expect(Date.now() - started).toBeLessThan(2 * TIMEOUT_MS + 1500);
    expect(reply).toContain(EXTRACTIVE);
    expect(reply).toMatch(/<i>— dpa, 11 Sep 2025<\/i>/);
    expect(fallbacks()).toHaveLength(1);
  });

  it('when retrieval finds nothing then the model is not asked and the bot says it does not know', async () => {
    openai.setMode({ kind: 'answer', content: 'Loreen won the Eurovision Song Contest.' });
    const before = openai.requests.length;
    expect(await bot.say('/ask Who won the Eurovision Song Contest?')).toEqual([DONT_KNOW]);
    expect(openai.requests.length).toBe(before);
  });

  it("should answer a private chat's plain-text question the same way", async () => {
    openai.setMode({ kind: 'answer', content: 'Christine Lagarde is the ECB President.' });
    const [reply] = await bot.say('Who is the president of the European Central Bank?');
    expect(reply).toContain('Christine Lagarde is the ECB President.');
  });
});
