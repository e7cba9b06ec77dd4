// A group that becomes a supergroup keeps its own sources: the migration service messages (through the real bot
// on the Bot API stand-in) move them with the subscription, so the supergroup's digest does not fall back to the pool.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { newSource, sourceId } from '../../src/sources/source.js';
import { createHarness, type Harness } from '../support/bot-harness.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

const GROUP = -4001;
const SUPERGROUP = -1004001;
const FEED = 'https://herald.example.org/rss';

let app: App;
let bot: Harness;
beforeEach(async () => {
  app = await createTestApp();
  bot = await createHarness(app);
});
afterEach(async () => {
  await bot.close();
  await app.close();
});

describe('a group’s own sources when it becomes a supergroup', () => {
  it('when both migration messages arrive then the sources move once to the new id and /sources there lists them', async () => {
    await app.subscriptions.put({
      chatId: GROUP, chatType: 'group', time: '06:30', timeZone: 'UTC', include: [], exclude: [],
      status: 'active', createdAt: TEST_NOW.toISOString(), updatedAt: TEST_NOW.toISOString(),
    });
    await app.sources.add(newSource({ url: FEED, feedUrl: FEED, kind: 'feed', title: 'Harbour Herald', chatId: GROUP, addedBy: 501 }, TEST_NOW));
    await app.sources.markSeen(sourceId(FEED, GROUP), ['guid:old']);
    await app.sources.add(newSource({ url: 'https://pool.example.org/rss', feedUrl: 'https://pool.example.org/rss', kind: 'feed', title: 'Pool feed' }, TEST_NOW));

    const [from, to] = bot.telegram.migration({ fromChatId: GROUP, toChatId: SUPERGROUP });
    await bot.send(from);
    await bot.send(to);

    expect(await app.subscriptions.get(SUPERGROUP)).toMatchObject({ chatId: SUPERGROUP, time: '06:30' });
    expect(await app.sources.list({ chatId: GROUP })).toEqual([]);
    const moved = await app.sources.list({ chatId: SUPERGROUP });
    expect(moved).toEqual([expect.objectContaining({ id: sourceId(FEED, SUPERGROUP), feedUrl: FEED, title: 'Harbour Herald', addedBy: 501 })]);
    expect(await app.sources.unseen(moved[0]!.id, ['guid:old', 'guid:new'])).toEqual(['guid:new']);

    const [list] = await bot.say('/sources', { id: SUPERGROUP, type: 'supergroup', title: 'Group' });
    expect(list).toContain(`1. <a href="${FEED}">Harbour Herald</a>`);
    expect(list).not.toContain('Pool feed');
  });
});
