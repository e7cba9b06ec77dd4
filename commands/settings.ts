// /settings — an inline-keyboard menu for this chat's digest (time, zone, topics, pause, stop);
// in a private chat also for the channels the user subscribed from there.
import { Composer } from 'grammy';
import { ADMINS_ONLY, isChatAdmin } from '../src/telegram/admin.js';
import type { BotContext } from '../src/telegram/context.js';
import type { Command } from '../src/telegram/define-command.js';
import { sendView, settingsTargets } from '../src/telegram/settings-access.js';
import { handleSettingsPress, menuFor } from '../src/telegram/settings-actions.js';
import { chooserView, notSubscribedView } from '../src/telegram/settings-menu.js';
import { handleSettingsText } from '../src/telegram/settings-text.js';

const composer = new Composer<BotContext>();

composer.command('settings', async (ctx) => {
  const chat = ctx.chat;
  if (chat.type === 'channel') {
    // A menu here would be public and its buttons pressed anonymously: manage channels in private.
    return sendView(ctx, { text: "Manage this channel's digest from a private chat with me: send /settings there." });
  }
  if (!(await isChatAdmin(ctx))) return sendView(ctx, { text: ADMINS_ONLY });
  const targets = await settingsTargets(ctx);
  const [only] = targets;
  if (!only) return sendView(ctx, notSubscribedView(chat.id));
  if (targets.length > 1) return sendView(ctx, chooserView(targets, chat.id));
  return sendView(ctx, await menuFor(ctx, only));
});
composer.callbackQuery(/^s:/, handleSettingsPress);
composer.on('message:text', handleSettingsText);

export const settings: Command = {
  name: 'settings',
  description: 'Change the digest: time, time zone, topics, pause',
  adminOnly: true,
  composer,
};
