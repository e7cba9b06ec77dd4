// Dates as readers see them: "12 Sep 2025" and "12 Sep 2025, 14:05", in a given IANA zone.
// Month names are our own: ICU versions differ ("Sep" vs "Sept"), and output must be stable. Another locale
// (a translated digest) takes its day and month from Intl; the time stays 24-hour "14:05" everywhere.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const formatters = new Map<string, Intl.DateTimeFormat>();

const pad = (n: number) => String(n).padStart(2, '0');

function partsOf(date: Date, timeZone: string): Record<string, string> {
  // UTC needs no time-zone data: the Date's own fields give what Intl would (4-digit years; other years, BC
  // ones with their era, go through Intl), for a fifth of formatToParts' cost (/latest formats every story's day).
  const year = date.getUTCFullYear();
  if (timeZone === 'UTC' && year >= 1000 && year <= 9999) {
    return { year: String(year), month: String(date.getUTCMonth() + 1), day: String(date.getUTCDate()), hour: pad(date.getUTCHours()), minute: pad(date.getUTCMinutes()) };
  }
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value]));
}

/** The stable English form: no locale, or English (en, en-GB, en-US …: one form, whatever ICU says). */
const isEnglish = (locale: string | undefined) => locale === undefined || /^en(?:-|$)/i.test(locale);
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function localDay(date: Date, timeZone: string, locale: string): string {
  const key = `${locale}|${timeZone}`;
  let f = dayFormatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'short', day: 'numeric' });
    } catch {
      return ''; // not a locale Intl knows: the caller falls back to the English form
    }
    dayFormatters.set(key, f);
  }
  return f.format(date);
}

/** What readers see for an article whose publication date is unknown (no date in its metadata or text). */
export const DATE_UNKNOWN = 'date unknown';

/**
 * "12 Sep 2025"; undefined (an undated article) → "date unknown"; an unparseable input is returned as it is.
 * @example formatDay(record.publishedAt) // '12 Sep 2025', or 'date unknown'
 */
export function formatDay(iso: string | Date | undefined, timeZone = 'UTC', locale?: string): string {
  if (iso === undefined) return DATE_UNKNOWN;
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return String(iso);
  const local = isEnglish(locale) ? '' : localDay(date, timeZone, locale!);
  if (local) return local;
  const p = partsOf(date, timeZone);
  return `${Number(p['day'])} ${MONTHS[Number(p['month']) - 1] ?? ''} ${p['year']}`;
}

/** "12 Sep 2025, 14:05"; with a locale, its day form ("12 сент. 2025 г., 14:05"). */
export function formatDayTime(iso: string | Date, timeZone = 'UTC', locale?: string): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return String(iso);
  const p = partsOf(date, timeZone);
  return `${formatDay(date, timeZone, locale)}, ${p['hour']}:${p['minute']}`;
}
