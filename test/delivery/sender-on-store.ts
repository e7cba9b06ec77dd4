// A sender (sendOutbox) whose outbox and ledger sit on the app's real store through a keyv that counts, and can
// crash before, a chosen write (test/support/crashing-keyv.ts); Telegram is the loopback stand-in. For the tests of
// what a delivered message costs in store writes and of a crash between any two of them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from 'grammy';
import type { App } from '../../src/app.js';
import { createPacer, TELEGRAM_LIMITS } from '../../src/delivery/pacer.js';
import { sendOutbox, type SendReport } from '../../src/delivery/send-outbox.js';
import { silentLogger } from '../../src/logger.js';
import { createKeyvDigestLedger } from '../../src/store/keyv-digest-ledger.js';
import { createKeyvOutbox } from '../../src/store/keyv-outbox.js';
import type { DigestLedger } from '../../src/store/digest-ledger.port.js';
import type { Outbox, OutboxItem } from '../../src/store/outbox.port.js';
import { crashingKeyv } from '../support/crashing-keyv.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';
import { createTestApp } from '../support/test-app.js';

export const START = Date.parse('2026-03-10T05:00:00Z');
export const DAY = '2026-03-10';

export interface SenderRig {
  app: App;
  tg: FakeTelegram;
  /** The outbox and ledger on the real store, uncounted. */
  outbox: Outbox;
  ledger: DigestLedger;
  /** One sender run; its store writes are counted, and the `crashAt`-th one (1-based) and all after it fail. */
  run(options?: { crashAt?: number; concurrency?: number; perSecond?: number }): Promise<{ report?: SendReport; error?: unknown; writes: string[] }>;
  close(): Promise<void>;
}

export async function createSenderRig(): Promise<SenderRig> {
  let now = START;
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-sender-'));
  const app = await createTestApp({ storeUrl: `sqlite://${join(dir, 'store.sqlite')}`, now: new Date(START) });
  const tg = await startFakeTelegram({ now: () => now });
  const clock = { now: () => new Date(now) };
  const lock = app.store.listLock;
  return {
    app,
    tg,
    outbox: createKeyvOutbox(app.store.kv, { lock }),
    ledger: createKeyvDigestLedger(app.store.kv, { lock }),
    async run({ crashAt = Infinity, concurrency = 1, perSecond = Infinity } = {}) {
      const counted = crashingKeyv(app.store.kv, crashAt);
      const api = new Api('123456:TEST-sender-token-abcdefghijklmnopq', { apiRoot: tg.apiRoot });
      // Once "dead", nothing more leaves: other items' requests (with several in flight) hang, as in a dead process.
      api.config.use((prev, method, payload, signal) => (counted.writes().length >= crashAt ? new Promise<never>(() => {}) : prev(method, payload, signal)));
      try {
        const report = await sendOutbox({
          api, outbox: createKeyvOutbox(counted.kv, { lock }), ledger: createKeyvDigestLedger(counted.kv, { lock }),
          subscriptions: app.subscriptions, sources: app.sources, clock, logger: silentLogger, alert: () => Promise.resolve(), concurrency,
          // No overall cap by default: private chats then never wait, so the fake clock stands still unless a chat's own 1/s applies.
          pacer: createPacer({ ...TELEGRAM_LIMITS, perSecondGlobal: perSecond }),
          sleep: (ms) => {
            now += ms;
            return Promise.resolve();
          },
        });
        return { report, writes: counted.writes() };
      } catch (error) {
        return { error, writes: counted.writes() };
      }
    },
    async close() {
      await tg.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A digest for `chatId` of `parts` messages, "<chatId> part <i>". */
export const digestFor = (chatId: number, parts: number): OutboxItem => ({
  chatId, day: DAY, chatKind: 'private', messages: Array.from({ length: parts }, (_, i) => `${chatId} part ${i + 1}`),
  next: 0, events: { [`ev_${chatId}`]: 1 }, attempts: 0, createdAt: '2026-03-10T04:59:00.000Z',
});
