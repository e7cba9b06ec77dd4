// The translate function handlers and renderers take: a key of locales/*.ftl and its variables.
// A type only, so the pure renderers (src/render/**) can accept one without importing Fluent.
export type TranslationVars = Record<string, string | number>;
export type Translate = (key: string, vars?: TranslationVars) => string;

/** A renderer's words and dates in one language. */
export interface Speech {
  t: Translate;
  /** "12 Sep 2025" / "12 сент. 2025 г."; undefined → the locale's "date unknown". */
  day: (iso: string | Date | undefined, timeZone?: string) => string;
}

/** The digest frame's words in one language (briefings/render-strings.ts has the English; digest-strings.ts the rest). */
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
