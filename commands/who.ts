// /who <name>: who a person is, according to the stored articles.
import { withFallback } from '../src/llm/fallback.js';
import { escapeHtml } from '../src/render/telegram-html.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';
import { renderWhoHtml } from '../src/render/who.js';
import { speechOf } from '../src/i18n/speech.js';
import { DATE_UNKNOWN } from '../src/render/format-date.js';

const MAX_QUERY = 100;

export const who = defineCommand({
  name: 'who',
  description: 'Who is this person? e.g. /who Lukashenko',
  handle: async (ctx, { people, summarizer, defaults }) => {
    const speech = speechOf(ctx);
    const { t } = speech;
    const query = ctx.match.trim().replace(/\s+/g, ' ');
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
    return replyHtml(ctx, renderWhoHtml(lookup, description || undefined, speech));
  },
});
