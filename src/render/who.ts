// /who as Telegram HTML and as plain text (pure), in the digest's compact style: the name bold, roles as short
// lines, each fact followed by an italic source line (outlet linked, date), then the count and company. Labels
// and dates in the reader's language (a Speech); names, roles and facts stay in the language of their articles.
// The names a card offers to tap (company, or suggestions when nobody matched) are `whoTaps`: the bot makes
// them buttons (commands/who-taps.ts), the text keeps them too, for plain-text readers.
import type { Speech } from '../i18n/translate.port.js';
import type { PersonLookup, PersonProfile } from '../store/people-index.port.js';
import { ENGLISH_SPEECH } from './speech-en.js';
import { escapeHtml, link } from './telegram-html.js';

export const WHO_USAGE = ENGLISH_SPEECH.t('who-usage');

/** How a part of the card is written: HTML (escaped, bold, italic, links) or plain text. */
interface Markup {
  esc: (s: string) => string;
  bold: (s: string) => string;
  italic: (s: string) => string;
  link: (text: string, url: string | undefined) => string;
  /** Before a source line under its fact: plain text indents it, since it has no italics to set it apart. */
  indent: string;
}

const HTML: Markup = {
  esc: escapeHtml,
  bold: (s) => `<b>${s}</b>`,
  italic: (s) => `<i>${s}</i>`,
  link,
  indent: '',
};

const PLAIN: Markup = {
  esc: (s) => s,
  bold: (s) => s,
  italic: (s) => s,
  link: (text, url) => (url && /^https?:\/\/\S+$/i.test(url) ? `${text} <${url}>` : text),
  indent: '   ',
};

export function renderWhoHtml(lookup: PersonLookup, description?: string, speech: Speech = ENGLISH_SPEECH): string {
  return renderCard(lookup, description, speech, HTML);
}

/** The card for the terminal (`newsbrief who`): the same blocks, links as <url>. */
export function renderWhoText(lookup: PersonLookup): string {
  return renderCard(lookup, undefined, ENGLISH_SPEECH, PLAIN);
}

/** The names a card offers to look up next: the person's company, or the suggestions for a name that matched nobody. */
export function whoTaps(lookup: PersonLookup): string[] {
  const names = lookup.person ? lookup.person.related : lookup.query.trim() ? lookup.suggestions : [];
  return [...new Set(names.filter((n) => n.trim() !== ''))];
}

function renderCard(lookup: PersonLookup, description: string | undefined, speech: Speech, m: Markup): string {
  const { t } = speech;
  const person = lookup.person;
  if (!person) return notFound(lookup, m, t);
  const head = [m.bold(m.esc(person.name))];
  if (person.aliases.length) head.push(m.italic(`${m.esc(t('who-also-written'))} ${m.esc(person.aliases.join(', '))}`));
  if (description) head.push(m.esc(description));
  const blocks = [head.join('\n')];
  if (person.roles.length) blocks.push([m.bold(m.esc(t('who-roles'))), ...person.roles.map((r) => roleLine(r, speech, m))].join('\n'));
  if (person.facts.length) blocks.push([m.bold(m.esc(t('who-latest'))), ...person.facts.map((f) => factLines(f, speech, m))].join('\n'));
  blocks.push(summaryLine(person, m.esc, t));
  return blocks.join('\n\n');
}

/** "• President · AP News · 12 Sep 2025", the outlet and date in italics. */
function roleLine(r: PersonProfile['roles'][number], { day }: Speech, m: Markup): string {
  return `• ${m.esc(r.role)} ${m.italic(`· ${m.esc(r.source)} · ${m.esc(day(r.date))}`)}`;
}

/** The fact as text, then its italic source line: the outlet (linked to the article) and the day. */
function factLines(f: PersonProfile['facts'][number], { day }: Speech, m: Markup): string {
  const source = m.italic(`${m.link(f.source, f.sourceUrl)} · ${m.esc(day(f.date))}`);
  return `${m.esc(f.text)}\n${m.indent}${source}`;
}

function summaryLine(person: PersonProfile, esc: (s: string) => string, t: Speech['t']): string {
  const count = esc(t('who-mentioned', { count: person.articleCount }));
  return person.related.length ? `${count} ${esc(t('who-appears-with', { names: person.related.join(', ') }))}` : count;
}

function notFound(lookup: PersonLookup, m: Markup, t: Speech['t']): string {
  const query = lookup.query.trim();
  if (!query) return m.esc(t('who-usage'));
  // The name is marked up after translation, so a translation never carries markup.
  const marker = '\u0000NAME\u0000';
  const head = m.esc(t('who-not-found', { name: marker })).replace(marker, m.bold(m.esc(query)));
  if (lookup.suggestions.length === 0) return head;
  return `${head}\n${m.esc(t('who-did-you-mean', { names: lookup.suggestions.join(', ') }))}`;
}
