// Wall-clock arithmetic in IANA time zones with nothing but Intl: which local day an instant falls on, and which
// instant a local "HH:MM" on a local day means, including the DST gap and the DST overlap. Pure: no clock reads.

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

// One formatter per zone: building them is the expensive part, and there are only a few hundred zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

// Memo tables, bounded: one entry per zone, and a zonedInstant table cleared whenever it outgrows its cap.
const lastDay = new Map<string, { ms: number; day: string }>();
const instants = new Map<string, number>();
const INSTANT_CACHE_MAX = 100_000;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // hourCycle h23: with hour12:false some engines print midnight as "24".
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local wall clock of `ms` in `timeZone`, as if it were a UTC timestamp (whole seconds). */
function wallMs(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The zone's UTC offset (ms, east positive) at instant `ms`. */
function offsetMs(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return wallMs(whole, timeZone) - whole;
}

function parseDay(day: string): number {
  const m = DAY_RE.exec(day);
  const [y, mo, d] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  const ms = Date.UTC(y, mo - 1, d);
  if (!m || Number.isNaN(ms) || formatDay(ms) !== day) throw new RangeError(`Not a calendar day (YYYY-MM-DD): "${day}"`);
  return ms;
}

function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The local calendar day (YYYY-MM-DD) of `instant` in `timeZone`.
 * @example localDay(new Date('2025-06-01T22:30:00Z'), 'Europe/Minsk') // '2025-06-02'
 */
export function localDay(instant: Date, timeZone: string): string {
  // A scheduler tick asks this for every subscription with the same `now`: remember the last answer per zone.
  const ms = instant.getTime();
  const last = lastDay.get(timeZone);
  if (last?.ms === ms) return last.day;
  const day = formatDay(wallMs(ms, timeZone));
  lastDay.set(timeZone, { ms, day });
  return day;
}

/**
 * The day `days` before (negative) or after a YYYY-MM-DD, by plain calendar arithmetic.
 * @example addDays('2025-12-31', 1) // '2026-01-01'
 */
export function addDays(day: string, days: number): string {
  return formatDay(parseDay(day) + days * DAY_MS);
}

/**
 * The UTC instant of local wall-clock `time` ("HH:MM") on local `day` in `timeZone`.
 * - A time that does not exist (spring-forward gap) is pushed forward by the gap's length, as Temporal's
 *   'compatible' disambiguation does: Berlin 2025-03-30 02:30 → 03:30 CEST (01:30Z). It still happens that day, once.
 * - A time that happens twice (fall-back overlap) means its first occurrence: Berlin 2025-10-26 02:30 → 00:30Z (CEST).
 * Throws RangeError on a malformed day/time or an unknown zone.
 * @example zonedInstant('2025-01-15', '08:00', 'Asia/Kolkata') // 2025-01-15T02:30:00.000Z
 */
export function zonedInstant(day: string, time: string, timeZone: string): Date {
  const key = `${timeZone} ${day} ${time}`;
  const cached = instants.get(key);
  if (cached !== undefined) return new Date(cached);
  const ms = computeInstant(day, time, timeZone);
  if (instants.size >= INSTANT_CACHE_MAX) instants.clear();
  instants.set(key, ms);
  return new Date(ms);
}

function computeInstant(day: string, time: string, timeZone: string): number {
  const t = TIME_RE.exec(time);
  if (!t) throw new RangeError(`Not a time of day (HH:MM): "${time}"`);
  const wall = parseDay(day) + Number(t[1]) * 3_600_000 + Number(t[2]) * 60_000;
  // The offsets a day either side bracket any transition near `wall` (zones never change twice within ~2 days).
  const before = offsetMs(wall - DAY_MS, timeZone);
  const after = offsetMs(wall + DAY_MS, timeZone);
  const valid = [wall - before, wall - after].filter((ms) => wallMs(ms, timeZone) === wall);
  // Overlap: both are valid, and the earlier instant is the first occurrence. Gap: neither; reading the wall time
  // with the pre-gap offset lands just as far past the gap's end as the wall time is past its start.
  return valid.length > 0 ? Math.min(...valid) : wall - before;
}
