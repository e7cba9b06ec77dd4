// The live scheduler's sender at shutdown: once the stop signal is aborted its sleeps return at once,
// so it must stop then too (not only when stop() runs, after the inbox), or it spins until the pacer
// lets a send through and goes on delivering. Real clock: the pacer's waits are real (about 1 s here).
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { createDeliveryApi } from '../../src/bot-start.js';
import { startDigestScheduler, type DigestScheduler } from '../../src/delivery/schedule-digests.js';
import { silentLogger } from '../../src/logger.js';
import { createLeaseRunCoordinator } from '../../src/store/lease-run-coordinator.js';
import { RIG_TOKEN } from '../support/digest-rig.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';

const ADMIN = 99;
const open: { tg: FakeTelegram; app: App; digests: DigestScheduler }[] = [];
afterEach(async () => {
  for (const { tg, app, digests } of open.splice(0)) {
    await digests.stop();
    await app.close();
    await tg.close();
  }
});

/** The scheduler on a memory store with these chats' digests already in the outbox (one message each). */
async function started(chats: number[]) {
  const tg = await startFakeTelegram();
  const config = parseConfig({ STORE_URL: 'memory://', TELEGRAM_API_ROOT: tg.apiRoot, ADMIN_CHAT_ID: String(ADMIN), DIGEST_SCHEDULE: '0 0 1 1 *' });
  const app = await openApp(config, { logger: silentLogger });
  const day = new Date().toISOString().slice(0, 10);
  const createdAt = new Date().toISOString();
  await app.outbox.enqueue(chats.map((chatId) => ({ chatId, day, chatKind: 'private' as const, messages: [`Digest for ${chatId}`], next: 0, events: {}, attempts: 0, createdAt })));
  const stop = new AbortController();
  // The root's wiring: the Api main.ts builds for the scheduler (one attempt per call, cut at shutdown).
  const api = createDeliveryApi(RIG_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT, logger: silentLogger, stopRetrying: stop.signal, abortAll: new AbortController().signal });
  const digests = startDigestScheduler(app, { api, lifecycle: { stopRetrying: stop.signal }, jobs: createLeaseRunCoordinator(app.store) });
  open.push({ tg, app, digests });
  return { tg, app, digests, stop };
}

const sends = (tg: FakeTelegram) => tg.calls.filter((c) => c.method === 'sendMessage' && c.chatId !== ADMIN);

describe('digest scheduler: stop during a fan-out', () => {
  it('when the stop is asked for mid fan-out then the sender ends within a pacer wait, and the unsent digests stay in the outbox', async () => {
    const chats = Array.from({ length: 40 }, (_, i) => 3000 + i);
    const { tg, app, digests, stop } = await started(chats);
    await tg.waitFor((c) => c.method === 'sendMessage' && c.accepted && c.chatId === 3002, { timeoutMs: 5000 });
    stop.abort();
    const before = sends(tg).length;
    const t0 = performance.now();
    await digests.tick(); // the tick in progress
    expect(performance.now() - t0).toBeLessThan(300);
    expect(sends(tg).length - before).toBeLessThanOrEqual(1); // at most the one already on its way
    expect((await app.outbox.open()).length).toBeGreaterThanOrEqual(chats.length - 4);
    expect(tg.messagesTo(ADMIN)).toEqual([]);
  });

  it('when the stop cuts a retry wait short then the failure is not counted and no "failed" alert goes', async () => {
    const { tg, app, digests, stop } = await started([3100]);
    tg.failNext('sendMessage', { kind: '5xx', status: 502 }, { chatId: 3100, times: Infinity });
    await tg.waitFor((c) => c.chatId === 3100 && c.status === 502, { timeoutMs: 5000 });
    stop.abort();
    await digests.tick();
    expect(sends(tg)).toHaveLength(1);
    expect(tg.messagesTo(ADMIN)).toEqual([]);
    expect(await app.outbox.open()).toEqual([expect.objectContaining({ chatId: 3100, next: 0, attempts: 0 })]);
  });
});
