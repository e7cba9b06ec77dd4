// The digest job and sender wired to the Bot API stand-in with a controllable clock: the sender's
// `sleep` advances the fake clock instead of waiting, so a fan-out of minutes runs in milliseconds.
// The stand-in reads the same clock, so its flood windows and the pacer agree.
import { Api } from 'grammy';
import { openApp, type App } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import { parseConfig } from '../../src/config.js';
import { createDigestJob, type TickReport } from '../../src/delivery/digest-job.js';
import { createPacer, type Pacer } from '../../src/delivery/pacer.js';
import { sendOutbox } from '../../src/delivery/send-outbox.js';
import { silentLogger } from '../../src/logger.js';
import type { BriefingService } from '../../briefings/briefing-service.js';
import type { Subscription } from '../../src/subscriptions/subscription.js';
import { startFakeTelegram, type FakeTelegram } from './fake-telegram.js';
import { input } from './test-app.js';

export const RIG_TOKEN = '123456:TEST-digest-rig-token-abcdefghijklmnop';

/** A clock that only moves when told (and when the sender "sleeps"). */
export interface FakeTime extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
  ms(): number;
}

export function fakeTime(start: Date | string): FakeTime {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    ms: () => now,
    set: (at) => void (now = new Date(at).getTime()),
    advance: (ms) => void (now += ms),
  };
}

export interface RigOptions {
  storeUrl?: string;
  catchUpHours?: number;
  maxAttempts?: number;
  adminChatId?: number;
  /** Replaces the app's briefing service (e.g. a synthetic briefing). */
  briefings?: BriefingService;
}

export interface DigestRig {
  app: App;
  tg: FakeTelegram;
  time: FakeTime;
  tick(): Promise<TickReport>;
  /** Runs the sender alone (as the job does at the end of a tick). */
  send(): ReturnType<typeof sendOutbox>;
  subscribe(chatId: number, change?: Partial<Subscription>): Promise<Subscription>;
  ingest(name: string, text: string): Promise<void>;
  /** Operator alerts passed to the sender, in order. */
  alerts: string[];
  /** Every fake sleep the sender asked for (ms), in order. */
  sleeps: number[];
  /** A new app + job on the same store, stand-in and clock: a process restart. */
  restart(options?: RigOptions): Promise<DigestRig>;
  close(): Promise<void>;
}

export async function createDigestRig(start: Date | string, options: RigOptions = {}): Promise<DigestRig> {
  const time = fakeTime(start);
  const tg = await startFakeTelegram({ now: time.ms });
  const rig = await buildRig(time, tg, options);
  const closeApp = rig.close;
  return { ...rig, close: async () => { await closeApp(); await tg.close(); } };
}

async function buildRig(time: FakeTime, tg: FakeTelegram, options: RigOptions): Promise<DigestRig> {
  const env: Record<string, string> = { STORE_URL: options.storeUrl ?? 'memory://', CATCH_UP_HOURS: String(options.catchUpHours ?? 6) };
  const app = await openApp(parseConfig(env), { logger: silentLogger, clock: time });
  const api = new Api(RIG_TOKEN, { apiRoot: tg.apiRoot });
  // Requests between the pacer's go-ahead and the stand-in's answer: the fake clock must not jump while one is
  // on the wire, or the stand-in would stamp it later than the pacer did.
  let onTheWire = 0;
  api.config.use(async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } finally {
      if (method === 'sendMessage') onTheWire--;
    }
  });
  const real = createPacer();
  const pacer: Pacer = {
    ...real,
    acquire(chatId, kind, now) {
      const wait = real.acquire(chatId, kind, now);
      if (wait === 0) onTheWire++;
      return wait;
    },
  };
  const alerts: string[] = [];
  const sleeps: number[] = [];
  const sleep = async (ms: number) => {
    sleeps.push(ms);
    const target = time.ms() + ms;
    do await new Promise((resolve) => setImmediate(resolve));
    while (onTheWire > 0);
    if (time.ms() < target) time.set(new Date(target));
  };
  const alert = async (text: string) => {
    alerts.push(text);
    if (options.adminChatId !== undefined) await api.sendMessage(options.adminChatId, `newsbrief: ${text}`).catch(() => undefined);
  };
  const send = () =>
    sendOutbox({
      api, outbox: app.outbox, ledger: app.ledger, subscriptions: app.subscriptions, pacer, clock: time,
      logger: silentLogger, alert, sleep, ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    });
  const job = createDigestJob({
    subscriptions: app.subscriptions, ledger: app.ledger, outbox: app.outbox, briefings: options.briefings ?? app.briefings,
    archive: app.archive, clock: time, logger: silentLogger, catchUpMs: app.config.CATCH_UP_HOURS * 3_600_000, send,
  });
  let closed = false;
  const close = async () => {
    if (!closed) await app.close();
    closed = true;
  };
  return {
    app, tg, time, alerts, sleeps, send,
    tick: () => job.tick(),
    async subscribe(chatId, change = {}) {
      const at = new Date(time.ms() - 7 * 86_400_000).toISOString();
      const sub: Subscription = {
        chatId, chatType: chatId > 0 ? 'private' : 'group', time: '08:00', timeZone: 'Europe/Minsk',
        include: [], exclude: [], status: 'active', createdAt: at, updatedAt: at, ...change,
      };
      await app.subscriptions.put(sub);
      return sub;
    },
    async ingest(name, text) {
      const [result] = await app.ingestor.ingest([input(name, text)]);
      if (result?.status !== 'stored') throw new Error(`fixture ${name} not stored: ${JSON.stringify(result)}`);
    },
    restart: async (next = options) => {
      await close();
      return buildRig(time, tg, next);
    },
    close,
  };
}
