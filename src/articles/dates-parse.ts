// Parsing single date strings (metadata values, stamp lines) into UTC instants, without the host time zone.

// Month names as written, by month: English, German, French, Spanish, Italian, Portuguese, Polish, Russian,
// Belarusian and Ukrainian (nominative and the genitive of "29 ноября", "30 listopada"), and the usual
// abbreviations. Whole words only: a prefix match took "maires" (mayors) for May and "marina" for March.
const MONTH_WORDS: ReadonlyArray<string> = [
  'january jan januar jänner jän janvier janv enero ene gennaio janeiro styczeń stycznia январь января январе янв студзень студзеня січень січня',
  'february feb febr februar feber février févr fév febrero febbraio fevereiro luty lutego февраль февраля феврале фев люты лютага лютий лютого',
  'march mar märz mär mars marzo março marzec marca март марта марте мар сакавік сакавіка березень березня',
  'april apr avril avr abril abr aprile kwiecień kwietnia апрель апреля апреле апр красавік красавіка квітень квітня',
  'may mai mayo maggio maio maj maja май мая мае травень травня',
  'june jun juni juin junio giugno junho czerwiec czerwca июнь июня июне июн чэрвень чэрвеня червень червня',
  'july jul juli juillet juil julio luglio julho lipiec lipca июль июля июле июл ліпень ліпеня липень липня',
  'august aug août agosto sierpień sierpnia август августа августе авг жнівень жніўня серпень серпня',
  'september sep sept septembre septiembre setiembre settembre setembro wrzesień września сентябрь сентября сентябре сен сент верасень верасня вересень вересня',
  'october oct oktober okt octobre octubre ottobre outubro październik października окт октябрь октября октябре кастрычнік кастрычніка жовтень жовтня',
  'november nov novembre noviembre novembro listopad listopada ноябрь ноября ноябре ноя нояб лістапад лістапада листопад листопада',
  'december dec dezember dez décembre déc diciembre dic dicembre dezembro grudzień grudnia декабрь декабря декабре дек снежань снежня грудень грудня',
];

/** Lower case, Latin accents dropped (août = aout), a final period dropped; Cyrillic letters kept as they are. */
const monthKey = (word: string) =>
  word.toLowerCase().replace(/\.$/, '').normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');

const MONTHS = new Map<string, number>();
MONTH_WORDS.forEach((words, i) => {
  for (const w of words.split(' ')) MONTHS.set(monthKey(w), i + 1);
});

/** Month number (1–12) of a month name or abbreviation in one of the supported languages. */
export function monthOf(word: string): number | undefined {
  return MONTHS.get(monthKey(word));
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
