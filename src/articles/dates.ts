// The publication date of an article from its own words: "today, September 12", "yesterday, September 11", plain dates.
import { monthOf, utcDate } from './dates-parse.js';

export { parseDateString } from './dates-parse.js';

const DAY = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = /\b(sun|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?)(?:day)?\b\.?,?\s*$/i;
// Relative words right before a date (possibly with a weekday between): the date is then an anchor. Letter
// look-arounds, not \b: \b knows only ASCII letters, so it never matched "сегодня".
const ANCHOR_RE =
  /(?<![\p{L}'])(today|yesterday|tomorrow|heute|gestern|morgen|aujourd'hui|hier|demain|hoy|ayer|mañana|сегодня|вчера|завтра|сёння|учора|ўчора|заўтра|сьогодні|вчора|dzisiaj|dziś|wczoraj|jutro)(?!\p{L})[\s,(]*(?:\p{L}+\.?,?\s*)?$/iu;
const ANCHOR_SHIFT: Record<string, number> = {
  today: 0, heute: 0, "aujourd'hui": 0, hoy: 0, сегодня: 0, сёння: 0, сьогодні: 0, dzisiaj: 0, dziś: 0,
  yesterday: 1, gestern: 1, hier: 1, ayer: 1, вчера: 1, учора: 1, ўчора: 1, вчора: 1, wczoraj: 1,
  tomorrow: -1, morgen: -1, demain: -1, mañana: -1, завтра: -1, заўтра: -1, jutro: -1,
};
// Dates announced for the future say nothing about when the article was written.
const FUTURE_RE = /\b(will|until|scheduled|due|next|planned|expected|from|by|deadline|starting)\b[^.]{0,30}$/i;

const DATE_RES = [
  // September 12, 2025 / Sept. 12 / September 12th
  { re: /(?<!\p{L})(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(\d{4})\b)?/gu, month: 1, day: 2, year: 3 },
  // 12 September 2025 / 12. September / 12 de septiembre de 2025 / 12 сентября
  { re: /\b(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(\p{L}{3,})\.?(?:,?\s+(?:de\s+)?(\d{4})\b)?/gu, month: 2, day: 1, year: 3 },
] as const;

interface Mention { month: number; day: number; year?: number; index: number; length: number }

function mentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const { re, month, day, year } of DATE_RES) {
    for (const m of text.matchAll(re)) {
      const mo = monthOf(m[month] ?? '');
      const d = Number(m[day]);
      if (!mo || d < 1 || d > 31) continue;
      const y = m[year] ? Number(m[year]) : undefined;
      found.push({ month: mo, day: d, ...(y ? { year: y } : {}), index: m.index ?? 0, length: m[0].length });
    }
  }
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    found.push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), index: m.index ?? 0, length: m[0].length });
  }
  return found;
}

/** The year to assume for dates written without one: the latest explicit year in the text that is not in the future. */
function defaultYear(text: string, now: Date): number {
  const nowYear = now.getUTCFullYear();
  const years = [...text.matchAll(/\b(19\d{2}|20\d{2})\b/g)].map((m) => Number(m[1])).filter((y) => y <= nowYear);
  // A loop, not Math.max(...years): a long text names more years than a call can take arguments.
  return years.length ? years.reduce((m, y) => (y > m ? y : m)) : nowYear;
}

function weekdayBefore(text: string, index: number): number | undefined {
  const m = WEEKDAY_RE.exec(text.slice(Math.max(0, index - 16), index));
  if (!m?.[1]) return undefined;
  const key = m[1].toLowerCase().slice(0, 3);
  const i = WEEKDAYS.findIndex((w) => w.startsWith(key));
  return i < 0 ? undefined : i;
}

function resolveYear(m: Mention, fallbackYear: number, weekday: number | undefined, now: Date): Date | undefined {
  if (m.year) return utcDate(m.year, m.month, m.day);
  // A weekday pins the year: the nearest year to the inferred one (±2, not after now) on which the date fell on it.
  const start = Math.min(fallbackYear, now.getUTCFullYear());
  for (const y of weekday === undefined ? [] : [start, start + 1, start - 1, start + 2, start - 2]) {
    const d = utcDate(y, m.month, m.day);
    if (d && d.getUTCDay() === weekday && d.getTime() <= now.getTime()) return d;
  }
  const d = utcDate(start, m.month, m.day);
  if (d && d.getTime() > now.getTime()) return utcDate(start - 1, m.month, m.day);
  return d;
}

export interface DateHints {
  /** Text where a date is the article's own date (dateline, "Published …" lines): checked first. */
  stamps: string[];
  /** The article text: searched for anchored ("today, September 12") and then plain dates. */
  body: string;
}

/**
 * Resolve the publication date from the text, or undefined when nothing resolves.
 * Order: a stamp's date; the latest "today"/"yesterday + 1"/"tomorrow − 1" anchor; the latest plain past date.
 * Dates after `now` never count.
 */
export function resolveTextDate(hints: DateHints, now: Date): Date | undefined {
  const year = defaultYear([hints.body, ...hints.stamps].join('\n'), now);
  const notFuture = (d: Date | undefined): d is Date => d !== undefined && d.getTime() <= now.getTime();

  for (const stamp of hints.stamps) {
    const first = mentions(stamp).sort((a, b) => a.index - b.index)[0];
    const d = first && resolveYear(first, year, weekdayBefore(stamp, first.index), now);
    if (notFuture(d)) return d;
  }

  const anchored: Date[] = [];
  const plain: Date[] = [];
  for (const m of mentions(hints.body)) {
    const before = hints.body.slice(Math.max(0, m.index - 40), m.index);
    const d = resolveYear(m, year, weekdayBefore(hints.body, m.index), now);
    if (!d) continue;
    const anchor = ANCHOR_RE.exec(before)?.[1]?.toLowerCase();
    const shift = anchor === undefined ? undefined : ANCHOR_SHIFT[anchor];
    if (shift !== undefined) {
      const a = new Date(d.getTime() + shift * DAY);
      if (notFuture(a)) anchored.push(a);
    } else if (!FUTURE_RE.test(before) && notFuture(d)) {
      plain.push(d);
    }
  }
  const latest = (ds: Date[]) => new Date(ds.reduce((m, d) => Math.max(m, d.getTime()), -Infinity));
  if (anchored.length) return latest(anchored);
  if (plain.length) return latest(plain);
  return undefined;
}
