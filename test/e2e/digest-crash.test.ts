// The crash test: the real process fans digests out to N chats due now; it is SIGKILLed in the
// middle of the fan-out and started again. Every chat ends with exactly one digest, apart from at
// most one repeated message (the one in flight at the kill), at several kill points.
// Digests of several messages, a group, a forum topic and a later restart: digest-crash-multi.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_TOKEN, started, startBotProcess } from '../support/bot-process.js';
import { startFakeTelegram } from '../support/fake-telegram.js';
import { createTestApp, input } from '../support/test-app.js';
import { followUpText, seedText, unrelatedText } from '../support/articles.js';

const scratch = mkdtempSync(join(tmpdir(), 'newsbrief-crash-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const CHATS = 40;
const chatIds = Array.from({ length: CHATS }, (_, i) => 9000 + i);

/** A store with articles that arrived just now and CHATS subscriptions due a minute ago. */
async function seededStore(name: string): Promise<string> {
  const storeUrl = `sqlite://${join(scratch, `${name}.sqlite`)}`;
  const now = new Date();
  const app = await createTestApp({ storeUrl, now });
  await app.ingestor.ingest([input('seed', seedText()), input('follow', followUpText), input('ecb', unrelatedText)]);
  const due = new Date(now.getTime() - 60_000);
  const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
  const createdAt = new Date(now.getTime() - 2 * 86_400_000).toISOString();
  for (const chatId of chatIds) {
    await app.subscriptions.put({ chatId, chatType: 'private', time, timeZone: 'UTC', include: [], exclude: [], status: 'active', createdAt, updatedAt: createdAt });
  }
  await app.close();
  return storeUrl;
}

describe('digest fan-out survives SIGKILL', () => {
  it.each([1, 12, 30])('when killed after %i messages then every chat still gets exactly one digest', async (killAfter) => {
    const storeUrl = await seededStore(`kill-${killAfter}`);
    const tg = await startFakeTelegram({ token: E2E_TOKEN });
    tg.enforceRateLimits({ perSecondGlobal: 30, perChatPerSecond: 1, perGroupPerMinute: 20 });
    const env = { TELEGRAM_API_ROOT: tg.apiRoot, STORE_URL: storeUrl };
    const digestsSent = () => tg.calls.filter((c) => c.method === 'sendMessage' && c.accepted && chatIds.includes(c.chatId ?? 0)).length;
    try {
      const first = startBotProcess(env);
      await first.waitForLog(started, 30_000);
      for (let i = 0; i < 400 && digestsSent() < killAfter; i++) await new Promise((r) => setTimeout(r, 10));
      expect(await first.stop('SIGKILL')).toBe(null);
      const atKill = digestsSent();
      expect(atKill).toBeGreaterThanOrEqual(killAfter);
      expect(atKill).toBeLessThan(CHATS); // really mid-fan-out

      const second = startBotProcess(env);
      await second.waitForLog((l) => l.msg === 'digest tick' && (l.sent as { messages?: number } | undefined)?.messages !== undefined, 30_000);
      for (let i = 0; i < 500 && chatIds.some((id) => tg.messagesTo(id).length === 0); i++) await new Promise((r) => setTimeout(r, 20));
      const code = await second.stop('SIGTERM');
      expect(code, JSON.stringify(second.logs.filter((l) => l.raw || Number(l.level) >= 40).slice(-8))).toBe(0);

      const perChat = chatIds.map((id) => tg.messagesTo(id).length);
      expect(perChat.every((n) => n >= 1)).toBe(true); // nobody skipped
      const extra = perChat.reduce((sum, n) => sum + (n - 1), 0);
      expect(extra).toBeLessThanOrEqual(1); // at most the one message in flight at the kill
      expect(tg.stats().rateLimited).toBe(0);
    } finally {
      await tg.close();
    }
  }, 90_000);
});
