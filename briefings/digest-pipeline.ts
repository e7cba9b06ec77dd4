// The one answer to "the digest this chat gets for this window": select (the chat's source set) →
// compose (once per window and source set, shared) → personalise (topics, already-sent events left
// out, updates marked) → render (once per view) → archive. The scheduler (forDue), /digest and
// `newsbrief digest` (preview, sent) all use it.
import type { Logger } from '../src/logger.js';
import type { DigestArchive } from '../src/store/digest-archive.port.js';
import type { DigestLedger, LastDigest } from '../src/store/digest-ledger.port.js';
import type { SourceStore } from '../src/store/source-store.port.js';
import type { SubscriptionStore } from '../src/subscriptions/subscription-store.port.js';
import type { DigestSource, DueResult } from '../src/delivery/digest-source.port.js';
import { addDays, localDay } from '../src/delivery/local-time.js';
import type { BriefingService } from './briefing-service.port.js';
import { createWindowCache } from './compose-window.js';
import { createViewRenderer } from './digest-views.js';
import { personalize } from './personalize.js';
import { renderBriefing, renderBriefingText } from './render.js';
import { createSentReader } from './sent-digest.js';
import { sourceSets } from './source-set.js';
import type { DigestStrings } from './render-strings.js';

export interface DigestPipelineDeps {
  briefings: BriefingService;
  subscriptions: SubscriptionStore;
  ledger: DigestLedger;
  archive: DigestArchive;
  /** Which sources each chat's digest draws on (its own, else the operator's pool); see source-set.ts. */
  sources: SourceStore;
  logger: Logger;
  /** The zone of a chat without a subscription. */
  defaultTimeZone: string;
  /**
   * Each chat's language and the digest frame in it (src/i18n, wired by the composition root); absent: English.
   * The language is part of the view: two chats with one window but different languages get two renderings.
   */
  language?: { of: (chatId: number) => Promise<string>; strings: (locale: string) => DigestStrings };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A chat's window starts where its previous digest was composed (the first one: the last 24 hours). */
function windowStart(last: LastDigest | undefined, now: Date): Date {
  return new Date(last ? Date.parse(last.composedAt ?? last.sentAt) : now.getTime() - DAY_MS);
}

export function createDigestPipeline(deps: DigestPipelineDeps): DigestSource {
  /** Logs each event's model failure once per call (a window's events are summarised once, shared). */
  const summaryFailures = () => {
    const logged = new Set<string>();
    return (error: unknown, event: { id: string }) => {
      if (logged.has(event.id)) return;
      logged.add(event.id);
      deps.logger.warn({ err: error, code: 'DIGEST_SUMMARY_FAILED', eventId: event.id }, 'model summary failed: the extractive one is used');
    };
  };
  const sent = createSentReader(deps);
  const withStrings = (locale: string) => (deps.language && locale !== 'en' ? { locale, strings: deps.language.strings(locale) } : {});
  /** A chat's locale and frame strings; an unreadable language is English, never a lost digest. */
  const languageOf = async (chatId: number): Promise<{ locale?: string; strings?: DigestStrings }> => {
    if (!deps.language) return {};
    const locale = await deps.language.of(chatId).catch((error: unknown) => {
      deps.logger.warn({ err: error, code: 'DIGEST_LANGUAGE_UNREADABLE', chatId }, 'chat language unreadable: English');
      return 'en';
    });
    return withStrings(locale);
  };
  /** Every chat's source set from one read of the sources (read at compose time: removed sources are gone). */
  const readSourceSets = async () => sourceSets(await deps.sources.list());

  return {
    async forDue(due, now) {
      const [lasts, setOf] = await Promise.all([deps.ledger.lastDigest(due.map((d) => d.subscription.chatId)), readSourceSets()]);
      const windows = createWindowCache(deps.briefings, now, summaryFailures());
      const views = createViewRenderer();
      const built: Built[] = [];
      for (const [i, { subscription: sub, day }] of due.entries()) {
        const last = lasts[i];
        const since = windowStart(last, now);
        const sources = setOf(sub.chatId);
        const briefing = await windows.get(since, sources);
        const view = views.render(windows.keyOf(since, sources), briefing, { ...sub, previous: last?.events, ...(await languageOf(sub.chatId)) });
        built.push({ chatId: sub.chatId, day, timeZone: sub.timeZone, ...view });
      }
      await archiveViews(deps.archive, built, now);
      return {
        results: built.map(({ chatId, day, messages, remember }) => ({ chatId, day, messages, remember })),
        compositions: windows.count(),
        renderings: views.count(),
      };
    },

    async preview(chatId, now, options = {}) {
      const language = options.locale !== undefined ? withStrings(options.locale) : chatId === undefined ? {} : await languageOf(chatId);
      const found = chatId === undefined ? undefined : await deps.subscriptions.get(chatId);
      // An unsubscribed chat sees the last 24 hours, unfiltered, in the default zone.
      const sub = found && found.status !== 'unsubscribed' ? found : undefined;
      const [last] = sub ? await deps.ledger.lastDigest([sub.chatId]) : [undefined];
      const since = options.since ?? windowStart(last, now);
      const timeZone = sub?.timeZone ?? deps.defaultTimeZone;
      // The chat's set whether or not it is subscribed (what its digest would draw on); no chat: the pool.
      const sources = (await readSourceSets())(chatId);
      const composed = await createWindowCache(deps.briefings, now, summaryFailures()).get(since, sources);
      const view = personalize(composed, { include: sub?.include ?? [], exclude: sub?.exclude ?? [], previous: last?.events, languages: sub?.languages });
      return {
        timeZone,
        messages: renderBriefing(view.briefing, { timeZone, ...language }),
        text: renderBriefingText(view.briefing, { timeZone, ...language }),
        json: JSON.stringify(view.briefing),
      };
    },

    sent: (chatId, day) => sent.sent(chatId, day),

    async newestArchivedDay(chatId, now, withinDays) {
      const sub = await deps.subscriptions.get(chatId);
      const today = localDay(now, sub?.timeZone ?? deps.defaultTimeZone);
      const days = Array.from({ length: withinDays }, (_, back) => addDays(today, -back));
      const has = await deps.archive.hasDays(chatId, days);
      const found = days.find((_, i) => has[i]);
      if (found) return found;
      // Older stores: a day composed before per-chat archives is still shown (unfiltered) by /digest DAY.
      return sent.firstLegacy(days);
    },
  };
}

interface Built extends DueResult {
  timeZone: string;
  hash: string;
}

/** Each distinct view once, and per (chat, day) a pointer to it; before the outbox gets the items. */
async function archiveViews(archive: DigestArchive, built: readonly Built[], now: Date): Promise<void> {
  const withMessages = built.filter((b) => b.messages.length > 0);
  const views = new Map(withMessages.map((b) => [b.hash, b]));
  await archive.record(
    [...views.values()].map((b) => ({ hash: b.hash, view: { v: 1 as const, messages: b.messages, timeZone: b.timeZone, createdAt: now.toISOString() } })),
    withMessages.map((b) => ({ chatId: b.chatId, day: b.day, hash: b.hash })),
  );
}
