// What a chat received across a crash, read back from the Telegram stand-in: the texts in order,
// with the one message allowed to go twice (the one in flight when the process was killed)
// taken out, so what is left can be compared with every other chat that shares the view.

export interface Delivered {
  /** The texts in order with the repeat (if any) removed. */
  sequence: string[];
  /** 1 when the message right at the kill point went twice, else 0. */
  repeats: number;
}

/**
 * `texts` is everything the chat received, `atKill` how many of them had arrived when the first
 * process died. The only repeat tolerated is texts[atKill] === texts[atKill - 1]: the last message
 * accepted before the kill, whose progress was not saved, sent again first thing after the restart.
 * Any other duplicate stays in `sequence` (and so fails the comparison with the other chats).
 */
export function deliveredAcrossKill(texts: readonly string[], atKill: number): Delivered {
  const repeated = atKill > 0 && atKill < texts.length && texts[atKill] === texts[atKill - 1];
  if (!repeated) return { sequence: [...texts], repeats: 0 };
  return { sequence: [...texts.slice(0, atKill), ...texts.slice(atKill + 1)], repeats: 1 };
}

/** How often `needle` occurs in `haystack` (non-overlapping). */
export function occurrences(haystack: string, needle: string): number {
  return needle === '' ? 0 : haystack.split(needle).length - 1;
}

/** "HH:MM" of `at` in `timeZone` (a subscription's delivery time that fell due at `at`). */
export function localTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')}`;
}

/** The most calls any window of `windowMs` holds (a rolling second by default): what Telegram's flood limit counts. */
export function busiestWindow(calls: readonly { at: number }[], windowMs = 1000): number {
  const times = calls.map((c) => c.at).sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}
