// Button presses on the /settings menu: check the presser's rights for the target chat, apply the
// change, redraw the menu in place, and always answer the callback query (or the spinner stays).
import { canonicalTimeZone, parseTime } from '../subscriptions/subscribe-args.js';
import type { Subscription } from '../subscriptions/subscription.js';
import { ADMINS_ONLY } from './admin.js';
import type { BotContext } from './context.js';
import { escapeHtml } from './html.js';
import { editView, mayManage, settingsTargets, topicOf } from './settings-access.js';
import { parseSettingsData, type SettingsPress } from './settings-data.js';
import {
  chooserView, closedView, confirmUnsubscribeView, menuView, notSubscribedView, promptView, PROMPTS,
  timePickerView, zonePickerView, type PromptKind, type SettingsView,
} from './settings-menu.js';

/** How long a typed answer is awaited after "Other…", "Include topics" and the like. */
export const PENDING_INPUT_MS = 10 * 60 * 1000;
const STALE = 'This button is out of date. Send /settings again.';

const PROMPT_ACTIONS: Partial<Record<SettingsPress['action'], PromptKind>> = {
  timeOther: 'time', zoneOther: 'timezone', include: 'include', exclude: 'exclude',
};

export async function handleSettingsPress(ctx: BotContext): Promise<void> {
  const press = parseSettingsData(ctx.callbackQuery?.data ?? '');
  if (!press) return void (await ctx.answerCallbackQuery({ text: STALE, show_alert: true }));
  const sub = await ctx.deps.subscriptions.get(press.chatId);
  if (!(await mayManage(ctx, press.chatId, sub))) {
    // Nothing changes; only the presser sees why.
    return void (await ctx.answerCallbackQuery({ text: ADMINS_ONLY, show_alert: true }));
  }
  let toast: string | undefined;
  try {
    toast = await applyPress(ctx, press, sub);
  } catch (error) {
    await ctx.answerCallbackQuery({ text: 'Something went wrong. Please try again.', show_alert: true }).catch(() => undefined);
    throw error;
  }
  await ctx.answerCallbackQuery(toast ? { text: toast } : {});
}

/** Applies one press; returns the short toast to show, if any. */
async function applyPress(ctx: BotContext, press: SettingsPress, sub: Subscription | undefined): Promise<string | undefined> {
  const { subscriptions, pendingInputs, clock } = ctx.deps;
  const chatId = ctx.chat?.id;
  const userId = ctx.from?.id;
  if (chatId === undefined || userId === undefined) return STALE;
  const messageId = ctx.callbackQuery?.message?.message_id;
  const show = (view: SettingsView) => editView(ctx, messageId, view);
  const now = clock.now();
  const save = async (change: (s: Subscription) => Subscription) => {
    const next = await subscriptions.update(press.chatId, (s) => ({ ...change(s), updatedAt: now.toISOString() }));
    if (next) await show(await menuFor(ctx, next));
    return next;
  };

  const promptKind = PROMPT_ACTIONS[press.action];
  // Any other press abandons a question left open in this chat.
  if (!promptKind) await pendingInputs.clear(chatId, userId);

  if (press.action === 'list') return void (await show(chooserView(await settingsTargets(ctx), chatId)));
  if (press.action === 'subscribe') return subscribeHere(ctx, press.chatId, sub, show);
  if (!sub) {
    await show(press.chatId === chatId ? notSubscribedView(chatId) : { text: 'That digest no longer exists. Send /settings again.' });
    return undefined;
  }

  if (promptKind) {
    await pendingInputs.set(chatId, userId, {
      kind: promptKind, targetChatId: press.chatId, expiresAt: new Date(now.getTime() + PENDING_INPUT_MS).toISOString(),
      ...(messageId !== undefined ? { menuMessageId: messageId } : {}),
    });
    await show(promptView(sub, promptKind));
    if (ctx.chat?.type !== 'private') await askInGroup(ctx, promptKind);
    return undefined;
  }

  switch (press.action) {
    case 'menu': return void (await show(await menuFor(ctx, sub)));
    case 'done':
      await show(closedView(sub));
      return 'Saved.';
    case 'timePicker': return void (await show(timePickerView(sub)));
    case 'zonePicker': return void (await show(zonePickerView(sub)));
    case 'unsubscribe': return void (await show(confirmUnsubscribeView(sub)));
    case 'timeSet': {
      const time = parseTime(`${press.arg?.slice(0, 2)}:${press.arg?.slice(2)}`);
      if (!time) return STALE;
      await save((s) => ({ ...s, time }));
      return `Delivery time: ${time}`;
    }
    case 'zoneSet': {
      const timeZone = press.arg ? canonicalTimeZone(press.arg) : undefined;
      if (!timeZone) return STALE;
      await save((s) => ({ ...s, timeZone }));
      return `Time zone: ${timeZone}`;
    }
    case 'clearTopics':
      if (!sub.include.length && !sub.exclude.length) return 'There are no topics to clear.';
      await save((s) => ({ ...s, include: [], exclude: [] }));
      return 'Topics cleared: everything is included.';
    case 'pause':
      if (sub.status !== 'active') return 'It is not active, so there is nothing to pause.';
      await save((s) => ({ ...s, status: 'paused', pausedReason: 'user' }));
      return 'Paused.';
    case 'resume':
      await save(({ pausedReason: _reason, ...s }) => ({ ...s, status: 'active' }));
      return sub.status === 'unsubscribed' ? 'Subscribed again.' : 'Resumed.';
    case 'unsubscribeYes':
      await save(({ pausedReason: _reason, ...s }) => ({ ...s, status: 'unsubscribed' }));
      return 'Unsubscribed.';
    default:
      return STALE;
  }
}

