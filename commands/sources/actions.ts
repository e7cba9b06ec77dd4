// The three things /sources does for a target chat: list, add (checked over the guarded fetcher, which can
// take seconds), remove by number. A chat with sources of its own gets only those in its digest; one without
// gets the operator's pool, so the replies say when an add or a remove switches between the two.
import { escapeHtml, link } from '../../src/render/telegram-html.js';
import { addSource } from '../../src/sources/add-source.js';
import { FIRST_FETCH_ITEMS } from '../../src/sources/poll-source.js';
import { sourceLabel } from '../../src/sources/source.js';
import type { BotContext } from '../../src/telegram/context.js';
import { replyTarget } from '../../src/telegram/reply-target.js';
import type { SourcesTarget } from './target.js';
import { MAX_CHAT_SOURCES, ownList, ownerName, poolText } from './views.js';

export async function listSources(ctx: BotContext, target: SourcesTarget): Promise<string> {
  const { sources } = ctx.deps;
  const own = await sources.list({ chatId: target.chatId });
  return own.length > 0 ? ownList(target, own) : poolText(target, await sources.list({ chatId: 'pool' }), ctx.deps.defaults.chatSources);
}

export async function addChatSource(ctx: BotContext, target: SourcesTarget, url: string): Promise<string> {
  const { sources, discoverFeed, clock } = ctx.deps;
  // CHAT_SOURCES=0: the operator keeps every digest on the pool; nothing is fetched for a refused add.
  if (!ctx.deps.defaults.chatSources) {
    const kept = (await sources.list({ chatId: target.chatId })).length;
    return escapeHtml(
      kept > 0
        ? `This bot’s operator has turned off adding chat sources; ${target.label} keeps its ${kept} (${target.command} lists them).`
        : `This bot’s operator has turned off chat sources, so ${target.label}’s digest draws on the operator’s pool (${target.command} lists it).`,
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
        return escapeHtml(`Usage: /sources add <url>: ${outcome.message}.`);
      case 'TOO_MANY':
        return escapeHtml(`${ownerName(target)} already has ${own.length} sources, the most a chat can have (${MAX_CHAT_SOURCES}). Remove one first: ${target.command} remove <n>.`);
      case 'SOURCE_EXISTS': {
        const n = own.findIndex((s) => s.id === outcome.source.id) + 1;
        return `${link(sourceLabel(outcome.source), outcome.source.url)} is already ${n > 0 ? `source ${n}` : 'a source'} of ${escapeHtml(target.label)}.`;
      }
      default:
        return escapeHtml(`Not added: ${outcome.message}`);
    }
  }
  const { source, items } = outcome;
  const n = own.findIndex((s) => s.id === source.id) + 1;
  const feed = source.feedUrl === source.url ? '' : ` (its feed: ${escapeHtml(source.feedUrl)})`;
  const lines = [
    `Added source ${n} of ${escapeHtml(target.label)}: ${link(sourceLabel(source), source.url)}${feed}. The feed has ${items} item${items === 1 ? '' : 's'} now; the next poll brings in its newest (up to ${FIRST_FETCH_ITEMS}).`,
  ];
  if (own.length === 1) {
    lines.push(escapeHtml(`${ownerName(target)}’s digest now draws only on its own sources, no longer on the operator’s pool (${target.command} remove 1 goes back to it).`));
  }
  return lines.join('\n');
}

export async function removeChatSource(ctx: BotContext, target: SourcesTarget, n: number): Promise<string> {
  const { sources } = ctx.deps;
  const own = await sources.list({ chatId: target.chatId });
  if (own.length === 0) return escapeHtml(`${ownerName(target)} has no sources of its own to remove; its digest draws on the operator’s pool.`);
  const source = own[n - 1];
  if (!source) return escapeHtml(`There is no source ${n}: ${target.label} has ${own.length} (1 to ${own.length}). ${target.command} lists them.`);
  await sources.remove(source.id);
  const lines = [`Removed source ${n}: ${link(sourceLabel(source), source.url)}.`];
  if (own.length === 1) {
    const pool = await sources.list({ chatId: 'pool' });
    lines.push(escapeHtml(`${ownerName(target)} has no sources of its own now, so its digest draws on the operator’s pool again (${pool.length} source${pool.length === 1 ? '' : 's'}).`));
  } else if (n < own.length) {
    lines.push(escapeHtml(`The ones after it moved up one number; ${target.command} shows the list.`));
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
