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
  return (key, vars) => translateCached(i18n, locale, key, vars);
}

// Fluent negotiates the bundle and walks the pattern on every call (20 µs for a /latest's four strings).
// The bundles never change once loaded, so a string is a pure function of (locale, key, variables): kept
// here for plain string and number variables, bounded (user text such as a /who name makes keys unbounded).
const MEMO_MAX = 2_000;
const MEMO_KEY_MAX = 200;
const memos = new WeakMap<I18n<Context>, Map<string, string>>();

/** i18n.t(locale, key, vars), memoised when every variable is a string or a number. */
export function translateCached(i18n: I18n<Context>, locale: string, key: string, vars?: Readonly<Record<string, unknown>>): string {
  const id = memoKey(locale, key, vars);
  if (id === undefined) return i18n.t(locale, key, vars as Parameters<I18n<Context>['t']>[2]);
  let memo = memos.get(i18n);
  if (!memo) memos.set(i18n, (memo = new Map<string, string>()));
  let text = memo.get(id);
  if (text === undefined) {
    text = i18n.t(locale, key, vars as Parameters<I18n<Context>['t']>[2]);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(id, text);
  }
  return text;
}

function memoKey(locale: string, key: string, vars: Readonly<Record<string, unknown>> | undefined): string | undefined {
  let id = `${locale}\u0000${key}`;
  if (vars) {
    for (const name in vars) {
      const value = vars[name];
      // The type is part of the key (Fluent selects plurals on 1, not on "1"); JSON quotes a string whole.
      if (typeof value === 'number' && !Object.is(value, -0)) id += `\u0000${name}#${value}`;
      else if (typeof value === 'string') id += `\u0000${name}=${JSON.stringify(value)}`;
      else return undefined;
    }
  }
  return id.length <= MEMO_KEY_MAX ? id : undefined;
}

export type { Locale };
