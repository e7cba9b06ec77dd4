// The store port for subscriptions: what the bot and the sender need; keyv implements it in src/store.
import type { Subscription } from './subscription.js';

export interface SubscriptionStore {
  get(chatId: number): Promise<Subscription | undefined>;
  /** Creates or replaces the record (validated). */
  put(subscription: Subscription): Promise<void>;
  /** Applies a change to an existing record; undefined when there is none. */
  update(chatId: number, change: (current: Subscription) => Subscription): Promise<Subscription | undefined>;
  /** Group → supergroup migration: the record moves to the new id, settings intact (see `migrate`). */
  move(fromChatId: number, toChatId: number, at: Date): Promise<Subscription | undefined>;
  list(): Promise<Subscription[]>;
  /** Channel subscriptions this user manages from their private chat. */
  listOwnedBy(userId: number): Promise<Subscription[]>;
}
