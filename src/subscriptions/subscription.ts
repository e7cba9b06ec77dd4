// A chat's subscription to the digest: the settings later issues deliver by.
import { z } from 'zod';
import { isoDateTime } from '../articles/record.js';

export const subscriptionSchema = z.object({
  chatId: z.number().int(),
  chatType: z.enum(['private', 'group', 'supergroup', 'channel']),
  title: z.string().optional(),
  /** Local delivery time HH:MM in `timeZone`. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  timeZone: z.string().min(1),
  /** Forum topic the digest goes to (where /subscribe was sent). */
  threadId: z.number().int().optional(),
  include: z.array(z.string()).default([]),
  exclude: z.array(z.string()).default([]),
  active: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Subscription = z.infer<typeof subscriptionSchema>;

export interface SubscriptionStore {
  get(chatId: number): Promise<Subscription | undefined>;
  put(subscription: Subscription): Promise<void>;
  /** Keeps the record (settings survive) but stops deliveries. */
  deactivate(chatId: number, at: Date): Promise<Subscription | undefined>;
  list(): Promise<Subscription[]>;
}
