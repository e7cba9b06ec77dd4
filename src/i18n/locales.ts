// The UI languages the bot speaks: one .ftl file each in locales/ at the project root. English is the
// default and the fallback for any key a translation lacks.
export const SUPPORTED_LOCALES = ['en', 'ru', 'be', 'uk'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** How each language names itself: short enough for a two-column button on a 360-px phone. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  be: 'Беларуская',
  uk: 'Українська',
};

export function isLocale(code: string): code is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(code);
}
