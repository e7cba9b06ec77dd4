// Button presses on the /settings menu: check the presser's rights for the target chat, apply the
// change, redraw the menu in place, and always answer the callback query (or the spinner stays).
import { canonicalTimeZone, parseTime } from '../../src/subscriptions/subscribe-args.js';
import type { Subscription } from '../../src/subscriptions/subscription.js';
import { clearTopics, pause, resume, setTime, setTimeZone, subscribe, unsubscribe } from '../../src/subscriptions/subscription-state.js';
import { ADMINS_ONLY } from '../../src/telegram/admin.js';
import type { BotContext } from '../../src/telegram/context.js';
import { threadIdOf } from '../../src/telegram/reply-target.js';
import { editView, mayManage, menuFor, settingsTargets } from './access.js';
import { askInGroup } from './ask.js';
import { parseSettingsData, type SettingsPress } from './callback-data.js';
import {
  chooserView, closedView, confirmUnsubscribeView, notSubscribedView, promptView,
  timePickerView, zonePickerView, type PromptKind, type SettingsView,
} from './views.js';

/** How long a typed answer is awaited after "Other…", "Include topics" and the like. */
export const PENDING_INPUT_MS = 10 * 60 * 1000;
export const STALE = 'This button is out of date. Send /settings again.';
export const GONE = 'That digest no longer exists. Send /settings again.';

const PROMPT_ACTIONS: Partial<Record<SettingsPress['action'], PromptKind>> = {
  timeOther: 'time', zoneOther: 'timezone', include: 'include', exclude: 'exclude',
};
/** Presses that change a subscription: the presser's admin rights are asked of Telegram right then. */
const CHANGES = new Set<SettingsPress['action']>(['timeSet', 'zoneSet', 'clearTopics', 'pause', 'resume', 'unsubscribeYes', 'subscribe']);

/**
 * Every press gets exactly one answer (a toast, or an alert for refusals); create-bot makes a second
 * answer a no-op, so a press Telegram already timed out never turns into an error after the change.
 */
export async function handleSettingsPress(ctx: BotContext): Promise<void> {
  const press = parseSettingsData(ctx.callbackQuery?.data ?? '');
  if (!press) return void (await ctx.answerCallbackQuery({ text: STALE, show_alert: true }));
  const sub = await ctx.deps.subscriptions.get(press.chatId);
  // A menu for a digest that was deleted or moved (group → supergroup): nothing to change.
  if (!sub && press.chatId !== ctx.chat?.id) return void (await ctx.answerCallbackQuery({ text: GONE, show_alert: true }));
  if (!(await mayManage(ctx, press.chatId, sub, CHANGES.has(press.action) ? 'fresh' : 'cached'))) {
    // Nothing changes; only the presser sees why.
    return void (await ctx.answerCallbackQuery({ text: ADMINS_ONLY, show_alert: true }));
  }
  const toast = await applyPress(ctx, press, sub);
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

  const promptKind = PROMPT_ACTIONS[press.action];
  // Any other press abandons a question left open in this chat.
  if (!promptKind) await pendingInputs.clear(chatId, userId);

  if (press.action === 'list') {
    // The digest this menu was for stays in the list even if the user manages it only by /settings @channel.
    const targets = await settingsTargets(ctx);
    const listed = sub && !targets.some((t) => t.chatId === sub.chatId) ? [...targets, sub] : targets;
    return void (await show(chooserView(listed, chatId)));
  }
  if (press.action === 'subscribe') return subscribeHere(ctx, press.chatId, sub, show);
  if (!sub) {
    await show(notSubscribedView(chatId));
    return 'Not subscribed.';
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
    default:
      return applyChange(press, sub, async (change) => {
        const next = await subscriptions.update(press.chatId, (s) => change(s, now));
        if (next) await show(await menuFor(ctx, next));
        return next !== undefined;
      });
  }
}

type Change = (s: Subscription, now: Date) => Subscription;

/** The presses that save something; `save` redraws the menu and says whether the digest still existed. */
async function applyChange(press: SettingsPress, sub: Subscription, save: (change: Change) => Promise<boolean>): Promise<string> {
  switch (press.action) {
    case 'timeSet': {
      const time = parseTime(`${press.arg?.slice(0, 2)}:${press.arg?.slice(2)}`);
      if (!time) return STALE;
      return (await save((s, now) => setTime(s, time, now))) ? `Delivery time: ${time}` : GONE;
    }
    case 'zoneSet': {
      const timeZone = press.arg ? canonicalTimeZone(press.arg) : undefined;
      if (!timeZone) return STALE;
      return (await save((s, now) => setTimeZone(s, timeZone, now))) ? `Time zone: ${timeZone}` : GONE;
    }
    case 'clearTopics':
      if (!sub.include.length && !sub.exclude.length) return 'There are no topics to clear.';
      return (await save(clearTopics)) ? 'Topics cleared: everything is included.' : GONE;
    case 'pause':
      if (sub.status !== 'active') return 'It is not active, so there is nothing to pause.';
      return (await save((s, now) => pause(s, 'user', now))) ? 'Paused.' : GONE;
    case 'resume':
      if (!(await save(resume))) return GONE;
      return sub.status === 'unsubscribed' ? 'Subscribed again.' : 'Resumed.';
    case 'unsubscribeYes':
      return (await save(unsubscribe)) ? 'Unsubscribed.' : GONE;
    default:
      return STALE;
  }
}

/** [Subscribe] on "not subscribed yet": this chat, with the default time and zone (an existing record just resumes). */
async function subscribeHere(ctx: BotContext, targetChatId: number, sub: Subscription | undefined, show: (v: SettingsView) => Promise<void>) {
  const chat = ctx.chat;
  if (!chat || chat.id !== targetChatId || chat.type === 'channel') return STALE;
  const { subscriptions, clock, defaults } = ctx.deps;
  const now = clock.now();
  const threadId = threadIdOf(ctx.msg);
  const next = sub
    ? resume(sub, now)
    : subscribe(undefined, {
        chatId: chat.id, chatType: chat.type,
        ...('title' in chat && chat.title ? { title: chat.title } : {}), ...(threadId !== undefined ? { threadId } : {}),
      }, defaults, now);
  await subscriptions.put(next);
  await show(await menuFor(ctx, next));
  return `Subscribed: daily at ${next.time}.`;
}
