// Button presses on the /settings menu: check the presser's rights for the target chat, apply the
// change, redraw the menu in place, and always answer the callback query (or the spinner stays).
import { canonicalTimeZone, parseTime } from '../../src/subscriptions/subscribe-args.js';
import type { Subscription } from '../../src/subscriptions/subscription.js';
import {
  allStoryLanguages, clearTopics, pause, resume, setTime, setTimeZone, STORY_LANGUAGES, storyLanguagesOf, subscribe,
  toggleStoryLanguage, unsubscribe,
} from '../../src/subscriptions/subscription-state.js';
import { chooseLanguage } from '../../src/i18n/choose-language.js';
import { isLocale } from '../../src/i18n/locales.js';
import { translator } from '../../src/i18n/fluent.js';
import { tr } from '../../src/i18n/tr.js';
import type { Translate } from '../../src/i18n/translate.port.js';
import type { BotContext } from '../../src/telegram/context.js';
import { threadIdOf } from '../../src/telegram/reply-target.js';
import { editView, mayManage, menuFor, settingsTargets, viewContext } from './access.js';
import { askInGroup } from './ask.js';
import { parseSettingsData, type SettingsPress } from './callback-data.js';
import {
  chooserView, closedView, confirmUnsubscribeView, languagePickerView, notSubscribedView, promptView,
  storyLanguagesLabel, storyLanguagesView, timePickerView, zonePickerView, type PromptKind, type SettingsView,
} from './views.js';

/** How long a typed answer is awaited after "Other…", "Include topics" and the like. */
export const PENDING_INPUT_MS = 10 * 60 * 1000;
/** Toast keys (locales/*.ftl). */
const STALE = 'settings-stale';
const GONE = 'settings-gone';
/** The same toasts in English (tests, logs). */
export const STALE_EN = translator('en')(STALE);
export const GONE_EN = translator('en')(GONE);

const PROMPT_ACTIONS: Partial<Record<SettingsPress['action'], PromptKind>> = {
  timeOther: 'time', zoneOther: 'timezone', include: 'include', exclude: 'exclude',
};
/** Presses that change a subscription: the presser's admin rights are asked of Telegram right then. */
const CHANGES = new Set<SettingsPress['action']>(['timeSet', 'zoneSet', 'clearTopics', 'pause', 'resume', 'unsubscribeYes', 'subscribe', 'languageSet',
  'storyToggle', 'storyAll']);

/**
 * Every press gets exactly one answer (a toast, or an alert for refusals); create-bot makes a second
 * answer a no-op, so a press Telegram already timed out never turns into an error after the change.
 */
export async function handleSettingsPress(ctx: BotContext): Promise<void> {
  const press = parseSettingsData(ctx.callbackQuery?.data ?? '');
  if (!press) return void (await ctx.answerCallbackQuery({ text: tr(ctx)(STALE), show_alert: true }));
  const sub = await ctx.deps.subscriptions.get(press.chatId);
  // A menu for a digest that was deleted or moved (group → supergroup): nothing to change.
  if (!sub && press.chatId !== ctx.chat?.id) return void (await ctx.answerCallbackQuery({ text: tr(ctx)(GONE), show_alert: true }));
  if (!(await mayManage(ctx, press.chatId, sub, CHANGES.has(press.action) ? 'fresh' : 'cached'))) {
    // Nothing changes; only the presser sees why.
    return void (await ctx.answerCallbackQuery({ text: tr(ctx)('admins-only'), show_alert: true }));
  }
  const toast = await applyPress(ctx, press, sub);
  // Translated after the press: choosing a language answers in the new one.
  await ctx.answerCallbackQuery(toast ? { text: tr(ctx)(toast.key, toast.vars) } : {});
}

/** A toast: its key in locales/*.ftl and the key's variables. */
interface Toast { key: string; vars?: Record<string, string> }
const toast = (key: string, vars?: Record<string, string>): Toast => ({ key, ...(vars ? { vars } : {}) });

