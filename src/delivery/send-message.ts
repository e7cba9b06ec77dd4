// Sends one outbox message. HTML first; when Telegram refuses it for its text (markup it can't parse,
// empty after parsing, too long), the same message goes as plain text, split under the limit, and the
// operator is told: one bad message never costs a subscriber the digest. Any other error is the caller's.
import type { Api } from 'grammy';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { plainTextMessages } from '../telegram/html.js';
import { isRefusedText } from '../telegram/refused-text.js';
import type { OutboxItem } from './outbox.js';
import type { Pacer } from './pacer.js';

export interface MessageDeps {
  api: Api;
  pacer: Pacer;
  clock: Clock;
  logger: Logger;
  alert: (text: string) => Promise<void>;
  sleep: (ms: number) => Promise<void>;
}

const sendOptions = (item: OutboxItem) => ({
  link_preview_options: { is_disabled: true },
  ...(item.threadId ? { message_thread_id: item.threadId } : {}),
});

/** Sends the item's next message as HTML; when Telegram refuses its text, as plain text instead. */
export async function sendDigestMessage(deps: MessageDeps, item: OutboxItem): Promise<'html' | 'plain'> {
  const html = item.messages[item.next]!;
  try {
    await deps.api.sendMessage(item.chatId, html, { parse_mode: 'HTML', ...sendOptions(item) });
    return 'html';
  } catch (error) {
    if (!isRefusedText(error)) throw error;
    const where = `chat ${item.chatId} (${item.day}), message ${item.next + 1} of ${item.messages.length}`;
    deps.logger.warn({ code: 'DIGEST_HTML_REFUSED', chatId: item.chatId, day: item.day, index: item.next, description: error.description }, 'Telegram refused a digest message as HTML; sending it as plain text');
    await deps.alert(`Digest for ${where} was refused as HTML (${error.description}); sent as plain text.`);
  }
  for (const text of plainTextMessages(html)) {
    let wait: number;
    while ((wait = deps.pacer.acquire(item.chatId, item.chatKind, deps.clock.now().getTime())) > 0) await deps.sleep(wait);
    try {
      await deps.api.sendMessage(item.chatId, text, sendOptions(item));
    } catch (error) {
      if (!isRefusedText(error)) throw error;
      // Even the plain text is refused: skip this piece rather than the digest.
      deps.logger.error({ code: 'DIGEST_TEXT_REFUSED', chatId: item.chatId, day: item.day, index: item.next, description: error.description }, 'Telegram refused a digest message even as plain text; skipped');
    }
  }
  return 'plain';
}
