// /who as Telegram HTML and as plain text (pure). Labels and dates in the reader's language (a
// Speech); names, roles and facts stay in the language of the articles they come from.
import type { Speech } from '../i18n/translate.port.js';
import type { PersonLookup, PersonProfile } from '../store/people-index.port.js';
import { ENGLISH_SPEECH } from './speech-en.js';
import { escapeHtml, link } from './telegram-html.js';

export const WHO_USAGE = ENGLISH_SPEECH.t('who-usage');

export function renderWhoHtml(lookup: PersonLookup, description?: string, speech: Speech = ENGLISH_SPEECH): string {
  const { t, day } = speech;
  const person = lookup.person;
  if (!person) return notFound(lookup, escapeHtml, (s) => `<b>${escapeHtml(s)}</b>`, t);
  const parts = [`<b>${escapeHtml(person.name)}</b>`];
  if (person.aliases.length) parts.push(`<i>${escapeHtml(t('who-also-written'))}</i> ${escapeHtml(person.aliases.join(', '))}`);
  if (description) parts.push(escapeHtml(description));
  if (person.roles.length) {
    parts.push(
      [`<b>${escapeHtml(t('who-roles'))}</b>`, ...person.roles.map((r) => `• ${escapeHtml(r.role)} (${escapeHtml(r.source)}, ${escapeHtml(day(r.date))})`)].join('\n'),
    );
  }
  if (person.facts.length) {
    parts.push(
      [
        `<b>${escapeHtml(t('who-latest'))}</b>`,
        ...person.facts.map((f) => `• ${escapeHtml(day(f.date))}: ${escapeHtml(f.text)} (${link(f.source, f.sourceUrl)})`),
      ].join('\n'),
    );
  }
  parts.push(summaryLine(person, escapeHtml, t));
  return parts.join('\n\n');
}

export function renderWhoText(lookup: PersonLookup): string {
  const { t, day } = ENGLISH_SPEECH;
  const person = lookup.person;
  if (!person) return notFound(lookup, (s) => s, (s) => s, t);
  const lines = [person.name];
  if (person.aliases.length) lines.push(`Also written: ${person.aliases.join(', ')}`);
  for (const r of person.roles) lines.push(`Role: ${r.role} (${r.source}, ${day(r.date)})`);
  for (const f of person.facts) lines.push(`${day(f.date)}: ${f.text} (${f.source})`);
  lines.push(summaryLine(person, (x) => x, t));
  return lines.join('\n');
}

function summaryLine(person: PersonProfile, esc: (s: string) => string, t: Speech['t']): string {
  const count = esc(t('who-mentioned', { count: person.articleCount }));
  return person.related.length ? `${count} ${esc(t('who-appears-with', { names: person.related.join(', ') }))}` : count;
}

function notFound(lookup: PersonLookup, esc: (s: string) => string, strong: (s: string) => string, t: Speech['t']): string {
  const query = lookup.query.trim();
  if (!query) return esc(t('who-usage'));
  // The name is marked up after translation, so a translation never carries markup.
  const marker = '\u0000NAME\u0000';
  const head = esc(t('who-not-found', { name: marker })).replace(marker, strong(query));
  if (lookup.suggestions.length === 0) return head;
  return `${head}\n${esc(t('who-did-you-mean', { names: lookup.suggestions.join(', ') }))}`;
}
