// A failing-source alert must never hold the poll: the real alerts adapter against a Bot API stand-in that
// never answers sendMessage, a feed server that is down, and the real poller.
import { Api } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createHostGate } from '../../src/sources/host-gate.js';
import { createSourcePoller } from '../../src/sources/poll-source.js';
import { newSource } from '../../src/sources/source.js';
import { createSourceAlerts } from '../../src/telegram/source-alerts.js';
import { TOKEN } from '../support/bot-harness.js';
import { startFakeTelegram } from '../support/fake-telegram.js';
import { startFeedServer } from '../support/source-feeds.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

const OPERATOR = 9001;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

describe('failing-source alerts and the poll', () => {
  it('when Telegram never answers the alert then pollOne still returns promptly, logs the slow alert, and the next poll runs', async () => {
    const web = await startFeedServer();
    cleanups.push(() => web.close());
    web.down = true;
    const telegram = await startFakeTelegram();
    cleanups.push(() => telegram.close());
    telegram.failNext('sendMessage', { kind: 'hang' }, { times: Infinity });
    const app = await createTestApp({ env: { FETCH_ALLOW_PRIVATE: '1' } });
    cleanups.push(() => app.close());
    const logs: Record<string, unknown>[] = [];
    const logger = createLogger('warn', { destination: { write: (line) => void logs.push(JSON.parse(line) as Record<string, unknown>) } });
    const alerts = createSourceAlerts({ api: new Api(TOKEN, { apiRoot: telegram.apiRoot }), adminChatId: OPERATOR, logger });
    const poller = createSourcePoller({
      sources: app.sources, fetchUrl: app.fetcher.fetchUrl, ingestor: app.ingestor, gate: createHostGate({ minGapMs: 0 }), clock: app.clock, logger,
      policy: { baseMinutes: 30, failingAfter: 1 }, alerts, alertWaitMs: 200,
    });
    const source = newSource({ url: web.feed(1), feedUrl: web.feed(1), kind: 'feed', title: 'Feed 1' }, TEST_NOW);
    await app.sources.add(source);

    const started = Date.now();
    const result = await poller.pollOne(source);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result).toMatchObject({ status: 'failed', new: 0 });
    expect(result.source.health.failingSince).toBeDefined();
    // The alert was really sent, and is still waiting for Telegram.
    expect(telegram.calls.filter((c) => c.method === 'sendMessage' && c.chatId === OPERATOR)).toHaveLength(1);
    expect(logs.filter((l) => l.code === 'SOURCE_ALERT_SLOW')).toMatchObject([{ source: source.id, waitedMs: 200 }]);
    expect(logs.filter((l) => l.code === 'SOURCE_FAILING')).toHaveLength(1);

    web.down = false;
    expect(await poller.pollOne((await app.sources.get(source.id))!)).toMatchObject({ status: 'new', new: 3 });
  });
});
