// The live process wires failing-source alerts: `newsbrief start` with ADMIN_CHAT_ID, a source added from a
// group chat whose feed fails from its first poll on, and the Bot API stand-in that receives the alerts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TOKEN, started, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';
import { startFeedServer, type FeedServer } from '../support/source-feeds.js';

const OPERATOR = 9100;
const ADMIN = { id: 611, first_name: 'Alice' };
const GROUP = { id: -311, type: 'group' as const, title: 'Readers' };

let tg: FakeTelegram;
let web: FeedServer;
let bot: BotProcess;
beforeAll(async () => {
  tg = await startFakeTelegram({ token: E2E_TOKEN, chats: [GROUP] });
  tg.setMember(GROUP.id, ADMIN.id, 'administrator');
  web = await startFeedServer();
  bot = startBotProcess({
    TELEGRAM_API_ROOT: tg.apiRoot,
    ADMIN_CHAT_ID: String(OPERATOR),
    // The group adds (and the poller fetches) its own source through the chats' fetcher: its switch, not FETCH_ALLOW_PRIVATE.
    CHAT_FETCH_ALLOW_PRIVATE: '1',
    FETCH_PAGES: '0',
    SOURCES_FAILING_AFTER: '1',
    SOURCES_SCHEDULE: '* * * * * *', // every second
  });
  await bot.waitForLog(started, 30_000);
}, 40_000);
afterAll(async () => {
  expect(await bot.stop('SIGTERM')).toBe(0);
  await Promise.all([tg.close(), web.close()]);
});

describe('failing-source alerts in `newsbrief start`', () => {
  it('when a group’s own source fails then the operator and the admin who added it are told, the group is not', async () => {
    tg.pushUpdate(tg.message({ text: `/sources add ${web.base}/once/8.xml`, chat: GROUP, from: ADMIN }));
    await tg.waitFor((c) => c.method === 'sendMessage' && c.chatId === GROUP.id && c.accepted, { timeoutMs: 10_000 });
    expect(tg.messagesTo(GROUP.id).map((m) => m.text)).toEqual([expect.stringMatching(/^Added source 1 of this chat: .*District Herald 8/)]);

    const toOperator = await tg.waitFor((c) => c.method === 'sendMessage' && c.chatId === OPERATOR && c.accepted, { timeoutMs: 10_000 });
    expect(String(toOperator.payload.text)).toMatch(/^newsbrief: Source "District Herald 8" has failed once \(last: .*503/);
    const toAdder = await tg.waitFor((c) => c.method === 'sendMessage' && c.chatId === ADMIN.id && c.accepted, { timeoutMs: 10_000 });
    expect(String(toAdder.payload.text)).toMatch(/It is a source you added to “Readers”\.$/);

    await bot.waitForLog((l) => l.code === 'SOURCE_FAILING', 5_000);
    expect(bot.logs.filter((l) => l.code === 'SOURCE_FAILING')).toHaveLength(1);
    expect(tg.messagesTo(OPERATOR)).toHaveLength(1);
    expect(tg.messagesTo(ADMIN.id)).toHaveLength(1);
    expect(tg.messagesTo(GROUP.id)).toHaveLength(1);
  }, 30_000);
});
