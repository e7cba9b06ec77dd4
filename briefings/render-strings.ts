// Every word of the digest's frame (header, labels, counts, the disclaimer) in one place, so a translation
// replaces one object. Article text (headlines, summaries, outlet names) is never translated here.

export interface DigestStrings {
  /** Header title when the caller gives none. */
  title: string;
  /** The header's second line: the window and its zone, and how many stories follow. */
  window: (since: string, until: string, timeZone: string, stories: number) => string;
  /** The whole reply when no event is new. */
  nothingNew: (since: string, timeZone: string) => string;
  /** Put before a headline the chat has seen before (the event gained articles since). */
  update: string;
  /** Outlets the compact source line leaves out. */
  more: (n: number) => string;
  /** Outlets of a headline-only story. */
  outlets: (n: number) => string;
  /** One outlet's line in the detail: its articles and the latest one's date. */
  articles: (n: number, latest: string) => string;
  /** The detail's line for an article that came later than the rest of its event. */
  followUp: (outlet: string, when: string) => string;
  /** The detail's last line when it lists only some outlets. */
  moreOutlets: (n: number) => string;
  /** Heading of the stories listed as headlines only. */
  moreStories: string;
  unknownSource: string;
  dateUnknown: string;
  /** Closes every digest, after the articles' own disclaimers. */
  disclaimer: string;
}

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