/** Applies one press; returns the short toast to show, if any. */
async function applyPress(ctx: BotContext, press: SettingsPress, sub: Subscription | undefined): Promise<Toast | undefined> {
  const { subscriptions, pendingInputs, clock } = ctx.deps;
  const chatId = ctx.chat?.id;
  const userId = ctx.from?.id;
  if (chatId === undefined || userId === undefined) return toast(STALE);
  const t: Translate = tr(ctx);
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
    return void (await show(chooserView(listed, chatId, t)));
  }
  if (press.action === 'subscribe') return subscribeHere(ctx, press.chatId, sub, show);
  if (!sub) {
    await show(notSubscribedView(chatId, t));
    return toast('settings-toast-not-subscribed');
  }

  if (promptKind) {
    await pendingInputs.set(chatId, userId, {
      kind: promptKind, targetChatId: press.chatId, expiresAt: new Date(now.getTime() + PENDING_INPUT_MS).toISOString(),
      ...(messageId !== undefined ? { menuMessageId: messageId } : {}),
    });
    await show(promptView(sub, promptKind, await viewContext(ctx, sub.chatId)));
    if (ctx.chat?.type !== 'private') await askInGroup(ctx, promptKind);
    return undefined;
  }

  const vc = await viewContext(ctx, sub.chatId);
  switch (press.action) {
    case 'menu': return void (await show(await menuFor(ctx, sub)));
    case 'done':
      await show(closedView(sub, vc));
      return toast('settings-toast-saved');
    case 'timePicker': return void (await show(timePickerView(sub, vc)));
    case 'zonePicker': return void (await show(zonePickerView(sub, vc, pageOf(press.arg))));
    case 'unsubscribe': return void (await show(confirmUnsubscribeView(sub, vc)));
    case 'languagePicker': return void (await show(languagePickerView(sub, vc)));
    case 'storyPicker': return void (await show(storyLanguagesView(sub, vc)));
    case 'storyToggle':
    case 'storyAll':
      return applyStoryLanguages(press, t, async (change) => {
        const next = await subscriptions.update(press.chatId, (s) => change(s, now));
        // The toggles stay on screen, so several languages are picked in a row.
        if (next) await show(storyLanguagesView(next, vc));
        return next;
      });
    case 'languageSet': {
      const locale = press.arg;
      if (locale === undefined || !isLocale(locale) || !(await chooseLanguage(ctx, press.chatId, locale, now))) return toast(STALE);
      await show(await menuFor(ctx, sub));
      return toast('language-set');
    }
    default:
      return applyChange(press, sub, async (change) => {
        const next = await subscriptions.update(press.chatId, (s) => change(s, now));
        if (next) await show(await menuFor(ctx, next));
        return next !== undefined;
      });
  }
}

type Change = (s: Subscription, now: Date) => Subscription;

/** A story-language toggle or "All languages"; the toast names the choice as saved (another admin may have changed it too). */
async function applyStoryLanguages(press: SettingsPress, t: Translate, save: (change: Change) => Promise<Subscription | undefined>): Promise<Toast> {
  const code = press.arg;
  if (press.action === 'storyToggle' && (code === undefined || !STORY_LANGUAGES.includes(code))) return toast(STALE);
  const next = await save(press.action === 'storyAll' || code === undefined ? allStoryLanguages : (s, now) => toggleStoryLanguage(s, code, now));
  if (!next) return toast(GONE);
  return storyLanguagesOf(next).length ? toast('settings-toast-stories', { list: storyLanguagesLabel(next, t) }) : toast('settings-toast-stories-all');
}

/** "1" → 1; anything else (the first page's button has none) → 0. */
const pageOf = (arg: string | undefined) => (arg !== undefined && /^\d$/.test(arg) ? Number(arg) : 0);

/** The presses that save something; `save` redraws the menu and says whether the digest still existed. */
async function applyChange(press: SettingsPress, sub: Subscription, save: (change: Change) => Promise<boolean>): Promise<Toast> {
  switch (press.action) {
    case 'timeSet': {
      const time = parseTime(`${press.arg?.slice(0, 2)}:${press.arg?.slice(2)}`);
      if (!time) return toast(STALE);
      return (await save((s, now) => setTime(s, time, now))) ? toast('settings-toast-time', { time }) : toast(GONE);
    }
    case 'zoneSet': {
      const timeZone = press.arg ? canonicalTimeZone(press.arg) : undefined;
      if (!timeZone) return toast(STALE);
      return (await save((s, now) => setTimeZone(s, timeZone, now))) ? toast('settings-toast-zone', { zone: timeZone }) : toast(GONE);
    }
    case 'clearTopics':
      if (!sub.include.length && !sub.exclude.length) return toast('settings-toast-no-topics');
      return (await save(clearTopics)) ? toast('settings-toast-cleared') : toast(GONE);
    case 'pause':
      if (sub.status !== 'active') return toast('settings-toast-not-active');
      return (await save((s, now) => pause(s, 'user', now))) ? toast('settings-toast-paused') : toast(GONE);
    case 'resume':
      if (!(await save(resume))) return toast(GONE);
      return toast(sub.status === 'unsubscribed' ? 'settings-toast-subscribed-again' : 'settings-toast-resumed');
    case 'unsubscribeYes':
      return (await save(unsubscribe)) ? toast('settings-toast-unsubscribed') : toast(GONE);
    default:
      return toast(STALE);
  }
}

/** [Subscribe] on "not subscribed yet": this chat, with the default time and zone (an existing record just resumes). */
async function subscribeHere(ctx: BotContext, targetChatId: number, sub: Subscription | undefined, show: (v: SettingsView) => Promise<void>) {
  const chat = ctx.chat;
  if (!chat || chat.id !== targetChatId || chat.type === 'channel') return toast(STALE);
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
  return toast('settings-toast-subscribed', { time: next.time });
}
