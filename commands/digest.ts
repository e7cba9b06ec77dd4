// /digest — what this chat would get if its digest were due now (its topics and zone, since its
// last digest; unsubscribed: the last 24 hours, unfiltered);
// /digest YYYY-MM-DD — exactly what this chat was sent on that (local) day, or why nothing was.
import type { SentDigest } from '../src/delivery/digest-source.port.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { escapeHtml } from '../src/render/telegram-html.js';
import { replyHtml } from '../src/telegram/reply.js';
import { translator } from '../src/i18n/fluent.js';
import { localeOf, tr } from '../src/i18n/tr.js';
import type { Translate } from '../src/i18n/translate.port.js';

export const digest = defineCommand({
  name: 'digest',
  // No fixed example date here: the menu can't know which days have an archived digest (/help shows one that does).
  description: 'Your digest as it would be now; /digest YYYY-MM-DD for the one this chat was sent that day',
  handle: async (ctx, { digests, clock }) => {
    const t = tr(ctx);
    const usage = escapeHtml(t('digest-usage'));
    const chatId = ctx.chat?.id;
    const argument = ctx.match.trim();
    // The preview speaks the reader's language (as the scheduled digest speaks the chat's).
    if (!argument) return replyHtml(ctx, (await digests.preview(chatId, clock.now(), { locale: localeOf(ctx) })).messages);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(argument) || Number.isNaN(Date.parse(argument))) return replyHtml(ctx, usage);
    if (chatId === undefined) return replyHtml(ctx, usage);
    return replyHtml(ctx, sentReply(argument, await digests.sent(chatId, argument), t));
  },
});

/** The reply to /digest DAY: the messages as sent, after a one-line header, or one line saying why there are none. */
/** The archived messages themselves are sent as they were; only the header line is in `t`'s language. */
export function sentReply(day: string, sent: SentDigest, t: Translate = translator('en')): string[] {
  // The day is a checked YYYY-MM-DD, but escaped all the same: the whole line is HTML.
  const line = (key: string) => escapeHtml(t(key, { day }));
  switch (sent.kind) {
    case 'sent':
      return [line('digest-sent'), ...sent.messages];
    case 'pending':
      return [line('digest-pending'), ...sent.messages];
    case 'legacy':
      return sent.messages; // titled "Digest of DAY": composed that day, before per-chat archives
    case 'empty':
      return [line('digest-empty')];
    case 'skipped':
      return [line('digest-skipped')];
    case 'undeliverable':
      return [line('digest-undeliverable')];
    case 'unarchived':
      return [line('digest-unarchived')];
    case 'none':
      return [line('digest-none')];
  }
}
