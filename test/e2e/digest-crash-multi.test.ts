// The crash test with digests of several messages each (past Telegram's 4096-character limit), to
// private chats, a group and a forum topic of a supergroup, under the stand-in's flood limits. The
// real process is SIGKILLed in the middle of the fan-out (mid-way through chats' digests too) and
// started again: every chat ends with its whole digest, in order, once, apart from at most the one
// message in flight at the kill. A third process, after all is delivered, sends the fan-out nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_TOKEN, started, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { deliveredAcrossKill, localTime, occurrences } from '../support/delivered-sequence.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';
import { longDigestArticles } from '../support/long-digest.js';
import { createTestApp, input } from '../support/test-app.js';

const scratch = mkdtempSync(join(tmpdir(), 'newsbrief-crash-multi-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The 20 events a digest holds at most (compose.ts), with summaries of a 35-word lead and two shorter sentences: 8 in full and
// 12 as headlines, 2 messages a chat (the phone layout, render.ts), 64 in all.
const ARTICLES = longDigestArticles(20);
const GROUP = -4100;
const FORUM = -1_003_000_000_001;
const TOPIC = 7;
const CANARY = 9199;
interface Chat { chatId: number; chatType: 'private' | 'group' | 'supergroup'; timeZone: string; threadId?: number }
const chats: Chat[] = [
  ...Array.from({ length: 30 }, (_, i): Chat => ({ chatId: 9100 + i, chatType: 'private', timeZone: 'UTC' })),
  { chatId: GROUP, chatType: 'group', timeZone: 'UTC' },
  // Another zone: another rendering (its header), so two views share the fan-out.
  { chatId: FORUM, chatType: 'supergroup', timeZone: 'Europe/Berlin', threadId: TOPIC },
];
const chatIds = chats.map((c) => c.chatId);

/** Subscriptions due a minute ago (each in its own zone), created two days ago. */
async function subscribe(storeUrl: string, now: Date, list: readonly Chat[]): Promise<void> {
  const app = await createTestApp({ storeUrl, now });
  const createdAt = new Date(now.getTime() - 2 * 86_400_000).toISOString();
  const time = (zone: string) => localTime(new Date(now.getTime() - 60_000), zone);
  for (const c of list) {
    await app.subscriptions.put({ ...c, time: time(c.timeZone), include: [], exclude: [], status: 'active', createdAt, updatedAt: createdAt });
  }
  await app.close();
}

async function seededStore(name: string): Promise<string> {
  const storeUrl = `sqlite://${join(scratch, `${name}.sqlite`)}`;
  const now = new Date();
  const app = await createTestApp({ storeUrl, now });
  await app.ingestor.ingest(ARTICLES.map((a) => input(a.name, a.text)));
  await app.close();
  await subscribe(storeUrl, now, chats);
  return storeUrl;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tickLogged = (l: Record<string, unknown>) => l.msg === 'digest tick' && (l.sent as { messages?: number } | undefined)?.messages !== undefined;
const problems = (p: BotProcess) => JSON.stringify(p.logs.filter((l) => l.raw || Number(l.level) >= 40).slice(-8));
const texts = (tg: FakeTelegram, chatId: number) => tg.messagesTo(chatId).map((m) => m.text);
const withoutRange = (sequence: readonly string[]) => sequence.map((m, i) => (i === 0 ? m.replace(/^(.*\n).*/, '$1') : m));

/** The whole digest of one view: every event once, header first, disclaimer last, 2+ messages. */
function expectWholeDigest(sequence: readonly string[], timeZone: string): void {
  expect(sequence.length).toBeGreaterThanOrEqual(2);
  expect(sequence[0]).toMatch(new RegExp(`^<b>News digest</b>\\n.*\\(${timeZone}\\)`));
  expect(sequence.at(-1)).toContain('verify important facts independently');
  const all = sequence.join('\n');
  // 8 stories as bold headlines, the other 12 as headline lines; each story once.
  const full = ARTICLES.filter(({ title }) => occurrences(all, `<b>${title}</b>`) === 1);
  expect(full).toHaveLength(8);
  for (const { title } of ARTICLES) expect(occurrences(all, `<b>${title}</b>`) + occurrences(all, `• ${title} <i>`), title).toBe(1);
}

describe('multi-message digest fan-out survives SIGKILL', () => {
  it.each([1, 30, 55])('when killed after %i messages then every chat gets its whole digest once, in order, and a later restart sends it nothing', async (killAfter) => {
    const storeUrl = await seededStore(`multi-${killAfter}`);
    const tg = await startFakeTelegram({ token: E2E_TOKEN, chats: [{ id: FORUM, type: 'supergroup', title: 'Forum', is_forum: true }] });
    tg.enforceRateLimits({ perSecondGlobal: 30, perChatPerSecond: 1, perGroupPerMinute: 20 });
    const env = { TELEGRAM_API_ROOT: tg.apiRoot, STORE_URL: storeUrl, DELIVERY_CONCURRENCY: '1' };
    const sentToFanOut = () => tg.calls.filter((c) => c.method === 'sendMessage' && c.accepted && chatIds.includes(c.chatId ?? 0)).length;
    try {
      const first = startBotProcess(env);
      await first.waitForLog(started, 30_000);
      for (const deadline = Date.now() + 20_000; sentToFanOut() < killAfter && Date.now() < deadline; ) await sleep(10);
      expect(await first.stop('SIGKILL')).toBe(null);
      const atKill = new Map(chatIds.map((id) => [id, tg.messagesTo(id).length]));
      expect(sentToFanOut()).toBeGreaterThanOrEqual(killAfter);

      const second = startBotProcess(env);
      await second.waitForLog(tickLogged, 30_000);
      expect(await second.stop('SIGTERM'), problems(second)).toBe(0);

      const delivered = new Map(chatIds.map((id) => [id, deliveredAcrossKill(texts(tg, id), atKill.get(id) ?? 0)]));
      const view = (zone: string) => delivered.get(chats.find((c) => c.timeZone === zone)!.chatId)!.sequence;
      expectWholeDigest(view('UTC'), 'UTC');
      expectWholeDigest(view('Europe/Berlin'), 'Europe/Berlin');
      for (const c of chats) expect(delivered.get(c.chatId)!.sequence, `chat ${c.chatId}`).toEqual(view(c.timeZone));
      const repeats = [...delivered.values()].reduce((sum, d) => sum + d.repeats, 0);
      expect(repeats).toBeLessThanOrEqual(1); // at most the one message in flight at the kill
      // Really mid-fan-out, and for some chat mid-way through its own digest.
      expect([...atKill.values()].reduce((a, b) => a + b, 0)).toBeLessThan(chats.length * view('UTC').length);
      expect(chats.some((c) => (atKill.get(c.chatId) ?? 0) > 0 && atKill.get(c.chatId)! < view(c.timeZone).length)).toBe(true);
      expect(tg.messagesTo(FORUM).every((m) => m.threadId === TOPIC)).toBe(true);
      expect(tg.stats().rateLimited).toBe(0);

      // A chat subscribed since then proves the third process ran a whole tick; the fan-out gets nothing.
      await subscribe(storeUrl, new Date(), [{ chatId: CANARY, chatType: 'private', timeZone: 'UTC' }]);
      const before = tg.calls.length;
      const third = startBotProcess(env);
      await third.waitForLog(tickLogged, 30_000);
      expect(await third.stop('SIGTERM'), problems(third)).toBe(0);
      const sends = tg.calls.slice(before).filter((c) => c.method === 'sendMessage');
      expect(sends.filter((c) => c.chatId !== CANARY)).toEqual([]);
      // Its own window (it ends now), so only the header's date range may differ.
      expect(withoutRange(texts(tg, CANARY))).toEqual(withoutRange(view('UTC')));
      expect(tg.stats().rateLimited).toBe(0);
    } finally {
      await tg.close();
    }
  }, 90_000);
});
