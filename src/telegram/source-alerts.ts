// Failing-source alerts by Telegram (the SourceAlerts port): "newsbrief: <message>" to the operator
// (ADMIN_CHAT_ID) for every source, and for a chat's own source also to the admin who added it, in a
// private message naming the chat. Never to the chat itself: its subscribers are not told. Plain text,
// so nothing needs escaping. A delivery failure (the user blocked the bot, never started it…) is logged
// with a code and swallowed: an alert must never break the poll that raised it.
import { GrammyError, type Api } from 'grammy';
import type { Logger } from '../logger.js';
import type { SourceAlerts } from '../sources/source-alerts.port.js';
import type { Source } from '../sources/source.js';

export interface SourceAlertsDeps {
  /** One attempt per call (the delivery api built in src/main.ts). */
  api: Api;
  /** The operator's chat; without it only adders are told (the poller still logs SOURCE_FAILING). */
  adminChatId?: number;
  logger: Logger;
}

/**
 * @example
 * appPoller(app, { alerts: createSourceAlerts({ api, adminChatId: config.ADMIN_CHAT_ID, logger }) })
 */
export function createSourceAlerts(deps: SourceAlertsDeps): SourceAlerts {
  const { api, adminChatId, logger } = deps;
  const send = async (to: number, text: string, source: Source, recipient: 'operator' | 'adder') => {
    try {
      await api.sendMessage(to, text, { link_preview_options: { is_disabled: true } });
    } catch (error) {
      const description = error instanceof GrammyError ? error.description : error instanceof Error ? error.message : String(error);
      logger.warn({ code: 'SOURCE_ALERT_NOT_DELIVERED', recipient, chatId: to, source: source.id, description }, 'failing-source alert not delivered');
    }
  };
  return {
    async failing(source, message) {
      if (adminChatId !== undefined) await send(adminChatId, `newsbrief: ${message}`, source, 'operator');
      const adder = source.chatId === undefined ? undefined : source.addedBy;
      // The operator who added a source in their own chat with the bot gets it once.
      if (adder === undefined || adder === adminChatId) return;
      await send(adder, `newsbrief: ${message} It is a source you added to ${await chatName(api, source.chatId!, adder)}.`, source, 'adder');
    },
  };
}

/** Where the source belongs, as its adder knows it: best effort, one getChat; the alert matters more than the name. */
async function chatName(api: Api, chatId: number, adder: number): Promise<string> {
  if (chatId === adder) return 'our private chat';
  try {
    const chat = await api.getChat(chatId);
    const name = 'username' in chat && chat.username ? `@${chat.username}` : 'title' in chat && chat.title ? `“${chat.title}”` : `chat ${chatId}`;
    // A channel's sources are managed from here, the private chat.
    return chat.type === 'channel' ? `${name} (send /sources ${chat.username ? `@${chat.username}` : chatId} here to see them)` : name;
  } catch {
    return `chat ${chatId}`;
  }
}
