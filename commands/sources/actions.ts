// The three things /sources does for a target chat: list, add (checked over the guarded fetcher, which can
// take seconds), remove by number. A chat with sources of its own gets only those in its digest; one without
// gets the operator's pool, so the replies say when an add or a remove switches between the two.
import { escapeHtml, link } from '../../src/render/telegram-html.js';
import { addSource } from '../../src/sources/add-source.js';
import { FIRST_FETCH_ITEMS } from '../../src/sources/poll-source.js';
import { sourceLabel } from '../../src/sources/source.js';
import type { BotContext } from '../../src/telegram/context.js';
import { tr } from '../../src/i18n/tr.js';
import { replyTarget } from '../../src/telegram/reply-target.js';
import type { SourcesTarget } from './target.js';
import { MAX_CHAT_SOURCES, ownList, ownerName, poolText } from './views.js';

export async function listSources(ctx: BotContext, target: SourcesTarget): Promise<string> {
  const { sources } = ctx.deps;
  const t = tr(ctx);
  const own = await sources.list({ chatId: target.chatId });
  return own.length > 0 ? ownList(target, own, t) : poolText(target, await sources.list({ chatId: 'pool' }), t, ctx.deps.defaults.chatSources);
}

export async function addChatSource(ctx: BotContext, target: SourcesTarget, url: string): Promise<string> {
  const { sources, discoverFeed, clock } = ctx.deps;
  const t = tr(ctx);
  const owner = ownerName(target, t);
  // CHAT_SOURCES=0: the operator keeps every digest on the pool; nothing is fetched for a refused add.
  if (!ctx.deps.defaults.chatSources) {
    const kept = (await sources.list({ chatId: target.chatId })).length;
    return escapeHtml(
      kept > 0
        ? t('sources-off-kept', { target: target.label, count: kept, command: target.command })
        : t('sources-off', { target: target.label, command: target.command }),
    );
  }
  await typing(ctx);
  // An anonymous admin writes as the group: ctx.from is Telegram's placeholder bot, which alerts can't reach.
  const anonymous = ctx.msg?.sender_chat !== undefined;
  const addedBy = anonymous ? undefined : ctx.from?.id;
  const outcome = await addSource(
    { sources, discoverFeed },
    { url, chatId: target.chatId, ...(addedBy === undefined ? {} : { addedBy }), limit: MAX_CHAT_SOURCES, now: clock.now() },
  );
  const own = await sources.list({ chatId: target.chatId });
  if (!outcome.ok) {
    switch (outcome.code) {
      case 'BAD_URL':
        return escapeHtml(t('sources-bad-url', { problem: outcome.message }));
      case 'TOO_MANY':
        return escapeHtml(t('sources-too-many', { owner, count: own.length, max: MAX_CHAT_SOURCES, command: target.command }));
      case 'SOURCE_EXISTS': {
        const n = own.findIndex((s) => s.id === outcome.source.id) + 1;
        const which = n > 0 ? t('sources-exists-n', { target: target.label, n }) : t('sources-exists', { target: target.label });
        return `${link(sourceLabel(outcome.source), outcome.source.url)} ${escapeHtml(which)}`;
      }
      default:
        return escapeHtml(t('sources-not-added', { problem: outcome.message }));
    }
  }
  const { source, items } = outcome;
  const n = own.findIndex((s) => s.id === source.id) + 1;
  const feed = source.feedUrl === source.url ? '' : ` ${escapeHtml(t('sources-its-feed', { feed: source.feedUrl }))}`;
  const lines = [
    `${escapeHtml(t('sources-added', { n, target: target.label }))} ${link(sourceLabel(source), source.url)}${feed}. ${escapeHtml(t('sources-added-items', { count: items, first: FIRST_FETCH_ITEMS }))}`,
  ];
  if (own.length === 1) lines.push(escapeHtml(t('sources-now-own', { owner, command: target.command })));
  return lines.join('\n');
}

export async function removeChatSource(ctx: BotContext, target: SourcesTarget, n: number): Promise<string> {
  const { sources } = ctx.deps;
  const t = tr(ctx);
  const owner = ownerName(target, t);
  const own = await sources.list({ chatId: target.chatId });
  if (own.length === 0) return escapeHtml(t('sources-none-to-remove', { owner }));
  const source = own[n - 1];
  if (!source) return escapeHtml(t('sources-no-such', { n, target: target.label, count: own.length, command: target.command }));
  await sources.remove(source.id);
  const lines = [`${escapeHtml(t('sources-removed', { n }))} ${link(sourceLabel(source), source.url)}.`];
  if (own.length === 1) {
    const pool = await sources.list({ chatId: 'pool' });
    lines.push(escapeHtml(t('sources-back-to-pool', { owner, count: pool.length })));
  } else if (n < own.length) {
    lines.push(escapeHtml(t('sources-moved-up', { command: target.command })));
  }
  return lines.join('\n');
}

/** "typing…" while the URL is fetched (up to FETCH_TIMEOUT_MS); cosmetic, so a refusal is only logged. */
async function typing(ctx: BotContext): Promise<void> {
  try {
    await ctx.replyWithChatAction('typing', replyTarget(ctx));
  } catch (error) {
    ctx.log.debug({ err: error, code: 'CHAT_ACTION_FAILED' }, 'typing indicator not sent');
  }
}
