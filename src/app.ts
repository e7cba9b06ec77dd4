// The composition root's core: config → store → repositories → services. main.ts and cli.ts
// both build on this; nothing else wires adapters together.
import { createBriefingService, type BriefingService } from '../briefings/briefing-service.js';
import { createIngestor, type Ingestor } from './articles/ingest.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createOpenAiSummarizer } from './llm/openai-summarizer.js';
import type { Summarizer } from './llm/summarizer.port.js';
import type { ArticleStore } from './store/article-store.port.js';
import { createKeyvArticleStore } from './store/keyv-article-store.js';
import { createKeyvDigestLedger, type DigestLedger } from './store/keyv-digest-ledger.js';
import { createKeyvDigestArchive, type DigestArchive } from './store/keyv-digest-archive.js';
import { createKeyvOutbox, type Outbox } from './delivery/outbox.js';
import { createKeyvIngestJournal } from './store/keyv-ingest-journal.js';
import { createKeyvPeopleIndex } from './store/keyv-people-index.js';
import { createKeyvSubscriptionStore } from './store/keyv-subscription-store.js';
import { openStore, type Store } from './store/open-store.js';
import type { PeopleIndex } from './store/people-index.port.js';
import type { SubscriptionStore } from './subscriptions/subscription.js';
import type { BotDeps } from './telegram/context.js';
import { createKeyvPendingInputStore } from './telegram/pending-input.js';

export interface App {
  config: Config;
  store: Store;
  articles: ArticleStore;
  people: PeopleIndex;
  subscriptions: SubscriptionStore;
  ledger: DigestLedger;
  outbox: Outbox;
  archive: DigestArchive;
  ingestor: Ingestor;
  briefings: BriefingService;
  summarizer?: Summarizer;
  clock: Clock;
  logger: Logger;
  /** What the bot's handlers get on ctx.deps (minus the command list). */
  botDeps(): Omit<BotDeps, 'commands'>;
  close(): Promise<void>;
}

export async function openApp(config: Config, options: { logger: Logger; clock?: Clock; summarizer?: Summarizer }): Promise<App> {
  const clock = options.clock ?? systemClock;
  const { logger } = options;
  const store = await openStore(config.STORE_URL);
  const articles = createKeyvArticleStore(store.kv);
  const people = createKeyvPeopleIndex(store.kv);
  const ingestor = createIngestor({
    articles,
    people,
    journal: createKeyvIngestJournal(store.kv),
    lock: store.writerLock,
    clock,
    maxBytes: config.MAX_ARTICLE_BYTES,
  });
  // Recovery waits for the writer lock only when a crashed batch is pending; if it can't finish
  // (another writer holds the lock past its bound), the store is closed before the error goes up.
  const recovered = await ingestor.recover().catch(async (error: unknown) => {
    await store.close().catch(() => undefined);
    throw error;
  });
  if (recovered > 0) logger.warn({ recovered }, 'finished an ingest batch interrupted by a crash');

  const summarizer =
    options.summarizer ??
    (config.OPENAI_API_KEY
      ? createOpenAiSummarizer({
          apiKey: config.OPENAI_API_KEY,
          model: config.OPENAI_MODEL,
          timeoutMs: config.OPENAI_TIMEOUT_MS,
          ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
        })
      : undefined);
  const subscriptions = createKeyvSubscriptionStore(store.kv);
  const archive = createKeyvDigestArchive(store.kv);
  const briefings = createBriefingService({ articles, ...(summarizer ? { summarizer } : {}) });
  const app: App = {
    config,
    store,
    articles,
    people,
    subscriptions,
    ledger: createKeyvDigestLedger(store.kv),
    outbox: createKeyvOutbox(store.kv),
    archive,
    ingestor,
    briefings,
    clock,
    logger,
    ...(summarizer ? { summarizer } : {}),
    botDeps: () => ({
      articles,
      people,
      subscriptions,
      pendingInputs: createKeyvPendingInputStore(store.kv),
      archive,
      briefings,
      clock,
      logger,
      ...(summarizer ? { summarizer } : {}),
      defaults: { digestTime: config.DIGEST_TIME, timeZone: config.DEFAULT_TZ, llmTimeoutMs: config.OPENAI_TIMEOUT_MS },
    }),
    close: () => store.close(),
  };
  return app;
}
