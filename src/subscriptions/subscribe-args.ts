// Parsing "/subscribe [@channel|-100…] [HH:MM|7am|7:30 pm] [Area/City]" (pure; the zone check uses Intl).
import { canonicalTimeZone } from './time-zone.js';

export { canonicalTimeZone } from './time-zone.js';

export interface SubscribeArgs {
  /** A channel to subscribe instead of this chat: "@name" or a numeric chat id. */
  target?: string | number;
  time?: string;
  timeZone?: string;
}
/** A refusal: `message` in English (CLI, logs); `key` and `vars` name it in locales/*.ftl for the chat's language. */
export type ParsedSubscribeArgs =
  | ({ ok: true } & SubscribeArgs)
  | { ok: false; message: string; key: 'subscribe-one-channel' | 'subscribe-bad-time' | 'subscribe-bad-zone'; vars: Record<string, string> };

export const SUBSCRIBE_USAGE =
  'Usage: /subscribe [HH:MM or 7am] [time zone], e.g. /subscribe 07:30 Europe/Minsk; for a channel: /subscribe @channel 07:30';
export const TIME_HINT = 'use 00:00–23:59 or a 12-hour time such as 7am or 7:30pm';

// "7 pm" / "7:30 p.m." arrive as two words: glue the suffix to its number first.
const SPLIT_MERIDIEM_RE = /(\d)\s+([ap]\.?m\.?)(?=\s|$)/gi;

export function parseSubscribeArgs(argument: string): ParsedSubscribeArgs {
  const result: { ok: true } & SubscribeArgs = { ok: true };
  for (const word of argument.trim().replace(SPLIT_MERIDIEM_RE, '$1$2').split(/\s+/).filter(Boolean)) {
    if (/^@[A-Za-z]\w{3,31}$/.test(word) || /^-100\d{5,}$/.test(word)) {
      if (result.target !== undefined) return { ok: false, message: `Name one channel at a time. ${SUBSCRIBE_USAGE}`, key: 'subscribe-one-channel', vars: {} };
      result.target = word.startsWith('@') ? word : Number(word);
    } else if (/^\d/.test(word)) {
      // Anything starting with a digit is meant as a time: never report "7am" as an unknown time zone.
      const time = parseTime(word);
      if (!time) return { ok: false, message: `${word} is not a time of day: ${TIME_HINT}. ${SUBSCRIBE_USAGE}`, key: 'subscribe-bad-time', vars: { word } };
      result.time = time;
    } else {
      const zone = canonicalTimeZone(word);
      if (!zone) {
        const message = `I don't know the time zone "${word}". Use an IANA name such as Europe/Minsk or UTC. ${SUBSCRIBE_USAGE}`;
        return { ok: false, message, key: 'subscribe-bad-zone', vars: { word } };
      }
      result.timeZone = zone;
    }
  }
  return result;
}

/**
 * A time of day as "HH:MM", or undefined. 24-hour "7:30", "07.30"; 12-hour "7am", "7:30pm", "7 p.m."
 * (12am is 00:00, 12pm is 12:00). Undefined for 24:00, 7:60, 13pm, 0am and the like.
 * @example parseTime('7:30pm') // '19:30'
 */
export function parseTime(text: string): string | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  const twelve = /^(\d{1,2})(?:[:.](\d{2}))?([ap])\.?m\.?$/.exec(t);
  if (twelve) {
    const [h, min] = [Number(twelve[1]), Number(twelve[2] ?? '0')];
    if (h < 1 || h > 12 || min > 59) return undefined;
    return clock((h % 12) + (twelve[3] === 'p' ? 12 : 0), min);
  }
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(t);
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return undefined;
  return clock(h, min);
}

const clock = (h: number, min: number) => `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
