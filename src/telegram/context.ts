// The bot's context: grammY's, plus the app's one dependency object (built once in src/app.ts) on
// ctx.deps. Handlers see it through HandlerDeps, the ports they use; createBot adds the command list.
import type { Context } from 'grammy';
import type { Clock } from '../clock.js';
import type { DigestSource } from '../delivery/digest-source.port.js';
import type { Logger } from '../logger.js';
import type { Summarizer } from '../llm/summarizer.port.js';
import type { ArticleStore } from '../store/article-store.port.js';
import type { PeopleIndex } from '../store/people-index.port.js';
import type { SubscriptionStore } from '../subscriptions/subscription-store.port.js';
import type { AdminCheck } from './admin-cache.js';
import type { PendingInputStore } from '../subscriptions/pending-input.port.js';
import type { SourceStore } from '../store/source-store.port.js';
import type { DiscoverFeed } from '../sources/discovery.port.js';
import type { SearchIndex } from '../search/search-index.port.js';
import type { ChatLanguageStore } from '../store/chat-language.port.js';

export interface CommandInfo {
  name: string;
  description: string;
  /** Shown in /help for commands that change settings. */
  adminOnly?: boolean;
}

/** What handlers use of the app's dependency object (src/app.ts AppDeps is a superset). */
export interface HandlerDeps {
  articles: ArticleStore;
  people: PeopleIndex;
  subscriptions: SubscriptionStore;
  pendingInputs: PendingInputStore;
  /** The digest pipeline (briefings/digest-pipeline.ts): previews and what was sent. */
  digests: DigestSource;
  /** The feeds news is fetched from: the operator's pool and each chat's own (/sources). */
  sources: SourceStore;
  /** Checks a URL a chat adds (through the chats' SSRF-guarded fetcher, CHAT_FETCH_ALLOW_PRIVATE) and finds its feed. */
  discoverFeed: DiscoverFeed;
  /** Each chat's UI language (/language, /settings; remembered from private chats). */
  languages: ChatLanguageStore;
  /** Full-text search over the pool's articles: /ask, /search and a private chat's questions. */
  search: SearchIndex;
  summarizer?: Summarizer;
  clock: Clock;
  logger: Logger;
  /** chatSources: CHAT_SOURCES (may chat admins add sources). */
  defaults: { digestTime: string; timeZone: string; llmTimeoutMs: number; chatSources: boolean };
}

export interface BotDeps extends HandlerDeps {
  commands: readonly CommandInfo[];
}

/** `admins`: this bot's admin check (with its short cache), set by createBot. */
export type BotContext = Context & { deps: BotDeps; log: Logger; admins: AdminCheck };
