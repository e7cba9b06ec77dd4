// What a chat was sent on one of its local days: the archived view its pointer names, or why there
// is none (the ledger: nothing new, skipped, undeliverable). Days archived by older versions (one
// composition per UTC day, not per chat) are shown as they were composed, unfiltered.
import type { SentDigest } from '../src/delivery/digest-source.port.js';
import type { DigestArchive } from '../src/store/digest-archive.port.js';
import type { DigestLedger } from '../src/store/digest-ledger.port.js';
import type { SubscriptionStore } from '../src/subscriptions/subscription-store.port.js';
import { parseBriefing } from './briefing-schema.js';
import { renderBriefing } from './render.js';

export function createSentReader(deps: { archive: DigestArchive; ledger: DigestLedger; subscriptions: SubscriptionStore; defaultTimeZone: string }) {
  const legacy = async (chatId: number, day: string): Promise<SentDigest | undefined> => {
    const briefing = parseBriefing(await deps.archive.legacyDay(day));
    if (!briefing) return undefined;
    const timeZone = (await deps.subscriptions.get(chatId))?.timeZone ?? deps.defaultTimeZone;
    return { kind: 'legacy', messages: renderBriefing(briefing, { timeZone, title: `Digest of ${day}` }) };
  };
  return {
    async sent(chatId: number, day: string): Promise<SentDigest> {
      const [view, entry] = await Promise.all([deps.archive.sentTo(chatId, day), deps.ledger.get(chatId, day)]);
      if (entry?.status === 'empty' || entry?.status === 'skipped' || entry?.status === 'undeliverable') return { kind: entry.status };
      // Archived before the outbox got it: no ledger entry yet means it is still on its way.
      if (view) return { kind: entry ? 'sent' : 'pending', messages: view.messages };
      // Sent by a version before per-chat archives: its UTC-day composition if there is one, else say so.
      return (await legacy(chatId, day)) ?? { kind: entry?.status === 'sent' ? 'unarchived' : 'none' };
    },
    /** The first of `days` with an older per-UTC-day composition, in one read. */
    firstLegacy: async (days: readonly string[]) => {
      const values = await deps.archive.legacyDays(days);
      return days.find((_, i) => parseBriefing(values[i]) !== undefined);
    },
  };
}
