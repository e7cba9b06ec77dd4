// The digest pipeline's model failures: logged once per event with their own code, within the
// configured deadline, and the digest still goes out with the extractive summaries.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../src/app.js';
import { fixedClock } from '../../src/clock.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import type { Subscription } from '../../src/subscriptions/subscription.js';
import { seedText, unrelatedText } from '../support/articles.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { input, TEST_NOW } from '../support/test-app.js';

let openai: FakeOpenAi;
let app: App;
let lines: Record<string, unknown>[];
beforeEach(async () => {
  openai = await startFakeOpenAi();
  lines = [];
  const destination = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
  const config = parseConfig({
    STORE_URL: 'memory://', OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: openai.baseURL, OPENAI_TIMEOUT_MS: '5000', DIGEST_SUMMARY_TIMEOUT_MS: '300',
  });
  app = await openApp(config, { logger: createLogger('warn', { destination }), clock: fixedClock(TEST_NOW) });
  await app.ingestor.ingest([input('seed.txt', seedText()), input('ecb.txt', unrelatedText)]);
});
afterEach(async () => {
  await app.close();
  await openai.close();
});

const sub = (chatId: number): Subscription => ({
  chatId, chatType: 'private', time: '09:00', timeZone: 'UTC', include: [], exclude: [], status: 'active',
  createdAt: '2026-11-20T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z',
});

describe('digest pipeline: model failures', () => {
  it('when the model hangs past DIGEST_SUMMARY_TIMEOUT_MS then each event is logged once as DIGEST_SUMMARY_FAILED and the digest keeps its extractive summaries', async () => {
    openai.setMode({ kind: 'hang' });
    const started = Date.now();
    const batch = await app.digests.forDue([1, 2, 3].map((id) => ({ subscription: sub(id), day: '2026-11-27' })), TEST_NOW);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(batch).toMatchObject({ compositions: 1, renderings: 1 });
    expect(batch.results[0]?.messages.join('\n')).toContain('Belarus released 52 political prisoners');
    const failures = lines.filter((l) => l.code === 'DIGEST_SUMMARY_FAILED');
    const events = Object.keys(batch.results[0]?.remember ?? {});
    expect(events.length).toBeGreaterThan(1);
    expect(failures.map((l) => l.eventId).sort()).toEqual([...events].sort());
  });

  it('when the model answers then a grounded answer is used and one its event does not support is logged once and replaced', async () => {
    // The stand-in gives every event this answer: grounded in the ECB article, not in the Belarus one
    // (grounding.ts drops sentences whose names, numbers or words the event's sources lack).
    const modelText = 'Inflation in the euro area eased for a third month as the European Central Bank kept its key interest rate unchanged.';
    openai.setMode({ kind: 'answer', content: modelText });
    const batch = await app.digests.forDue([{ subscription: sub(1), day: '2026-11-27' }], TEST_NOW);
    const digest = batch.results[0]?.messages.join('\n') ?? '';
    expect(digest.split(modelText)).toHaveLength(2);
    expect(digest).toContain('Belarus released 52 political prisoners');
    expect(lines.filter((l) => l.code === 'DIGEST_SUMMARY_FAILED')).toHaveLength(1);
  });
});
