// /digest — what this chat would get if its digest were due now (its topics and zone, since its
// last digest; unsubscribed: the last 24 hours, unfiltered);
// /digest YYYY-MM-DD — exactly what this chat was sent on that (local) day, or why nothing was.
import type { SentDigest } from '../src/delivery/digest-source.port.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { escapeHtml } from '../src/render/telegram-html.js';
import { replyHtml } from '../src/telegram/reply.js';

const USAGE = 'Usage: /digest for what your next digest would hold now, or /digest YYYY-MM-DD for the digest this chat was sent that day.';

export const digest = defineCommand({
  name: 'digest',
  // No fixed example date here: the menu can't know which days have an archived digest (/help shows one that does).
  description: 'Your digest as it would be now; /digest YYYY-MM-DD for the one this chat was sent that day',
  handle: async (ctx, { digests, clock }) => {
    const chatId = ctx.chat?.id;
    const argument = ctx.match.trim();
    if (!argument) return replyHtml(ctx, (await digests.preview(chatId, clock.now())).messages);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(argument) || Number.isNaN(Date.parse(argument))) return replyHtml(ctx, escapeHtml(USAGE));
    if (chatId === undefined) return replyHtml(ctx, escapeHtml(USAGE));
    return replyHtml(ctx, sentReply(argument, await digests.sent(chatId, argument)));
  },
});

/** The reply to /digest DAY: the messages as sent, after a one-line header, or one line saying why there are none. */
export function sentReply(day: string, sent: SentDigest): string[] {
  const d = escapeHtml(day);
  switch (sent.kind) {
    case 'sent':
      return [`Digest of ${d}, exactly as this chat was sent it:`, ...sent.messages];
    case 'pending':
      return [`Digest of ${d}, still being delivered to this chat:`, ...sent.messages];
    case 'legacy':
      return sent.messages; // titled "Digest of DAY": composed that day, before per-chat archives
    case 'empty':
      return [`Nothing was sent on ${d}: there was nothing new for this chat that day.`];
    case 'skipped':
      return [`The digest of ${d} was skipped: the bot was down past the catch-up window.`];
    case 'undeliverable':
      return [`The digest of ${d} could not be delivered to this chat.`];
    case 'unarchived':
      return [`The digest of ${d} was delivered to this chat, but no copy of it was kept (it was sent before digests were archived per chat).`];
    case 'none':
      return [`No digest was composed for this chat on ${d}: it wasn't subscribed then, or its digest wasn't due yet. /help names a day that has one.`];
  }
}
