// /who as Telegram HTML and as plain text (pure).
import type { PersonLookup, PersonProfile } from '../store/people-index.port.js';
import { escapeHtml, link } from './telegram-html.js';
import { formatDay } from './format-date.js';

export const WHO_USAGE = 'Usage: /who <name>, e.g. /who Lukashenko';

export function renderWhoHtml(lookup: PersonLookup, description?: string): string {
  const person = lookup.person;
  if (!person) return notFound(lookup, escapeHtml, (s) => `<b>${escapeHtml(s)}</b>`);
  const parts = [`<b>${escapeHtml(person.name)}</b>`];
  if (person.aliases.length) parts.push(`<i>Also written:</i> ${escapeHtml(person.aliases.join(', '))}`);
  if (description) parts.push(escapeHtml(description));
  if (person.roles.length) {
    parts.push(
      ['<b>Roles</b>', ...person.roles.map((r) => `• ${escapeHtml(r.role)} (${escapeHtml(r.source)}, ${formatDay(r.date)})`)].join('\n'),
    );
  }
  if (person.facts.length) {
    parts.push(
      [
        '<b>Latest</b>',
        ...person.facts.map((f) => `• ${formatDay(f.date)}: ${escapeHtml(f.text)} (${link(f.source, f.sourceUrl)})`),
      ].join('\n'),
    );
  }
  parts.push(summaryLine(person, escapeHtml));
  return parts.join('\n\n');
}

export function renderWhoText(lookup: PersonLookup): string {
  const person = lookup.person;
  if (!person) return notFound(lookup, (s) => s, (s) => s);
  const lines = [person.name];
  if (person.aliases.length) lines.push(`Also written: ${person.aliases.join(', ')}`);
  for (const r of person.roles) lines.push(`Role: ${r.role} (${r.source}, ${formatDay(r.date)})`);
  for (const f of person.facts) lines.push(`${formatDay(f.date)}: ${f.text} (${f.source})`);
  lines.push(summaryLine(person, (x) => x));
  return lines.join('\n');
}

function summaryLine(person: PersonProfile, esc: (s: string) => string): string {
  const count = `Mentioned in ${person.articleCount} ${person.articleCount === 1 ? 'article' : 'articles'}.`;
  return person.related.length ? `${count} Appears with: ${esc(person.related.join(', '))}.` : count;
}

function notFound(lookup: PersonLookup, esc: (s: string) => string, strong: (s: string) => string): string {
  const query = lookup.query.trim();
  if (!query) return esc(WHO_USAGE);
  const head = `I don't know anyone called ${strong(query)} in the stored articles.`;
  if (lookup.suggestions.length === 0) return head;
  return `${head}\nDid you mean: ${lookup.suggestions.map(esc).join(', ')}?`;
}