/** The main menu, with a way back to the chooser when this private chat manages several digests. */
export async function menuFor(ctx: BotContext, sub: Subscription, note?: string): Promise<SettingsView> {
  const chat = ctx.chat;
  const back = chat?.type === 'private' && (sub.chatId !== chat.id || (ctx.from ? (await ctx.deps.subscriptions.listOwnedBy(ctx.from.id)).length > 0 : false));
  return menuView(sub, { back, ...(note ? { note } : {}) });
}

/** [Subscribe] on "not subscribed yet": this chat, with the default time and zone. */
async function subscribeHere(ctx: BotContext, targetChatId: number, sub: Subscription | undefined, show: (v: SettingsView) => Promise<void>) {
  const chat = ctx.chat;
  if (!chat || chat.id !== targetChatId || chat.type === 'channel') return STALE;
  const { subscriptions, clock, defaults } = ctx.deps;
  const now = clock.now().toISOString();
  const thread = topicOf(ctx).message_thread_id;
  const next: Subscription = sub
    ? (({ pausedReason: _r, ...s }) => ({ ...s, status: 'active' as const, updatedAt: now }))(sub)
    : {
        chatId: chat.id, chatType: chat.type, time: defaults.digestTime, timeZone: defaults.timeZone, include: [], exclude: [],
        status: 'active', createdAt: now, updatedAt: now,
        ...('title' in chat && chat.title ? { title: chat.title } : {}), ...(thread !== undefined ? { threadId: thread } : {}),
      };
  await subscriptions.put(next);
  await show(await menuFor(ctx, next));
  return `Subscribed: daily at ${next.time}.`;
}

/** In groups the bot only sees replies to it (privacy mode), so the question is asked with ForceReply. */
async function askInGroup(ctx: BotContext, kind: PromptKind): Promise<void> {
  const user = ctx.from;
  if (!user) return;
  const mention = `<a href="tg://user?id=${user.id}">${escapeHtml(user.first_name)}</a>`;
  await ctx.reply(`${mention}: ${escapeHtml(PROMPTS[kind])}`, {
    parse_mode: 'HTML', ...topicOf(ctx),
    reply_markup: { force_reply: true, selective: true, input_field_placeholder: kind === 'time' ? 'HH:MM' : kind === 'timezone' ? 'Europe/Minsk' : 'belarus, sanctions' },
  });
}
