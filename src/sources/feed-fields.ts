// Field-level helpers shared by the format mappers: links against a base, dates to ISO, plain-text titles,
// escaped text bodies and the feed's update interval.
import { FEED_CAPS } from './feed-types.js';

/** An absolute http(s) URL, or undefined: relative links resolve against `base` (xml:base, then the feed URL). */
export function absoluteUrl(value: string | undefined, base: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const href = url.href;
    return href.length <= FEED_CAPS.url ? href : undefined;
  } catch {
    return undefined;
  }
}

/** A nested xml:base resolved against its parent's base (it may itself be relative). */
export const nestedBase = (xmlBase: string | undefined, parent: string | undefined): string | undefined =>
  xmlBase ? (absoluteUrl(xmlBase, parent) ?? parent) : parent;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Zone names Date.parse doesn't know (it knows GMT, UT(C) and the US ones). */
const ZONES: Record<string, string> = { CET: '+0100', CEST: '+0200', BST: '+0100', EET: '+0200', EEST: '+0300', MSK: '+0300', JST: '+0900', AEST: '+1000', AEDT: '+1100', IST: '+0530' };

/**
 * A date without a zone would be read in the host's zone: feeds mean UTC then (RFC 3339 §4.3's "unknown local
 * offset"), and the result must not depend on where the bot runs.
 */
function withZone(raw: string): string {
  const named = /\s([A-Z]{2,5})$/i.exec(raw)?.[1]?.toUpperCase();
  if (named === 'UT' || named === 'Z') return raw.replace(/\s\S+$/, ' GMT');
  if (named && ZONES[named]) return raw.replace(/\s\S+$/, ` ${ZONES[named]}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw; // ISO date only: already UTC
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i.exec(raw);
  if (iso) return `${iso[1]}T${iso[2]}${iso[3] ?? 'Z'}`;
  return named || /[+-]\d{4}$/.test(raw) ? raw : `${raw} GMT`;
}

/**
 * RFC 822 and ISO 8601 dates → ISO; unparseable ones are dropped, and so are dates more than a day after
 * `now` (a broken publisher clock) or before 1990.
 */
export function isoDate(value: string | undefined, now: Date): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  const ms = Date.parse(withZone(raw));
  if (Number.isNaN(ms) || ms > now.getTime() + DAY_MS || ms < Date.UTC(1990, 0, 1)) return undefined;
  return new Date(ms).toISOString();
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITY[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Whitespace collapsed and capped; undefined when nothing is left. */
export function plainText(value: string | undefined, cap: number): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, cap).trim() : undefined;
}

const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?(?:-->|$)/gi;
/** A tag needs a letter after "<" or "</": "x < y > z" is left alone. */
const TAG = /<\/?[a-z][\w:.-]*(?:\s[^>]*)?\/?>/gi;

/**
 * Titles are plain text: unless typed as text, markup goes (scripts, styles and comments with their content), and a title marked as
 * HTML (Atom type="html"/"xhtml") has its entities decoded too.
 */
export function titleText(value: string | undefined, type: string | undefined): string | undefined {
  if (!value) return undefined;
  if (type === 'text' || type === 'text/plain') return plainText(value, FEED_CAPS.title); // "<blink>" is literal here
  const isHtml = type === 'html' || type === 'xhtml' || type === 'text/html';
  const stripped = value.replace(SCRIPT_OR_STYLE, ' ').replace(TAG, '');
  return plainText(isHtml ? decodeEntities(stripped) : stripped, FEED_CAPS.title);
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A body as HTML: text content is escaped, so `contentHtml` always means HTML. */
export function bodyHtml(value: string | undefined, isText: boolean): string | undefined {
  const body = value?.trim();
  if (!body) return undefined;
  return (isText ? escapeHtml(body) : body).slice(0, FEED_CAPS.html);
}

const PERIOD_MINUTES: Record<string, number> = { hourly: 60, daily: 1_440, weekly: 10_080, monthly: 43_200, yearly: 525_600 };

/** RSS `ttl` (minutes), else sy:updatePeriod / sy:updateFrequency (default daily, once). */
export function updateMinutes(ttl: number | undefined, sy: { updatePeriod?: string; updateFrequency?: number } | undefined): number | undefined {
  if (ttl !== undefined && Number.isFinite(ttl) && ttl > 0) return ttl;
  if (!sy || (sy.updatePeriod === undefined && sy.updateFrequency === undefined)) return undefined;
  const period = PERIOD_MINUTES[(sy.updatePeriod ?? 'daily').trim().toLowerCase()];
  const frequency = sy.updateFrequency ?? 1;
  return period && Number.isFinite(frequency) && frequency > 0 ? period / frequency : undefined;
}

/** The first non-empty string. */
export const firstOf = (...values: ReadonlyArray<string | undefined>): string | undefined =>
  values.find((value) => value !== undefined && value.trim() !== '');
