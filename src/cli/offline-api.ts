// Telegram without the network: every Bot API call the bot makes is answered locally and
// handed to `onCall`. Used by the offline console and demo (never by `start`).
import type { Api, Bot, Context } from 'grammy';

export interface OutgoingCall {
  method: string;
  payload: Record<string, unknown>;
  /** The message a sendMessage created, or an editMessageText changed (its buttons are pressed by this id). */
  messageId?: number;
}

/** The `text` parameter of a call (sendMessage, editMessageText): grammY sends a string, anything else is no text. */
export function textParam(payload: Record<string, unknown>): string {
  return typeof payload.text === 'string' ? payload.text : '';
}

export function answerApiLocally<C extends Context>(bot: Bot<C>, onCall: (call: OutgoingCall) => void): void {
  answerCallsLocally(bot.api, onCall);
}

/** The same for a bare Api (the scheduler's sender, in the demo). */
export function answerCallsLocally(api: Api, onCall: (call: OutgoingCall) => void): void {
  let messageId = 1000;
  // No await needed: the answer is immediate, and grammY's callApi awaits whatever the transformer returns.
  api.config.use((_prev, method, payload) => {
    const body = (payload ?? {}) as Record<string, unknown>;
    const chatId = typeof body.chat_id === 'number' ? body.chat_id : 0;
    const id = method === 'sendMessage' ? ++messageId : typeof body.message_id === 'number' ? body.message_id : undefined;
    onCall({ method, payload: body, ...(id === undefined ? {} : { messageId: id }) });
    const result =
      method === 'sendMessage' || method === 'editMessageText'
        ? {
            message_id: id ?? ++messageId,
            date: Math.floor(Date.now() / 1000),
            chat: { id: chatId, type: chatId < 0 ? 'group' : 'private' },
            text: textParam(body),
          }
        : true;
    // The transformer contract returns the Bot API's JSON envelope.
    return Promise.resolve({ ok: true, result } as never);
  });
}

/** Telegram HTML → terminal text: links as "text (url)", tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<a href="([^"]*)">(.*?)<\/a>/g, (_m, url: string, text: string) => `${text} (${url.replace(/&quot;/g, '"')})`)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
