// End-to-end update handling: /latest through the whole bot (deps, logger, error boundary,
// membership, rate limit, the command registry, HTML rendering, the fallback) against a bare
// grammY bot answering the same updates with the same reply work (the same store read and
// render, none of our middleware). Both send through the same local API transformer, so the
// ratio isolates what our stack costs per update.
import { Bot, type Context } from 'grammy';
import type { Update } from 'grammy/types';
import { performance } from 'node:perf_hooks';
import { commands, features } from '../commands/index.js';
import type { App } from '../src/app.js';
import { renderLatestHtml } from '../src/render/latest.js';
import { createBot } from '../src/telegram/create-bot.js';
import { OFFLINE_BOT_INFO } from '../src/cli/fake-updates.js';
import { splitMessage } from '../src/render/telegram-html.js';

export interface UpdateFigures {
  updates: number;
  fullStackPerSec: number;
  bareGrammyPerSec: number;
  ratio: number;
}

const WARMUP = 200;

export async function benchUpdates(app: App, count = 3000): Promise<UpdateFigures> {
  const full = createBot('1:bench', { deps: app, commands, features, botInfo: OFFLINE_BOT_INFO, rateLimit: { limit: 20, windowMs: 60_000 } });
  const bare = new Bot<Context>('1:bench', { botInfo: OFFLINE_BOT_INFO });
  bare.command('latest', async (ctx) => {
    for (const text of splitMessage(renderLatestHtml(await app.articles.latest(5)))) {
      await ctx.reply(text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    }
  });
  for (const bot of [full, bare] as Bot<Context>[]) answerLocally(bot);

  const updates = Array.from({ length: WARMUP + count }, (_, i) => latestUpdate(i));
  // Alternate the order of runs so neither bot always runs on a warmer cache.
  const bareFirst = await rate(bare, updates);
  const fullRate = await rate(full as unknown as Bot<Context>, updates);
  const bareRate = Math.max(bareFirst, await rate(bare, updates));
  return { updates: count, fullStackPerSec: Math.round(fullRate), bareGrammyPerSec: Math.round(bareRate), ratio: Math.round((fullRate / bareRate) * 100) / 100 };
}

async function rate(bot: Bot<Context>, updates: readonly Update[]): Promise<number> {
  for (const u of updates.slice(0, WARMUP)) await bot.handleUpdate(u);
  const start = performance.now();
  for (const u of updates.slice(WARMUP)) await bot.handleUpdate(u);
  return ((updates.length - WARMUP) / (performance.now() - start)) * 1000;
}

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
