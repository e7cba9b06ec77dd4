// Failing-source alerts through the real poller and the Bot API stand-in: a feed server on 127.0.0.1 that
// goes down, sources of the pool, of a channel and of a private chat, and the messages Telegram was asked to send.
import { Api } from 'grammy';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { createHostGate } from '../../src/sources/host-gate.js';
import { createSourcePoller, type SourcePoller } from '../../src/sources/poll-source.js';
import { newSource, type Source } from '../../src/sources/source.js';
import { createSourceAlerts } from '../../src/telegram/source-alerts.js';
import { TOKEN } from '../support/bot-harness.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';
import { startFeedServer, type FeedServer } from '../support/source-feeds.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

const OPERATOR = 9001;
const ADDER = 501;
const CHANNEL = { id: -1005550004444, type: 'channel' as const, title: 'Daily News', username: 'dailynews' };
const PRIVATE_OWNER = 502;

let web: FeedServer;
beforeAll(async () => { web = await startFeedServer(); });
afterAll(async () => { await web.close(); });

let app: App;
let telegram: FakeTelegram;
let logs: Record<string, unknown>[];
beforeEach(async () => {
  web.down = false;
  app = await createTestApp({ env: { FETCH_ALLOW_PRIVATE: '1', SOURCES_FAILING_AFTER: '2' } });
  telegram = await startFakeTelegram();
  telegram.setChat(CHANNEL);
  logs = [];
});
afterEach(async () => {
  await telegram.close();
  await app.close();
});

function pollerWith(adminChatId?: number): SourcePoller {
  const logger = createLogger('warn', { destination: { write: (line) => void logs.push(JSON.parse(line) as Record<string, unknown>) } });
  const api = new Api(TOKEN, { apiRoot: telegram.apiRoot });
  const alerts = createSourceAlerts({ api, logger, ...(adminChatId === undefined ? {} : { adminChatId }) });
  const policy = { baseMinutes: app.config.SOURCES_POLL_MINUTES, failingAfter: app.config.SOURCES_FAILING_AFTER };
  return createSourcePoller({ sources: app.sources, fetchUrl: app.fetcher.fetchUrl, ingestor: app.ingestor, gate: createHostGate({ minGapMs: 0 }), clock: app.clock, logger, policy, alerts });
}

async function addSource(n: number, owner: { chatId?: number; addedBy?: number } = {}): Promise<Source> {
  const source = newSource({ url: web.feed(n), feedUrl: web.feed(n), kind: 'feed', title: `Feed ${n}`, ...owner }, TEST_NOW);
  await app.sources.add(source);
  return source;
}

/** Polls each source `times` times, re-reading it between polls as the schedule would. */
async function pollAll(poller: SourcePoller, ids: string[], times: number) {
  for (let i = 0; i < times; i++) for (const id of ids) await poller.pollOne((await app.sources.get(id))!);
}
const textsTo = (chatId: number) => telegram.messagesTo(chatId).map((m) => m.text);

describe('createSourceAlerts', () => {
  it('when sources keep failing then the operator gets one alert per source per streak, the adder one per own source, the chat none', async () => {
    const poller = pollerWith(OPERATOR);
    const pool = await addSource(1);
    const channel = await addSource(2, { chatId: CHANNEL.id, addedBy: ADDER });
    const privateOwn = await addSource(3, { chatId: PRIVATE_OWNER, addedBy: PRIVATE_OWNER });
    const ids = [pool.id, channel.id, privateOwn.id];
    web.down = true;
    await pollAll(poller, ids, 4);

    const operator = textsTo(OPERATOR);
    expect(operator).toHaveLength(3);
    for (const [i, text] of operator.entries()) expect(text).toMatch(new RegExp(`^newsbrief: Source "Feed ${i + 1}" has failed 2 times in a row \\(last: .*503.*\\)`));
    expect(textsTo(ADDER)).toEqual([expect.stringMatching(/^newsbrief: Source "Feed 2" has failed 2 times .* It is a source you added to @dailynews \(send \/sources @dailynews here to see them\)\.$/)]);
    expect(textsTo(PRIVATE_OWNER)).toEqual([expect.stringMatching(/^newsbrief: Source "Feed 3" .* It is a source you added to our private chat\.$/)]);
    expect(textsTo(CHANNEL.id)).toEqual([]);
    expect(telegram.sent()).toHaveLength(5);

    // Back, then down again: a new streak, so one more alert each.
    web.down = false;
    await pollAll(poller, ids, 1);
    web.down = true;
    await pollAll(poller, ids, 3);
    expect(textsTo(OPERATOR)).toHaveLength(6);
    expect(textsTo(ADDER)).toHaveLength(2);
    expect(textsTo(PRIVATE_OWNER)).toHaveLength(2);
    expect(textsTo(CHANNEL.id)).toEqual([]);
  });

  it('when the operator added a chat’s source in their own chat with the bot then they get it once', async () => {
    const poller = pollerWith(OPERATOR);
    const own = await addSource(4, { chatId: OPERATOR, addedBy: OPERATOR });
    web.down = true;
    await pollAll(poller, [own.id], 3);
    expect(textsTo(OPERATOR)).toEqual([expect.stringMatching(/^newsbrief: Source "Feed 4" has failed 2 times/)]);
  });

  it('when the adder blocked the bot then the 403 is logged with a code, the poll goes on and the operator is still told', async () => {
    const poller = pollerWith(OPERATOR);
    const channel = await addSource(5, { chatId: CHANNEL.id, addedBy: ADDER });
    telegram.failNext('sendMessage', { kind: '403', reason: 'blocked' }, { chatId: ADDER });
    web.down = true;
    await pollAll(poller, [channel.id], 2);
    expect((await app.sources.get(channel.id))?.health).toMatchObject({ consecutiveFailures: 2, failingSince: expect.any(String) });
    expect(textsTo(OPERATOR)).toHaveLength(1);
    expect(textsTo(ADDER)).toEqual([]);
    expect(logs).toContainEqual(expect.objectContaining({ code: 'SOURCE_ALERT_NOT_DELIVERED', recipient: 'adder', chatId: ADDER, source: channel.id, description: expect.stringMatching(/Forbidden/) }));
  });

  it('when no ADMIN_CHAT_ID is set then only the adder is told', async () => {
    const poller = pollerWith(undefined);
    const pool = await addSource(6);
    const channel = await addSource(7, { chatId: CHANNEL.id, addedBy: ADDER });
    web.down = true;
    await pollAll(poller, [pool.id, channel.id], 2);
    expect(telegram.sent().map((m) => m.chatId)).toEqual([ADDER]);
  });
});
