// Sends one outbox message, as HTML or, for a message already turned into plain-text pieces, without
// parse_mode. A refusal the message itself can fix is handed back, not retried here: the caller
// rewrites the outbox item (the pieces replace the message; the thread goes) and saves it, so the
// normal per-message progress sends the rest and a retry or restart resumes at the right piece.
// Any other error is the caller's.
import type { Api } from 'grammy';
import type { Logger } from '../logger.js';
import { plainTextMessages } from '../render/telegram-html.js';
import { isRefusedText, isThreadGone } from '../telegram/refused-text.js';
import type { OutboxItem } from '../store/outbox.port.js';

export type MessageResult =
  | { kind: 'sent' }
  /** Refused as HTML for its text: these plain-text pieces replace it (none: nothing visible to send). */
  | { kind: 'refused'; html: string; pieces: string[]; description: string }
  /** Even as plain text it was refused: skipped rather than the digest. */
  | { kind: 'skipped' }
  /** The forum topic was deleted: the digest goes to the group's main thread. */
  | { kind: 'thread-gone'; description: string };

const sendOptions = (item: OutboxItem) => ({
  link_preview_options: { is_disabled: true },
  ...(item.threadId ? { message_thread_id: item.threadId } : {}),
});

const isPlain = (item: OutboxItem, index: number) => item.plain?.includes(index) ?? false;

/** Sends the item's next message once. */
export async function sendDigestMessage(api: Api, logger: Logger, item: OutboxItem): Promise<MessageResult> {
  const text = item.messages[item.next]!;
  const plain = isPlain(item, item.next);
  try {
    await api.sendMessage(item.chatId, text, { ...(plain ? {} : { parse_mode: 'HTML' as const }), ...sendOptions(item) });
    return { kind: 'sent' };
  } catch (error) {
    if (item.threadId !== undefined && isThreadGone(error)) return { kind: 'thread-gone', description: error.description };
    if (!isRefusedText(error)) throw error;
    if (!plain) return { kind: 'refused', html: text, pieces: plainTextMessages(text).filter((p) => p.length > 0), description: error.description };
    logger.error({ code: 'DIGEST_TEXT_REFUSED', chatId: item.chatId, day: item.day, index: item.next, description: error.description }, 'Telegram refused a digest message even as plain text; skipped');
    return { kind: 'skipped' };
  }
}

/** The item with its next message replaced by plain-text pieces, marked plain; no pieces: moved past it. */
export function withPlainText(item: OutboxItem, pieces: readonly string[]): OutboxItem {
  const at = item.next;
  if (pieces.length === 0) return { ...item, next: at + 1 };
  const messages = [...item.messages.slice(0, at), ...pieces, ...item.messages.slice(at + 1)];
  const shifted = (item.plain ?? []).map((i) => (i > at ? i + pieces.length - 1 : i));
  return { ...item, messages, plain: [...shifted, ...pieces.map((_, i) => at + i)] };
}

/** The item addressed to the group's main thread. */
export function withoutThread(item: OutboxItem): OutboxItem {
  return { ...item, threadId: undefined };
}
