// The scheduler's production wiring (createDigestRunner, as main.ts's startDigestScheduler uses it)
// on the app's one dependency object, given an Api pointed at the Bot API stand-in and a controllable
// clock: the sender's `sleep` advances the fake clock instead of waiting, so a fan-out of minutes runs
// in milliseconds. The stand-in reads the same clock, so its flood windows and the pacer agree.
import { Api } from 'grammy';
import { openApp, type App } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import { parseConfig } from '../../src/config.js';
import type { TickReport } from '../../src/delivery/digest-job.js';
import { createPacer, type Pacer } from '../../src/delivery/pacer.js';
import { createDigestRunner } from '../../src/delivery/schedule-digests.js';
import type { SendReport } from '../../src/delivery/send-outbox.js';
import { silentLogger } from '../../src/logger.js';
import type { BriefingService } from '../../briefings/briefing-service.port.js';
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
  send(): Promise<SendReport>;
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
  const tg = await startFakeTelegram({ now: () => time.ms() });
  const rig = await buildRig(time, tg, options);
  const closeApp = () => rig.close();
  return { ...rig, close: async () => { await closeApp(); await tg.close(); } };
}

async function buildRig(time: FakeTime, tg: FakeTelegram, options: RigOptions): Promise<DigestRig> {
  const env: Record<string, string> = {
    STORE_URL: options.storeUrl ?? 'memory://',
    CATCH_UP_HOURS: String(options.catchUpHours ?? 6),
    ...(options.adminChatId !== undefined ? { ADMIN_CHAT_ID: String(options.adminChatId) } : {}),
  };
  const app = await openApp(parseConfig(env), { logger: silentLogger, clock: time, ...(options.briefings ? { briefings: options.briefings } : {}) });
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
  const runner = createDigestRunner(app, {
    api, pacer, sleep, onAlert: (text) => void alerts.push(text), ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  });
  let closed = false;
  const close = async () => {
    if (!closed) await app.close();
    closed = true;
  };
  return {
    app, tg, time, alerts, sleeps,
    send: () => runner.send(),
    tick: () => runner.tick(),
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
