// Parsing "/subscribe [@channel|-100…] [HH:MM] [Area/City]" (pure; the zone check uses Intl).
export interface SubscribeArgs {
  /** A channel to subscribe instead of this chat: "@name" or a numeric chat id. */
  target?: string | number;
  time?: string;
  timeZone?: string;
}
export type ParsedSubscribeArgs = ({ ok: true } & SubscribeArgs) | { ok: false; message: string };

export const SUBSCRIBE_USAGE = 'Usage: /subscribe [HH:MM] [time zone], e.g. /subscribe 07:30 Europe/Minsk; for a channel: /subscribe @channel 07:30';

export function parseSubscribeArgs(argument: string): ParsedSubscribeArgs {
  const result: { ok: true } & SubscribeArgs = { ok: true };
  for (const word of argument.trim().split(/\s+/).filter(Boolean)) {
    if (/^@[A-Za-z]\w{3,31}$/.test(word) || /^-100\d{5,}$/.test(word)) {
      if (result.target !== undefined) return { ok: false, message: `Name one channel at a time. ${SUBSCRIBE_USAGE}` };
      result.target = word.startsWith('@') ? word : Number(word);
    } else if (/^\d{1,2}[:.]\d{2}$/.test(word)) {
      const time = parseTime(word);
      if (!time) return { ok: false, message: `${word} is not a time of day: use 00:00–23:59. ${SUBSCRIBE_USAGE}` };
      result.time = time;
    } else {
      const zone = canonicalTimeZone(word);
      if (!zone) return { ok: false, message: `I don't know the time zone "${word}". Use an IANA name such as Europe/Minsk or UTC. ${SUBSCRIBE_USAGE}` };
      result.timeZone = zone;
    }
  }
  return result;
}

/** "7:30" / "07.30" → "07:30"; undefined for 24:00, 7:60 and the like. */
export function parseTime(text: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** "europe/minsk" → "Europe/Minsk"; undefined for Mars/Olympus. */
export function canonicalTimeZone(text: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: text.trim() }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
