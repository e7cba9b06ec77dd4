// "The next message from this user in this chat answers a settings question" (e.g. a new time).
// Kept in the store, not in memory, so it survives restarts and works across instances.
import { z } from 'zod';
import { isoDateTime } from '../articles/record.js';

export const pendingInputSchema = z.object({
  kind: z.enum(['time', 'timezone', 'include', 'exclude']),
  /** The subscription being edited (a channel's id when managed from a private chat). */
  targetChatId: z.number().int(),
  /** The settings menu message to refresh afterwards. */
  menuMessageId: z.number().int().optional(),
  expiresAt: isoDateTime,
});
export type PendingInput = z.infer<typeof pendingInputSchema>;

export interface PendingInputStore {
  /** The pending question, if any and not expired at `now`. */
  get(chatId: number, userId: number, now: Date): Promise<PendingInput | undefined>;
  set(chatId: number, userId: number, input: PendingInput): Promise<void>;
  clear(chatId: number, userId: number): Promise<void>;
}
