// The digest archive: the briefing as composed on each day (UTC), for /digest YYYY-MM-DD.
// Key (namespace nb): archive:<YYYY-MM-DD>. The latest composition of the day wins.
import type Keyv from 'keyv';
import type { Briefing } from '../../briefings/compose.js';

export interface DigestArchive {
  get(day: string): Promise<Briefing | undefined>;
  put(day: string, briefing: Briefing): Promise<void>;
}

export function createKeyvDigestArchive(kv: Keyv): DigestArchive {
  return {
    async get(day) {
      const value = await kv.get<Briefing>(`archive:${day}`);
      return value && Array.isArray(value.events) ? value : undefined;
    },
    async put(day, briefing) {
      await kv.set(`archive:${day}`, briefing);
    },
  };
}
