// What the sender needs and what it reports: shared by send-outbox.ts and send-failures.ts.
import type { Api } from 'grammy';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { DigestLedger } from '../store/keyv-digest-ledger.js';
import type { SubscriptionStore } from '../subscriptions/subscription.js';
import type { Outbox } from './outbox.js';
import type { Pacer } from './pacer.js';

export interface SendDeps {
  api: Api;
  outbox: Outbox;
  ledger: DigestLedger;
  subscriptions: SubscriptionStore;
  pacer: Pacer;
  clock: Clock;
  logger: Logger;
  alert: (text: string) => Promise<void>;
  sleep: (ms: number) => Promise<void>;
  /** Items sent in parallel (each item's messages stay in order); default 1. */
  concurrency?: number;
  /** Tries per message for 5xx/network errors within one run. */
  maxAttempts?: number;
  /** True once shutdown starts: finish the message in flight, start nothing new (checked after every wait). */
  stopping?: () => boolean;
}

export interface SendReport {
  delivered: number;
  messages: number;
  rateLimited: number;
  paused: number;
  leftForNextTick: number;
  /** Messages Telegram refused as HTML that went as plain text instead. */
  asPlainText: number;
  /** Distinct refused message contents among those (one operator alert each). */
  refusedContents: number;
}
