// /settings — an inline-keyboard menu for this chat's digest (time, zone, topics, pause, stop);
// in a private chat also for the channels the user subscribed there and is still an admin of, and
// /settings @channel for any channel the user is an admin of now. The feature, together: the
// command (here), its buttons (buttons.ts, data "s:…") and its typed answers (follow-up.ts).
import { isChatAdmin } from '../../src/telegram/admin.js';
import { tr } from '../../src/i18n/tr.js';
import { escapeHtml } from '../../src/render/telegram-html.js';
import { managedChannel, parseChannelRef } from '../channel-access.js';
import type { CommandContext } from '../../src/telegram/command-match.js';
import { defineCommand } from '../../src/telegram/define-command.js';
import { menuFor, sendView, settingsTargets } from './access.js';
import { handleSettingsPress } from './buttons.js';
import { SETTINGS_DATA_PREFIX } from './callback-data.js';
import { handleSettingsText } from './follow-up.js';
import { chooserView, notSubscribedView } from './views.js';


export const settings = defineCommand({
  name: 'settings',
  description: 'Change the digest: time, time zone, topics, pause',
  adminOnly: true,
  // Channels and /settings @channel are answered before (or instead of) asking Telegram about this chat.
  refuseNonAdmins: false,
  handle: async (ctx) => {
    const chat = ctx.chat;
    if (!chat) return;
    const t = tr(ctx);
    if (chat.type === 'channel') {
      // A menu here would be public and its buttons pressed anonymously: manage channels in private.
      return sendView(ctx, { text: escapeHtml(t('settings-channel-from-private')) });
    }
    if (ctx.match.trim()) return openChannel(ctx);
    if (!(await isChatAdmin(ctx))) return sendView(ctx, { text: escapeHtml(t('admins-only')) });
    const targets = await settingsTargets(ctx);
    const [only] = targets;
    if (!only) return sendView(ctx, notSubscribedView(chat.id, t));
    if (targets.length > 1) return sendView(ctx, chooserView(targets, chat.id, t));
    return sendView(ctx, await menuFor(ctx, only));
  },
  buttons: { prefix: SETTINGS_DATA_PREFIX, handle: handleSettingsPress },
  followUp: handleSettingsText,
});

/** /settings @channel: the channel's menu, for whoever is an admin of it now. */
async function openChannel(ctx: CommandContext) {
  const ref = parseChannelRef(ctx.match);
  if (ref === undefined || ctx.chat?.type !== 'private') return sendView(ctx, { text: escapeHtml(tr(ctx)('settings-usage')) });
  const found = await managedChannel(ctx, ref);
  if (!found.ok) return sendView(ctx, { text: escapeHtml(found.message) });
  return sendView(ctx, await menuFor(ctx, found.subscription));
}
