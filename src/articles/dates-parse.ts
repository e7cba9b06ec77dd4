// Parsing single date strings (metadata values, stamp lines) into UTC instants, without the host time zone.

// Month names by prefix: English, German, French, Spanish, Italian, Portuguese, Polish (genitive), Russian/Ukrainian (genitive).
const MONTH_PREFIXES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['jan', 'jän', 'janv', 'ene', 'gen', 'stycz', 'январ', 'січ']],
  [2, ['feb', 'fév', 'fev', 'lut', 'феврал', 'лют']],
  [3, ['mar', 'mär', 'mars', 'marz', 'март', 'берез']],
  [4, ['apr', 'avr', 'abr', 'kwie', 'апрел', 'квіт']],
  [5, ['may', 'mai', 'mayo', 'mag', 'maio', 'maj', 'мая', 'май', 'трав']],
  [6, ['jun', 'juin', 'giu', 'czerw', 'июн', 'черв']],
  [7, ['jul', 'juil', 'lug', 'lip', 'июл', 'лип']],
  [8, ['aug', 'août', 'aout', 'ago', 'sierp', 'август', 'серп']],
  [9, ['sep', 'sept', 'set', 'wrz', 'сентябр', 'верес']],
  [10, ['oct', 'okt', 'ott', 'out', 'paź', 'paz', 'октябр', 'жовт']],
  [11, ['nov', 'lis', 'ноябр', 'листоп']],
  [12, ['dec', 'dez', 'déc', 'dic', 'gru', 'декабр', 'груд']],
];

// Words that start like a month but are not one.
const NOT_MONTHS = new Set(['march', 'marching', 'mart', 'market', 'marine', 'mayor', 'maybe', 'jury', 'junior', 'augment', 'decade', 'octopus', 'novel', 'setup', 'series', 'list', 'lista', 'listy', 'gen', 'general', 'game']);

/** Month number (1–12) of a month name or abbreviation in one of the supported languages. */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3 || (NOT_MONTHS.has(w) && w !== 'march')) return undefined;
  if (w === 'march') return 3;
  // A full month name is short; long words sharing a prefix ("marketing") are not months.
  if (w.length > 10) return undefined;
  for (const [month, prefixes] of MONTH_PREFIXES) {
    for (const p of prefixes) if (w.startsWith(p) && (w.length <= p.length + 7)) return month;
  }
  return undefined;
}

const ZONES: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, pst: -480, pdt: -420,
  cet: 60, cest: 120, bst: 60, eet: 120, eest: 180, msk: 180,
};

/** Minutes past midnight and zone offset (minutes) from a time like "10:30 PM EDT" or "10:30:00+02:00". */
function parseTime(s: string): { minutes: number; offset: number } | undefined {
  const m = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap])?\.?m?\.?/i.exec(s);
  if (!m) return undefined;
  let hours = Number(m[1]);
  const ap = m[4]?.toLowerCase();
  if (ap === 'p' && hours < 12) hours += 12;
  if (ap === 'a' && hours === 12) hours = 0;
  const rest = s.slice(m.index + m[0].length);
  const num = /([+-])(\d{2}):?(\d{2})/.exec(rest);
  const named = /\b(utc|gmt|z|[a-z]{3,4})\b/i.exec(rest) ?? /(z)$/i.exec(m[0] + rest);
  let offset = 0;
  if (num) offset = (num[1] === '-' ? -1 : 1) * (Number(num[2]) * 60 + Number(num[3]));
  else if (named?.[1] && ZONES[named[1].toLowerCase()] !== undefined) offset = ZONES[named[1].toLowerCase()] ?? 0;
  return { minutes: hours * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60, offset };
}

/** A valid UTC calendar date, or undefined for impossible ones like 31 February. */
export function utcDate(year: number, month: number, day: number): Date | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : undefined;
}

/** Year, month and day written in a string (numeric or with a month name), year required. */
function findYmd(s: string): { y: number; m: number; d: number } | undefined {
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  m = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // Dots are European (day first); slashes are day first only when that is the only reading.
    const dayFirst = m[2] === '.' || a > 12;
    return { y: Number(m[4]), m: dayFirst ? b : a, d: dayFirst ? a : b };
  }
  m = /(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(\p{L}{3,})\.?,?\s+(?:de\s+)?(\d{4})/u.exec(s);
  if (m && monthOf(m[2] ?? '')) return { y: Number(m[3]), m: monthOf(m[2] ?? '') ?? 0, d: Number(m[1]) };
  m = /(?<!\p{L})(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u.exec(s);
  if (m && monthOf(m[1] ?? '')) return { y: Number(m[3]), m: monthOf(m[1] ?? '') ?? 0, d: Number(m[2]) };
  return undefined;
}

/**
 * Parse a date as written in metadata: ISO 8601, RFC 2822, "September 12, 2025", "12 September 2025",
 * "12.09.2025", "09/12/2025", epoch seconds or milliseconds. A date without a time is 00:00:00Z that day;
 * a time without a zone is taken as UTC.
 */
export function parseDateString(input: string | number): Date | undefined {
  if (typeof input === 'number' || /^\d{10}(\d{3})?$/.test(input.trim())) {
    const n = Number(input);
    const d = new Date(n < 1e11 ? n * 1000 : n);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  const s = input.trim();
  const ymd = findYmd(s);
  if (!ymd) return undefined;
  const day = utcDate(ymd.y, ymd.m, ymd.d);
  if (!day) return undefined;
  const time = parseTime(s.replace(/(\d{4})-(\d{1,2})-(\d{1,2})/, ' '));
  if (!time) return day;
  return new Date(day.getTime() + (time.minutes - time.offset) * 60_000);
}
