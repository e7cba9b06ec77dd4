// FETCH_ALLOW_PRIVATE is the operator's: with it on (an intranet feed in the pool) and CHAT_FETCH_ALLOW_PRIVATE
// unset, a chat still cannot add or be polled from a private address, while the operator's `sources add` can.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/app.js';
import { appPoller } from '../../src/app-poller.js';
import { addSource } from '../../src/sources/add-source.js';
import { newSource } from '../../src/sources/source.js';
import { USER } from '../support/bot-harness.js';
import { createRig, type Rig } from '../support/bot-rig.js';
import { runCliCaptured } from '../support/run-cli-captured.js';
import { startFeedServer, type FeedServer } from '../support/source-feeds.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

const CHAT_REFUSAL = 'this bot only fetches public web addresses on ports 80 and 443; give the feed’s public URL';

let web: FeedServer;
beforeAll(async () => { web = await startFeedServer(); });
afterAll(async () => { await web.close(); });

let app: App;
let rig: Rig;
beforeEach(async () => {
  // FETCH_PAGES=0: the feeds' items link to news.example.org (no DNS lookups in tests).
  app = await createTestApp({ env: { FETCH_ALLOW_PRIVATE: '1', FETCH_PAGES: '0' } });
  rig = await createRig(app);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rig.close();
  await app.close();
});

describe('private addresses: the operator’s switch does not open them to chats', () => {
  it('when a chat adds a 127.0.0.1 feed then it is refused without a request, while the operator’s add of the same URL works', async () => {
    const url = web.feed(1);
    const before = web.requests.length;
    const replies = rig.texts(await rig.send(rig.telegram.message({ text: `/sources add ${url}`, from: USER })));
    expect(replies).toEqual([`Not added: port ${new URL(url).port} is not allowed (only 80, 443); ${CHAT_REFUSAL}`]);
    expect(replies[0]).not.toContain('FETCH_ALLOW_PRIVATE');
    expect(web.requests.length).toBe(before);
    expect(await app.sources.list()).toEqual([]);

    // The CLI's own path (addSource on the app): the pool is fetched with FETCH_ALLOW_PRIVATE.
    expect(await addSource(app, { url, now: TEST_NOW })).toMatchObject({ ok: true, items: 3, source: { feedUrl: url } });
    expect(web.requests.slice(before)).toEqual(['/feed/1.xml']);
    expect(await app.sources.list({ chatId: 'pool' })).toHaveLength(1);
  });

  it('when the operator runs `newsbrief sources add` with FETCH_ALLOW_PRIVATE=1 then the 127.0.0.1 feed is added', async () => {
    vi.stubEnv('STORE_URL', 'memory://');
    vi.stubEnv('LOG_LEVEL', 'silent');
    vi.stubEnv('FETCH_ALLOW_PRIVATE', '1');
    vi.stubEnv('FETCH_PAGES', '0');
    const { code, stdout } = await runCliCaptured('sources', 'add', web.feed(2));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^added [0-9a-f]{10} {2}District Herald 2 {2}/);
  });

  it('when a chat’s own source is polled then the chats’ fetcher refuses it, while the pool’s copy of the feed is fetched', async () => {
    const url = web.feed(3);
    await app.sources.add(newSource({ url, feedUrl: url, kind: 'feed', chatId: USER.id }, TEST_NOW));
    await app.sources.add(newSource({ url, feedUrl: url, kind: 'feed' }, TEST_NOW));
    const before = web.requests.length;
    const results = await appPoller(app).pollDue(TEST_NOW);
    const byOwner = new Map(results.map((r) => [r.source.chatId ?? 'pool', r]));
    expect(byOwner.get('pool')).toMatchObject({ status: 'new', new: 3 });
    expect(byOwner.get(USER.id)).toMatchObject({ status: 'failed', error: expect.stringContaining(CHAT_REFUSAL) });
    expect((await app.sources.list({ chatId: USER.id }))[0]?.health.lastError).toContain(CHAT_REFUSAL);
    expect(web.requests.slice(before)).toEqual(['/feed/3.xml']);
  });
});
