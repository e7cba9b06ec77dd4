// One operator alert per refused message content per delivery run: a rendering shared by 1500
// chats that Telegram refuses as HTML is one problem, so it is one alert, not 1500. Every chat is
// still logged (at debug; the alert itself is the one warn-level line, code DIGEST_HTML_REFUSED), and the run's report counts the distinct messages and the chats.
import { createHash } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { OutboxItem } from '../store/outbox.port.js';
import type { SendDeps } from './send-deps.js';

export interface RefusalAlerts {
  /** Records that `item`'s next message (`html`) was refused; alerts the first time this content is seen. */
  note(item: OutboxItem, html: string, description: string): Promise<void>;
  /** Distinct refused contents (one alert each) so far. */
  distinct(): number;
}

export function createRefusalAlerts(alert: SendDeps['alert'], logger: Logger): RefusalAlerts {
  const seen = new Map<string, number>();
  return {
    async note(item, html, description) {
      const hash = createHash('sha256').update(html).digest('hex').slice(0, 16);
      const count = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, count);
      const fields = { code: 'DIGEST_HTML_REFUSED', chatId: item.chatId, day: item.day, index: item.next, hash, description };
      logger.debug(fields, 'digest message refused as HTML; sending it as plain text');
      if (count > 1) return;
      const where = `chat ${item.chatId} (${item.day}), message ${item.next + 1} of ${item.messages.length}`;
      await alert('DIGEST_HTML_REFUSED', `Digest for ${where} was refused as HTML (${description}); sent as plain text. Other chats with the same message (${hash}) go the same way without another alert.`);
    },
    distinct: () => seen.size,
  };
}
