// /digest YYYY-MM-DD after a scheduled send, through the bot: exactly the messages the chat was sent
// (compared with what the Bot API stand-in recorded), or one line saying why there were none.
import { afterEach, describe, expect, it } from 'vitest';
import type { BriefingService } from '../../briefings/briefing-service.port.js';
import type { BriefingEvent } from '../../briefings/compose.js';
import { commands, features } from '../../commands/index.js';
import { OFFLINE_BOT_INFO } from '../../src/cli/fake-updates.js';
import { createBot } from '../../src/telegram/create-bot.js';
import { seedText, unrelatedText } from '../support/articles.js';
import { messageUpdate, TOKEN } from '../support/bot-harness.js';
import { createDigestRig, type DigestRig, type RigOptions } from '../support/digest-rig.js';

const rigs: DigestRig[] = [];
afterEach(async () => {
  for (const rig of rigs.splice(0)) await rig.close();
});

async function rigAt(start: string, options: RigOptions = {}): Promise<DigestRig> {
  const rig = await createDigestRig(start, options);
  rigs.push(rig);
  return rig;
}

/** The bot on the rig's app and stand-in; returns the texts it replied in `chatId`. */
function chatWith(rig: DigestRig) {
  const bot = createBot(TOKEN, { deps: rig.app, commands, features, botInfo: OFFLINE_BOT_INFO, apiRoot: rig.tg.apiRoot });
  return async (chatId: number, text: string): Promise<string[]> => {
    const before = rig.tg.messagesTo(chatId).length;
    await bot.handleUpdate(messageUpdate(text, chatId > 0 ? { id: chatId, type: 'private' } : { id: chatId, type: 'group' }));
    return rig.tg.messagesTo(chatId).slice(before).map((m) => m.text);
  };
}

const longEvent = (i: number): BriefingEvent => ({
  id: `ev_long_${i}`,
  title: `Event ${i} headline: the harbour board and the ferry operator agree a new timetable`,
  summary: [`Opening sentence of event ${i} ${'with plenty of detail '.repeat(8)}.`],
  articleIds: [`art_${i}`],
  sources: [{ name: `Wire ${i}`, articleUrl: `https://example.org/news/${i}`, publishedAt: '2026-03-09T12:00:00.000Z' }],
  importance: 40 - i,
});
const synthetic: BriefingService = {
  build: ({ since, until }) =>
    Promise.resolve({ since: since.toISOString(), until: until.toISOString(), events: Array.from({ length: 40 }, (_, i) => longEvent(i)), disclaimers: [] }),
};

describe('/digest YYYY-MM-DD: what this chat was sent', () => {
  it('when a multi-message digest was delivered then /digest <that day> replies exactly those messages after a one-line header', async () => {
    const rig = await rigAt('2026-03-10T01:00:00Z', { briefings: synthetic });
    await rig.subscribe(-4100, { timeZone: 'Europe/Minsk' });
    rig.time.set('2026-03-10T05:00:00Z');
    expect((await rig.tick()).sent).toMatchObject({ delivered: 1 });
    const sent = rig.tg.messagesTo(-4100).map((m) => m.text);
    expect(sent.length).toBeGreaterThan(1);

    const replies = await chatWith(rig)(-4100, '/digest 2026-03-10');
    expect(replies[0]).toBe('Digest of 2026-03-10, exactly as this chat was sent it:');
    expect(replies.slice(1)).toEqual(sent);
  });

  it('when chats with different topics were sent different digests then each replays its own', async () => {
    const rig = await rigAt('2026-03-10T01:00:00Z');
    await rig.ingest('seed.txt', seedText());
    await rig.ingest('ecb.txt', unrelatedText);
    await rig.subscribe(4201);
    await rig.subscribe(4202, { exclude: ['belarus'] });
    rig.time.set('2026-03-10T05:00:00Z');
    await rig.tick();
    const say = chatWith(rig);
    for (const chatId of [4201, 4202]) {
      const sent = rig.tg.messagesTo(chatId).map((m) => m.text);
      expect((await say(chatId, '/digest 2026-03-10')).slice(1)).toEqual(sent);
    }
    expect(rig.tg.messagesTo(4202).map((m) => m.text).join('\n')).not.toMatch(/Lukashenk/);
  });

  it('when nothing matched, the day was skipped, or the chat got nothing then each gets one clear line', async () => {
    const rig = await rigAt('2026-03-10T01:00:00Z', { catchUpHours: 1 });
    await rig.ingest('seed.txt', seedText());
    await rig.subscribe(4301, { include: ['volcano'] });
    await rig.subscribe(4302, { time: '02:00' }); // 02:00 Minsk (23:00Z the day before): past the 1 h catch-up at the first tick
    rig.time.set('2026-03-10T05:00:00Z');
    expect(await rig.tick()).toMatchObject({ empty: 1 });
    expect(await rig.app.ledger.get(4302, '2026-03-10')).toMatchObject({ status: 'skipped' });
    const say = chatWith(rig);
    expect(await say(4301, '/digest 2026-03-10')).toEqual(['Nothing was sent on 2026-03-10: there was nothing new for this chat that day.']);
    expect(await say(4302, '/digest 2026-03-10')).toEqual(['The digest of 2026-03-10 was skipped: the bot was down past the catch-up window.']);
    expect((await say(4303, '/digest 2026-03-10'))[0]).toMatch(/^No digest was composed for this chat on 2026-03-10/);
  });

  it('when many chats share settings then their digest is archived once and every chat points at that copy', async () => {
    const rig = await rigAt('2026-03-10T01:00:00Z');
    await rig.ingest('seed.txt', seedText());
    for (const chatId of [4401, 4402, 4403]) await rig.subscribe(chatId);
    await rig.subscribe(4404, { timeZone: 'Europe/Berlin', time: '06:00' }); // 05:00Z too, another zone: another view
    rig.time.set('2026-03-10T05:00:00Z');
    expect((await rig.tick()).sent).toMatchObject({ delivered: 4 });
    const pointers = (await rig.app.store.kv.getMany([4401, 4402, 4403, 4404].map((id) => `archive:chat:${id}:2026-03-10`))) as { view: string }[];
    const views = pointers.map((p) => p.view);
    expect(new Set(views.slice(0, 3)).size).toBe(1); // one copy for the three chats with the same settings
    expect(views[3]).not.toBe(views[0]);
    expect(await rig.app.store.kv.get(`archive:view:${views[0]}`)).toMatchObject({ messages: rig.tg.messagesTo(4401).map((m) => m.text) });
  });

  it('when /digest is asked after a scheduled send then it previews only what arrived since, leaving out what was sent', async () => {
    const rig = await rigAt('2026-03-10T01:00:00Z');
    await rig.ingest('seed.txt', seedText());
    await rig.subscribe(4501);
    rig.time.set('2026-03-10T05:00:00Z');
    await rig.tick();
    expect(rig.tg.messagesTo(4501).map((m) => m.text).join('\n')).toMatch(/Lukashenk/);
    const say = chatWith(rig);
    rig.time.set('2026-03-10T06:00:00Z');
    expect((await say(4501, '/digest')).join('\n')).toMatch(/^<b>News digest<\/b>\nNothing new since/);
    await rig.ingest('ecb.txt', unrelatedText);
    const preview = (await say(4501, '/digest')).join('\n');
    expect(preview).toMatch(/Central Bank|Lagarde/);
    expect(preview).not.toMatch(/Lukashenk/);
  });
});
