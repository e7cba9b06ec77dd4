// Dates in the reader's language through Intl ("12 сент. 2025 г."). English keeps the project's own
// stable form ("12 Sep 2025", src/render/format-date.ts), so English output doesn't vary with ICU.
import { formatDay, formatDayTime } from '../render/format-date.js';
import { DEFAULT_LOCALE } from './locales.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone, day: 'numeric', month: 'short', year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

const parse = (iso: string | Date) => (typeof iso === 'string' ? new Date(iso) : iso);

/** The day, or `unknown` for an undated article; an unparseable input is returned as it is. */
export function formatDayIn(locale: string, iso: string | Date | undefined, unknown: string, timeZone = 'UTC'): string {
  if (iso === undefined) return unknown;
  if (locale === DEFAULT_LOCALE) return formatDay(iso, timeZone);
  const date = parse(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : formatter(locale, timeZone, false).format(date);
}

export function formatDayTimeIn(locale: string, iso: string | Date, timeZone = 'UTC'): string {
  if (locale === DEFAULT_LOCALE) return formatDayTime(iso, timeZone);
  const date = parse(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : formatter(locale, timeZone, true).format(date);
}
