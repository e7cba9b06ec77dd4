// The typed answer to a settings question ("Other…" time or zone, topics to include/exclude).
// Only a user with an open question in this chat is answered; everyone else falls through.
import type { NextFunction } from 'grammy';
import type { BotContext } from '../../src/telegram/context.js';
import { replyTarget } from '../../src/telegram/reply-target.js';
import { editView, mayManage, menuFor, sendView } from './access.js';
import { applyAnswer, isCancel, parseAnswer } from './answers.js';
import { tr } from '../../src/i18n/tr.js';

export async function handleSettingsText(ctx: BotContext, next: NextFunction): Promise<void> {
  const text = ctx.msg?.text;
  const chatId = ctx.chat?.id;
  const userId = ctx.from?.id;
  if (text === undefined || chatId === undefined || userId === undefined) return next();
  const { pendingInputs, subscriptions, clock } = ctx.deps;
  const pending = await pendingInputs.get(chatId, userId, clock.now());
  // Other commands are not answers (but "/cancel" is a way out).
  if (!pending || (text.startsWith('/') && !isCancel(text))) return next();

  const t = tr(ctx);
  const reply = (message: string) => ctx.reply(message, { ...replyTarget(ctx), reply_parameters: { message_id: ctx.msg!.message_id, allow_sending_without_reply: true } });
  const sub = await subscriptions.get(pending.targetChatId);
  if (!sub || !(await mayManage(ctx, pending.targetChatId, sub, 'fresh'))) {
    await pendingInputs.clear(chatId, userId);
    return void (await reply(t('settings-no-longer')));
  }
  if (isCancel(text)) {
    await pendingInputs.clear(chatId, userId);
    await reply(t('settings-cancelled'));
    return editView(ctx, pending.menuMessageId, await menuFor(ctx, sub), true);
  }

  const answer = parseAnswer(pending.kind, text, t);
  // A wrong answer keeps the question open, so the user can simply try again.
  if (!answer.ok) return void (await reply(`${answer.message} ${t('settings-or-cancel')}`));
  const saved = await subscriptions.update(pending.targetChatId, (s) => applyAnswer(s, answer.change, clock.now()));
  await pendingInputs.clear(chatId, userId);
  await reply(answer.confirmation);
  if (!saved) return;
  const menu = await menuFor(ctx, saved);
  if (pending.menuMessageId === undefined) return void (await sendView(ctx, menu));
  await editView(ctx, pending.menuMessageId, menu, true);
}
