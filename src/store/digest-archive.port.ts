// The digest archive's port: each distinct rendered digest (a "view") stored once, and per (chat,
// local day) a pointer to the view that chat was sent, so /digest YYYY-MM-DD replays exactly what
// went out while thousands of chats with the same settings share one copy.
import { z } from 'zod';
import { isoDateTime } from '../articles/record.js';

/** A rendered digest as enqueued for delivery (Telegram HTML messages). */
export const archivedViewSchema = z.object({
  v: z.literal(1),
  messages: z.array(z.string().min(1)).min(1),
  timeZone: z.string().min(1),
  createdAt: isoDateTime,
});
export type ArchivedView = z.infer<typeof archivedViewSchema>;

/** Which view a chat got on one of its local days. */
export const chatDayPointerSchema = z.object({ v: z.literal(1), view: z.string().regex(/^[0-9a-f]{16,64}$/) });
export type ChatDayPointer = z.infer<typeof chatDayPointerSchema>;

export interface DigestArchive {
  /** Views (by content hash) and the (chat, day) pointers to them, in one write. */
  record(views: readonly { hash: string; view: ArchivedView }[], pointers: readonly { chatId: number; day: string; hash: string }[]): Promise<void>;
  /** The view this chat got on its local day `day`; undefined when none (or unreadable: a shape change is not shown). */
  sentTo(chatId: number, day: string): Promise<ArchivedView | undefined>;
  /** Which of these local days the chat has a view for, in one read. */
  hasDays(chatId: number, days: readonly string[]): Promise<boolean[]>;
  /**
   * The older, per-UTC-day archive (`archive:<day>`: one composed briefing, before per-chat views).
   * Unknown on purpose: the store does not know the briefing's shape; briefings/ validates it.
   */
  legacyDay(day: string): Promise<unknown>;
  /** legacyDay for many days in one read. */
  legacyDays(days: readonly string[]): Promise<unknown[]>;
}
