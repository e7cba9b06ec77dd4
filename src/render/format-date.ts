// Dates as readers see them: "12 Sep 2025" and "12 Sep 2025, 14:05", in a given IANA zone.
// Month names are our own: ICU versions differ ("Sep" vs "Sept"), and output must be stable.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(date: Date, timeZone: string): Record<string, string> {
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

/** What readers see for an article whose publication date is unknown (no date in its metadata or text). */
export const DATE_UNKNOWN = 'date unknown';

/**
 * "12 Sep 2025"; undefined (an undated article) → "date unknown"; an unparseable input is returned as it is.
 * @example formatDay(record.publishedAt) // '12 Sep 2025', or 'date unknown'
 */
export function formatDay(iso: string | Date | undefined, timeZone = 'UTC'): string {
  if (iso === undefined) return DATE_UNKNOWN;
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return String(iso);
  const p = partsOf(date, timeZone);
  return `${Number(p['day'])} ${MONTHS[Number(p['month']) - 1] ?? ''} ${p['year']}`;
}

/** "12 Sep 2025, 14:05". */
export function formatDayTime(iso: string | Date, timeZone = 'UTC'): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return String(iso);
  const p = partsOf(date, timeZone);
  return `${formatDay(date, timeZone)}, ${p['hour']}:${p['minute']}`;
}
