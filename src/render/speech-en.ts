// The English words of /latest, /who, /ask and /search when a caller passes no Speech (the CLI, fuzzing, benches):
// the same text as locales/en.ftl (test/i18n/render-speech.test.ts holds the two together). Pure.
import type { Speech, TranslationVars } from '../i18n/translate.port.js';
import { formatDay } from './format-date.js';

const plural = (n: unknown, one: string, other: string) => (n === 1 ? one : other);

const EN: Record<string, (v: TranslationVars) => string> = {
  'date-unknown': () => 'date unknown',
  'latest-empty': () => 'No stories stored yet. Articles appear here once they are ingested.',
  'latest-title': (v) => `Latest ${v['count']} ${plural(v['count'], 'story', 'stories')}`,
  'latest-also': (v) => `also: ${v['names']}`,
  'latest-more': (v) => `+${v['count']} more`,
  'who-usage': () => 'Usage: /who <name>, e.g. /who Lukashenko',
  'who-also-written': () => 'Also written:',
  'who-roles': () => 'Roles',
  'who-latest': () => 'Latest',
  'who-mentioned': (v) => `Mentioned in ${v['count']} ${plural(v['count'], 'article', 'articles')}.`,
  'who-appears-with': (v) => `Appears with: ${v['names']}.`,
  'who-not-found': (v) => `I don't know anyone called ${v['name']} in the stored articles.`,
  'who-did-you-mean': (v) => `Did you mean: ${v['names']}?`,
  'ask-dont-know': () => "I don't know from the articles I have.",
  'search-none': (v) => `No stories match “${v['words']}”.`,
  'search-title': (v) => `Stories matching “${v['words']}”`,
  'search-read': () => 'read',
};

export const ENGLISH_SPEECH: Speech = {
  t: (key, vars = {}) => EN[key]?.(vars) ?? `{${key}}`,
  day: (iso, timeZone) => formatDay(iso, timeZone),
};
