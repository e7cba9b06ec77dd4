// Telegram allows one getUpdates consumer per token. A second `newsbrief start` in polling mode on the same
// store says so in one line and exits 1 before touching Telegram; the first keeps its updates and answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_TOKEN, started, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';
import { sharedServers } from '../support/backends.js';

const scratch = mkdtempSync(join(tmpdir(), 'newsbrief-pollers-'));
const running: BotProcess[] = [];
const fakes: FakeTelegram[] = [];
afterAll(async () => {
  await Promise.all(running.map((p) => p.stop('SIGTERM')));
  await Promise.all(fakes.map((f) => f.close()));
  rmSync(scratch, { recursive: true, force: true });
});

/** A fresh store per case: a sqlite file of its own, or a namespace of its own on the shared server. */
const stores: { name: string; env: (tag: string) => Record<string, string> }[] = [
  { name: 'sqlite', env: (tag) => ({ STORE_URL: `sqlite://${join(scratch, `${tag}.sqlite`)}` }) },
  ...sharedServers().map((s) => ({ name: s.name, env: (tag: string) => ({ STORE_URL: s.url, STORE_NAMESPACE: `${tag}${Date.now().toString(36)}` }) })),
];

describe.each(stores.map((s) => [s.name, s] as const))('a second polling process on %s', (_name, store) => {
  it('when a second process starts polling the same token on the same store then it exits 1 with one line, and the first keeps answering', async () => {
    const tg = await startFakeTelegram({ token: E2E_TOKEN });
    fakes.push(tg);
    const env = { TELEGRAM_API_ROOT: tg.apiRoot, ...store.env('two') };
    const first = startBotProcess(env);
    running.push(first);
    await first.waitForLog(started, 30_000);
    const pollsBefore = tg.calls.filter((c) => c.method === 'getUpdates').length;

    const second = startBotProcess(env);
    expect(await second.exited).toBe(1);
    const stderr = second.output().stderr.split('\n').filter((l) => l.startsWith('newsbrief:'));
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/another process \(.+ pid \d+\) already polls this bot's updates on this store/);
    expect(stderr[0]).toContain('WEBHOOK_URL');
    // The newcomer never called getUpdates or deleteWebhook, so the first one's long poll was never cut.
    expect(tg.calls.filter((c) => c.method === 'deleteWebhook')).toHaveLength(1);

    tg.pushUpdate(tg.message({ text: '/start', chat: 701, from: { id: 701, first_name: 'Reader' } }));
    await tg.waitFor((c) => c.method === 'sendMessage' && c.chatId === 701 && c.accepted, { timeoutMs: 10_000 });
    expect(tg.calls.filter((c) => c.method === 'getUpdates').length).toBeGreaterThan(pollsBefore);
  }, 60_000);

  it('when the polling process is SIGKILLed then a restart takes over polling (on Redis once the dead one\'s lease lapses) and answers', async () => {
    const tg = await startFakeTelegram({ token: E2E_TOKEN });
    fakes.push(tg);
    const env = { TELEGRAM_API_ROOT: tg.apiRoot, ...store.env('kill') };
    const first = startBotProcess(env);
    await first.waitForLog(started, 30_000);
    expect(await first.stop('SIGKILL')).toBeNull();
    const restarted = startBotProcess(env);
    running.push(restarted);
    await restarted.waitForLog(started, 40_000);
    tg.pushUpdate(tg.message({ text: '/start', chat: 702, from: { id: 702, first_name: 'Reader' } }));
    await tg.waitFor((c) => c.method === 'sendMessage' && c.chatId === 702 && c.accepted, { timeoutMs: 10_000 });
  }, 70_000);
});
