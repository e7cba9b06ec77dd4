// The bot's own membership: an intro when added to a group, pause when removed or blocked,
// resume when added back or unblocked, and following a group's migration to a supergroup (subscription, sources, language).
import { Composer } from 'grammy';
import type { BotContext } from '../src/telegram/context.js';
import type { PauseReason } from '../src/subscriptions/subscription.js';
import { pause, resumeAutomatically } from '../src/subscriptions/subscription-state.js';
import { escapeHtml } from '../src/render/telegram-html.js';
import { chatLocaleState } from '../src/i18n/chat-locale.js';
import { tr } from '../src/i18n/tr.js';

const PRESENT = new Set(['member', 'administrator', 'creator', 'restricted']);


export function membership(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on('my_chat_member', async (ctx) => {
    const { chat, old_chat_member: before, new_chat_member: after } = ctx.myChatMember;
    const wasIn = PRESENT.has(before.status);
    const isIn = PRESENT.has(after.status);
    if (wasIn === isIn) return;
    const { subscriptions, clock } = ctx.deps;
    const now = clock.now();
    const reason: PauseReason = chat.type === 'private' ? 'blocked' : 'removed';

    if (!isIn) {
      const paused = await subscriptions.update(chat.id, (s) => pause(s, reason, now));
      ctx.log.info({ chatId: chat.id, paused: paused?.status === 'paused' }, 'bot removed from chat');
      return;
    }
    const resumed = await subscriptions.update(chat.id, (s) => resumeAutomatically(s, reason, now));
    ctx.log.info({ chatId: chat.id, resumed: resumed?.status === 'active' }, 'bot added to chat');
    if (chat.type === 'group' || chat.type === 'supergroup') {
      const t = tr(ctx);
      const note =
        resumed?.status === 'active'
          ? `\n\n${t('membership-welcome-back', { time: `<b>${resumed.time}</b>`, zone: escapeHtml(resumed.timeZone) })}`
          : '';
      await ctx.api.sendMessage(chat.id, escapeHtml(t('membership-intro')) + note, { parse_mode: 'HTML' });
    }
  });

  // Telegram sends both halves of a migration; either one moves the subscription and the chat's own sources (idempotent).
  composer.on('message:migrate_to_chat_id', async (ctx) => {
    await move(ctx, ctx.chat.id, ctx.message.migrate_to_chat_id);
  });
  composer.on('message:migrate_from_chat_id', async (ctx) => {
    await move(ctx, ctx.message.migrate_from_chat_id, ctx.chat.id);
  });
  return composer;
}

async function move(ctx: BotContext, from: number, to: number): Promise<void> {
  const moved = await ctx.deps.subscriptions.move(from, to, ctx.deps.clock.now());
  if (moved) ctx.log.info({ from, to }, 'subscription followed the group to its supergroup');
  // Source ids hash the chat id, so the group's own sources are re-keyed, or its digest would fall back to the pool.
  const sources = await ctx.deps.sources.moveChat(from, to);
  if (sources > 0) ctx.log.info({ from, to, sources }, 'sources followed the group to its supergroup');
  // And its language (/language), once the i18n middleware is installed.
  await chatLocaleState(ctx)?.store.move(from, to);
}
