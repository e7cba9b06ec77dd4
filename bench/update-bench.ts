// End-to-end update handling: /latest through the whole bot (deps, logger, error boundary,
// membership, rate limit, the command registry, HTML rendering, the fallback) against a bare
// grammY bot answering the same updates with the same reply work (the same store read and
// render, none of our middleware). Both send through the same local API transformer, so the
// ratio isolates what our stack costs per update. Measured as interleaved pairs in one run (bare then full, then
// full then bare, …): each pair's ratio is full ÷ bare, over wall time and over this process's CPU time, and the
// figure is the median of the pair ratios with their spread, so a load spike hits one pair, not the verdict.
import { Bot, type Context } from 'grammy';
import type { Update } from 'grammy/types';
import { performance } from 'node:perf_hooks';
import { commands, features } from '../commands/index.js';
import type { App } from '../src/app.js';
import { renderLatestHtml } from '../src/render/latest.js';
import { createBot } from '../src/telegram/create-bot.js';
import { OFFLINE_BOT_INFO } from '../src/cli/fake-updates.js';
import { splitMessage } from '../src/render/telegram-html.js';
import { median, spread, type Spread } from './measure.js';

export interface UpdateRun {
  perSec: number;
  /** CPU (user + system) of this process per update, µs. */
  cpuUsPerUpdate: number;
}

export interface UpdateFigures {
  updates: number;
  pairs: { bareFirst: boolean; bare: UpdateRun; full: UpdateRun; ratio: number; cpuRatio: number }[];
  /** Medians over the pairs. */
  fullStackPerSec: number;
  bareGrammyPerSec: number;
  /** Median of the pairs' full ÷ bare rate (wall), and of bare CPU ÷ full CPU per update, with min–max and IQR. */
  ratio: number;
  ratioSpread: Spread;
  cpuRatio: number;
  cpuRatioSpread: Spread;
}

const WARMUP = 200;

export async function benchUpdates(app: App, options: { count?: number; pairs?: number } = {}): Promise<UpdateFigures> {
  const count = options.count ?? 3000;
  const pairCount = options.pairs ?? 7;
  const full = createBot('1:bench', { deps: app, commands, features, botInfo: OFFLINE_BOT_INFO, rateLimit: { limit: 20, windowMs: 60_000 } });
  const bare = new Bot<Context>('1:bench', { botInfo: OFFLINE_BOT_INFO });
  bare.command('latest', async (ctx) => {
    for (const text of splitMessage(renderLatestHtml(await app.articles.latest(5)))) {
      await ctx.reply(text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    }
  });
  for (const bot of [full, bare] as Bot<Context>[]) answerLocally(bot);

  // Each run's updates come from users of their own, so no reader reaches the full stack's rate limit however many pairs run.
  const updatesFor = (run: number) => Array.from({ length: WARMUP + count }, (_, i) => latestUpdate(run * (WARMUP + count) + i));
  const pairs: UpdateFigures['pairs'] = [];
  // Alternate which bot goes first, so neither always runs on a warmer cache or a quieter moment.
  for (let k = 0; k < pairCount; k++) {
    const bareFirst = k % 2 === 0;
    const runBare = () => run(bare, updatesFor(2 * k + (bareFirst ? 0 : 1)));
    const runFull = () => run(full as unknown as Bot<Context>, updatesFor(2 * k + (bareFirst ? 1 : 0)));
    const [first, second] = bareFirst ? [await runBare(), await runFull()] : [await runFull(), await runBare()];
    const [b, f] = bareFirst ? [first, second] : [second, first];
    pairs.push({ bareFirst, bare: b, full: f, ratio: round2(f.perSec / b.perSec), cpuRatio: round2(b.cpuUsPerUpdate / f.cpuUsPerUpdate) });
  }
  const ratios = pairs.map((p) => p.ratio);
  const cpuRatios = pairs.map((p) => p.cpuRatio);
  return {
    updates: count,
    pairs,
    fullStackPerSec: Math.round(median(pairs.map((p) => p.full.perSec))),
    bareGrammyPerSec: Math.round(median(pairs.map((p) => p.bare.perSec))),
    ratio: round2(median(ratios)),
    ratioSpread: spread(ratios),
    cpuRatio: round2(median(cpuRatios)),
    cpuRatioSpread: spread(cpuRatios),
  };
}

async function run(bot: Bot<Context>, updates: readonly Update[]): Promise<UpdateRun> {
  for (const u of updates.slice(0, WARMUP)) await bot.handleUpdate(u);
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const u of updates.slice(WARMUP)) await bot.handleUpdate(u);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const n = updates.length - WARMUP;
  return { perSec: Math.round((n / ms) * 1000), cpuUsPerUpdate: Math.round(((used.user + used.system) / n) * 10) / 10 };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** One /latest from a different user each time (a realistic crowd, and no user hits the rate limit). */
function latestUpdate(i: number): Update {
  const user = { id: 10_000 + i, is_bot: false, first_name: `Reader${i}` };
  return {
    update_id: i + 1,
    message: {
      message_id: i + 1,
      date: 1_700_000_000,
      chat: { id: user.id, type: 'private', first_name: user.first_name },
      from: user,
      text: '/latest',
      entities: [{ type: 'bot_command', offset: 0, length: 7 }],
    },
  };
}

function answerLocally(bot: Bot<Context>): void {
  let id = 0;
  bot.api.config.use((_prev, _method, payload) => {
    const p = payload as { chat_id?: number; text?: string };
    return Promise.resolve({ ok: true, result: { message_id: ++id, date: 1_700_000_000, chat: { id: p.chat_id ?? 0, type: 'private' }, text: p.text ?? '' } } as never);
  });
}
