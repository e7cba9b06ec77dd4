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
