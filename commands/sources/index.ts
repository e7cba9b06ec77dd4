// /sources — what this chat's digest draws on; /sources add <url>, /sources remove <n>; and the same for a
// channel you admin, from a private chat: /sources @channel [add <url> | remove <n>].
// Anyone in a group may look; only its admins may change (the handler checks, so looking needs no admin call).
import { escapeHtml } from '../../src/render/telegram-html.js';
import { defineCommand } from '../../src/telegram/define-command.js';
import { replyHtml } from '../../src/telegram/reply.js';
import { addChatSource, listSources, removeChatSource } from './actions.js';
import { parseSourcesArgs } from './args.js';
import { sourcesTarget } from './target.js';
import { tr } from '../../src/i18n/tr.js';

export const sources = defineCommand({
  name: 'sources',
  description: 'The feeds this chat’s digest draws on; /sources add <url>, /sources remove <n>',
  adminOnly: true,
  refuseNonAdmins: false,
  handle: async (ctx) => {
    const args = parseSourcesArgs(ctx.match);
    if (!args.ok) return replyHtml(ctx, escapeHtml(tr(ctx)(args.usage)));
    const { action } = args;
    const found = await sourcesTarget(ctx, args.channel, action.kind !== 'list');
    if (!found.ok) return replyHtml(ctx, escapeHtml(found.message));
    const { target } = found;
    switch (action.kind) {
      case 'list':
        return replyHtml(ctx, await listSources(ctx, target));
      case 'add':
        return replyHtml(ctx, await addChatSource(ctx, target, action.url));
      case 'remove':
        return replyHtml(ctx, await removeChatSource(ctx, target, action.n));
    }
  },
});
