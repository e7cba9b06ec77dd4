// The translate function for a handler: ctx.t once the i18n middleware is installed, English before
// (so handlers work the same whether or not createBot has wired it), and the locale it speaks.
import type { Context } from 'grammy';
import { localeOf } from './chat-locale.js';
import { translator } from './fluent.js';
import { DEFAULT_LOCALE } from './locales.js';
import type { Translate } from './translate.port.js';

const hasT = (ctx: Context): ctx is Context & { t: Translate } => typeof (ctx as { t?: unknown }).t === 'function';

let english: Translate | undefined;

export function tr(ctx: Context): Translate {
  if (hasT(ctx)) return ctx.t;
  english ??= translator(DEFAULT_LOCALE);
  return english;
}

export { localeOf };
