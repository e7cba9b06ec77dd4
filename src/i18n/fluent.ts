// Loading locales/*.ftl once per process, from the project root (so it works from a clone, from
// dist/ through bin/newsbrief.mjs, and in tests). Fluent's bidi isolation marks (U+2068/U+2069) are
// turned off: Telegram shows them as stray characters around every variable.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as I18nModule from '@grammyjs/i18n';
import type { I18n } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import { projectRoot } from '../util/project-root.js';
import { chatLocaleState } from './chat-locale.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.js';
import type { Translate } from './translate.port.js';

export const LOCALES_DIR = 'locales';

let shared: I18n<Context> | undefined;

// Required when the first translation is asked for, not at import: the package and its Deno shims are about
// 150 CommonJS modules (50 ms), which `who` and `latest` never use.
const require = createRequire(import.meta.url);

/** The one I18n instance (the grammY middleware and the context-free translators share it). */
export function sharedI18n(): I18n<Context> {
  shared ??= loadI18n(join(projectRoot(), LOCALES_DIR));
  return shared;
}

/** Every `<locale>.ftl` in `directory` that is a supported locale; English is the fallback bundle. */
export function loadI18n(directory: string): I18n<Context> {
  const { I18n: I18nClass } = require('@grammyjs/i18n') as typeof I18nModule;
  const i18n = new I18nClass<Context>({
    defaultLocale: DEFAULT_LOCALE,
    fluentBundleOptions: { useIsolating: false },
    // A key missing from a translation falls back to English by design: not worth a console line.
    fluentOptions: { warningHandler: () => undefined },
    // The locale i18nMiddleware settled (chat setting, sender, memory); absent, grammY's own (language_code).
    localeNegotiator: (ctx) => chatLocaleState(ctx)?.locale,
  });
  const files = readdirSync(directory).filter((f) => f.endsWith('.ftl'));
  if (!files.includes(`${DEFAULT_LOCALE}.ftl`)) throw new Error(`${directory} has no ${DEFAULT_LOCALE}.ftl`);
  for (const file of files) {
    const locale = file.slice(0, -'.ftl'.length);
    if (isLocale(locale)) i18n.loadLocaleSync(locale, { filePath: join(directory, file) });
  }
  return i18n;
}

/** A translate function for `locale` (a Locale; any other falls back to English) without a grammY context (the scheduled digest, the CLI). */
export function translator(locale: string = DEFAULT_LOCALE): Translate {
  const i18n = sharedI18n();
  return (key, vars) => i18n.t(locale, key, vars);
}

export type { Locale };
