// The real bot on the Bot API stand-in, like bot-harness, with the knobs the access and flood tests
// need: a clock the test moves, a rate limit, and the admin cache's lifetime.
import type { Update } from 'grammy/types';
import { commands, features } from '../../commands/index.js';
import type { App } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import { createBot, type CreateBotOptions } from '../../src/telegram/create-bot.js';
import { OFFLINE_BOT_INFO } from '../../src/cli/fake-updates.js';
import { TOKEN } from './bot-harness.js';
import { startFakeTelegram, type FakeTelegram, type RecordedCall } from './fake-telegram.js';

export interface MovableClock extends Clock {
  advance(ms: number): void;
}

export function movableClock(start: Date): MovableClock {
  let at = start.getTime();
  return { now: () => new Date(at), advance: (ms) => void (at += ms) };
}

export interface Rig {
  telegram: FakeTelegram;
  clock: MovableClock;
  /** Handles one update; returns the API calls it caused. */
  send(update: Update): Promise<RecordedCall[]>;
  /** The texts of accepted sendMessage calls among `calls`. */
  texts(calls: readonly RecordedCall[]): string[];
  close(): Promise<void>;
}

export async function createRig(app: App, options: Pick<CreateBotOptions, 'rateLimit' | 'adminCacheMs'> & { start?: Date } = {}): Promise<Rig> {
  const clock = movableClock(options.start ?? app.clock.now());
  const telegram = await startFakeTelegram({ now: () => clock.now().getTime() });
  const { start: _start, ...botOptions } = options;
  const bot = createBot(TOKEN, { deps: { ...app, clock }, commands, features, botInfo: OFFLINE_BOT_INFO, apiRoot: telegram.apiRoot, ...botOptions });
  return {
    telegram,
    clock,
    async send(update) {
      const before = telegram.calls.length;
      await bot.handleUpdate(update);
      return telegram.calls.slice(before);
    },
    texts: (calls) => calls.filter((c) => c.method === 'sendMessage' && c.accepted).map((c) => String(c.payload.text)),
    close: () => telegram.close(),
  };
}
