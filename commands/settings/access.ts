// Who may change which digest, and how a settings screen reaches the chat (edit in place, else send,
// in the forum topic the update came from).
import { GrammyError } from 'grammy';
import type { Subscription } from '../../src/subscriptions/subscription.js';
import type { AdminFreshness } from '../../src/telegram/admin-cache.js';
import type { BotContext } from '../../src/telegram/context.js';
import { replyTarget } from '../../src/telegram/reply-target.js';
import { chatLocaleState, localeOf } from '../../src/i18n/chat-locale.js';
import type { Locale } from '../../src/i18n/locales.js';
import { tr } from '../../src/i18n/tr.js';
import { menuView, type SettingsView, type ViewContext } from './views.js';

/**
 * Re-checked on every press and typed answer, for the chat the button targets (not the chat it was
 * pressed in): a private chat is its own user's; a group or channel needs a current admin of it,
 * asked of Telegram (`fresh` for changes; a yes from the last seconds will do for navigation).
 * Having subscribed a channel is not enough: an admin who left loses control, and any other admin
 * of the channel may manage it.
 */
export async function mayManage(ctx: BotContext, targetChatId: number, sub: Subscription | undefined, freshness: AdminFreshness): Promise<boolean> {
  const userId = ctx.from?.id;
  if (userId === undefined) return false;
  const type = sub?.chatType ?? (ctx.chat?.id === targetChatId ? ctx.chat.type : undefined);
  if (type === 'private') return targetChatId === userId;
  // An anonymous admin writes as the group itself.
  if (ctx.msg?.sender_chat?.id === targetChatId && !ctx.callbackQuery) return true;
  if (type === 'channel' || type === 'group' || type === 'supergroup') return ctx.admins.isAdmin(ctx.api, targetChatId, userId, freshness);
  return false;
}

/**
 * The digests a user can manage from here: this chat's own, plus (in private) the channels they
 * subscribed that they are still an admin of. Other admins of a channel open it with /settings @channel.
 */
export async function settingsTargets(ctx: BotContext): Promise<Subscription[]> {
  const chat = ctx.chat;
  if (!chat) return [];
  const { subscriptions } = ctx.deps;
  const own = await subscriptions.get(chat.id);
  const owned = chat.type === 'private' && ctx.from ? await subscriptions.listOwnedBy(ctx.from.id) : [];
  const others = owned.filter((s) => s.chatId !== chat.id);
  const stillAdmin = await Promise.all(others.map((s) => mayManage(ctx, s.chatId, s, 'cached')));
  return [...(own ? [own] : []), ...others.filter((_, i) => stillAdmin[i])];
}

const HTML = { parse_mode: 'HTML', link_preview_options: { is_disabled: true } } as const;

export async function sendView(ctx: BotContext, view: SettingsView): Promise<number | undefined> {
  const sent = await ctx.reply(view.text, { ...HTML, ...replyTarget(ctx), ...(view.keyboard ? { reply_markup: view.keyboard } : {}) });
  return sent.message_id;
}

/**
 * The language a chat's digest is written in: this private chat's is the one it is answered in; another
 * chat's (a group, a channel managed from here) is the one chosen for it, else English.
 */
export async function chatLanguage(ctx: BotContext, chatId: number): Promise<Locale> {
  if (ctx.chat?.type === 'private' && ctx.chat.id === chatId) return localeOf(ctx);
  const stored = await chatLocaleState(ctx)?.store.get(chatId);
  return stored?.source === 'chosen' ? stored.locale : 'en';
}

/** The words of this update and the language of the chat a screen is about. */
export async function viewContext(ctx: BotContext, targetChatId: number): Promise<ViewContext> {
  return { t: tr(ctx), language: await chatLanguage(ctx, targetChatId) };
}

/** The main menu, with a way back to the chooser when this private chat manages several digests. */
export async function menuFor(ctx: BotContext, sub: Subscription, note?: string): Promise<SettingsView> {
  const chat = ctx.chat;
  const back = chat?.type === 'private' && (sub.chatId !== chat.id || (ctx.from ? (await ctx.deps.subscriptions.listOwnedBy(ctx.from.id)).length > 0 : false));
  return menuView(sub, await viewContext(ctx, sub.chatId), { back, ...(note ? { note } : {}) });
}

/**
 * Shows a screen in message `messageId` of this chat. If that message can't be edited (deleted,
 * too old, inaccessible) a new one is sent; "not modified" counts as done unless `resendUnchanged`.
 */
export async function editView(ctx: BotContext, messageId: number | undefined, view: SettingsView, resendUnchanged = false): Promise<void> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  if (messageId !== undefined) {
    try {
      await ctx.api.editMessageText(chatId, messageId, view.text, { ...HTML, ...(view.keyboard ? { reply_markup: view.keyboard } : {}) });
      return;
    } catch (error) {
      if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
      if (/not modified/i.test(error.description) && !resendUnchanged) return;
      ctx.log.debug({ description: error.description }, 'settings menu not editable; sending a new one');
    }
  }
  await sendView(ctx, view);
}
