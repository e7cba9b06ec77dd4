// Every word of the digest's frame (header, labels, counts, the disclaimer) in one place, so a translation
// replaces one object. Article text (headlines, summaries, outlet names) is never translated here.

// The shape lives with the other translation types (src/i18n/translate.port.ts), so src/i18n builds it per locale.
import type { DigestStrings } from '../src/i18n/translate.port.js';

export type { DigestStrings };

export const DIGEST_STRINGS_EN: DigestStrings = {
  title: 'News digest',
  window: (since, until, timeZone, stories) => `${since} – ${until} (${timeZone}) · ${stories === 1 ? '1 story' : `${stories} stories`}`,
  nothingNew: (since, timeZone) => `Nothing new since ${since} (${timeZone}).`,
  update: 'Update: ',
  more: (n) => `+${n} more`,
  outlets: (n) => (n === 1 ? '1 outlet' : `${n} outlets`),
  articles: (n, latest) => (n > 1 ? `${n} articles, latest ${latest}` : latest),
  followUp: (outlet, when) => `Follow-up: ${outlet}, ${when}`,
  moreOutlets: (n) => `and ${n} more ${n === 1 ? 'outlet' : 'outlets'}`,
  moreStories: 'More stories',
  unknownSource: 'Unknown source',
  dateUnknown: 'date unknown',
  disclaimer: 'Summaries are generated automatically from the sources above; verify important facts independently.',
};
