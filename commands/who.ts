// /who <name>: who a person is, according to the stored articles. The card's company (or, for a name that
// matched nobody, the suggestions) come as buttons; a press answers as /who <that name> (commands/who-taps.ts).
import { withFallback } from '../src/llm/fallback.js';
import { escapeHtml } from '../src/render/telegram-html.js';
import type { BotContext, BotDeps } from '../src/telegram/context.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';
import { renderWhoHtml, whoTaps } from '../src/render/who.js';
import { speechOf } from '../src/i18n/speech.js';
import { DATE_UNKNOWN } from '../src/render/format-date.js';
import { queryOfData, replyWithTaps, WHO_DATA_PREFIX, whoKeyboard } from './who-taps.js';

const MAX_QUERY = 100;

export const who = defineCommand({
  name: 'who',
  description: 'Who is this person? e.g. /who Lukashenko',
  handle: (ctx, deps) => replyWho(ctx, deps, ctx.match),
  buttons: {
    prefix: WHO_DATA_PREFIX,
    handle: async (ctx, deps) => {
      // Answered first: the card may wait for the model, and the client's spinner should stop at once.
      await ctx.answerCallbackQuery();
      const query = queryOfData(ctx.callbackQuery?.data);
      if (query !== undefined) await replyWho(ctx, deps, query);
    },
  },
});

/** The reply to `/who <text>`: usage, the card of the person it names, or who it might have meant. */
export async function replyWho(ctx: BotContext, { people, summarizer, defaults }: BotDeps, text: string): Promise<void> {
  const speech = speechOf(ctx);
  const { t } = speech;
  const query = text.trim().replace(/\s+/g, ' ');
  if (!query) return replyHtml(ctx, escapeHtml(t('who-usage')));
  if (query.length > MAX_QUERY) return replyHtml(ctx, escapeHtml(`${t('who-too-long', { max: MAX_QUERY })} ${t('who-usage')}`));
  const lookup = await people.lookup(query);
  let description: string | undefined;
  if (lookup.person && summarizer) {
    const person = lookup.person;
    description = await withFallback(
      (signal) =>
        summarizer.describePerson(
          {
            name: person.name,
            roles: person.roles.map((r) => r.role),
            facts: person.facts.map((f) => ({ text: f.text, source: f.source, date: f.date ?? DATE_UNKNOWN })),
          },
          signal,
        ),
      '',
      { timeoutMs: defaults.llmTimeoutMs, onError: (error) => ctx.log.warn({ code: 'WHO_MODEL_FAILED', err: error }, 'describePerson failed; offline answer') },
    );
  }
  return replyWithTaps(ctx, renderWhoHtml(lookup, description || undefined, speech), whoKeyboard(whoTaps(lookup)));
}
