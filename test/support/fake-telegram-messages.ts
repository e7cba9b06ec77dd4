// sendMessage, editMessageText, deleteMessage, sendChatAction and answerCallbackQuery, with the
// validation Telegram applies (bad encoding, bad HTML, empty/long text after parsing, callback_data size) and a store of what
// the bot sent per chat so later edits, callbacks and assertions see the same messages.
import { badRequest, chatNotFound, ok, type ApiError, type ApiReply, type Payload } from './fake-telegram-errors.js';
import { hasLoneSurrogate, htmlToPlain, isEmptyText, parseTelegramHtml, telegramLength } from './fake-telegram-html.js';
import { chatFor, nextMessageId, resolveChatId, unixNow, writeProblem, type FakeState, type StoredMessage } from './fake-telegram-state.js';
import { chatObject } from './fake-telegram-updates.js';

/** Telegram's checks on a message text, in its order: encoding, markup, then emptiness and length after parsing. */
export function textProblem(text: unknown, parseMode: unknown): ApiError | undefined {
  const t = typeof text === 'string' ? text : '';
  if (parseMode !== undefined && !['HTML', 'MarkdownV2', 'Markdown'].includes(String(parseMode))) return badRequest('unsupported parse_mode');
  if (hasLoneSurrogate(t)) return badRequest('strings must be encoded in UTF-8');
  let plain = t;
  if (parseMode === 'HTML') {
    const parsed = parseTelegramHtml(t);
    if (!parsed.ok) return badRequest(`can't parse entities: ${parsed.error}`);
    plain = parsed.plain;
  }
  if (isEmptyText(plain)) return badRequest('message text is empty');
  if (telegramLength(plain) > 4096) return badRequest('message is too long');
  return undefined;
}

function markupProblem(markup: unknown): ApiError | undefined {
  const rows = (markup as { inline_keyboard?: unknown } | undefined)?.inline_keyboard;
  if (!Array.isArray(rows)) return undefined;
  for (const button of rows.flat() as { callback_data?: unknown }[]) {
    if (typeof button.callback_data === 'string' && Buffer.byteLength(button.callback_data) > 64) return badRequest('BUTTON_DATA_INVALID');
  }
  return undefined;
}

/** Where a message-targeting call points: a chat the bot may write to, or the error Telegram gives. */
function target(state: FakeState, p: Payload): { chatId: number } | ApiError {
  if (p.chat_id === undefined || p.chat_id === '') return badRequest('chat_id is empty');
  const chatId = resolveChatId(state, p.chat_id);
  if (chatId === undefined) return chatNotFound();
  return writeProblem(state, chatId) ?? { chatId };
}

/** The Message object Telegram returns for a stored message. */
export function messageResult(state: FakeState, m: StoredMessage): Record<string, unknown> {
  const chat = chatFor(state, m.chatId);
  return {
    message_id: m.message_id, from: state.bot, chat: chatObject(chat), date: m.date,
    ...(m.editDate ? { edit_date: m.editDate } : {}),
    ...(m.threadId !== undefined ? { message_thread_id: m.threadId, ...(chat.is_forum ? { is_topic_message: true } : {}) } : {}),
    text: m.parseMode === 'HTML' ? htmlToPlain(m.text) : m.text,
    ...((m.replyMarkup as { inline_keyboard?: unknown } | undefined)?.inline_keyboard ? { reply_markup: m.replyMarkup } : {}),
  };
}

export function createMessageMethods(state: FakeState) {
  const find = (chatId: number, id: unknown) => state.messages.get(chatId)?.find((m) => m.message_id === Number(id) && !m.deleted);
  return {
    sendMessage(p: Payload): ApiReply {
      const t = target(state, p);
      if ('ok' in t) return t;
      const problem = textProblem(p.text, p.parse_mode) ?? markupProblem(p.reply_markup);
      if (problem) return problem;
      const text = String(p.text);
      const stored: StoredMessage = {
        message_id: nextMessageId(state, t.chatId), chatId: t.chatId, text, date: unixNow(state), history: [text], payload: p,
        ...(p.parse_mode !== undefined ? { parseMode: String(p.parse_mode) } : {}),
        ...(p.message_thread_id !== undefined ? { threadId: Number(p.message_thread_id) } : {}),
        ...(p.reply_markup !== undefined ? { replyMarkup: p.reply_markup } : {}),
      };
      state.messages.set(t.chatId, [...(state.messages.get(t.chatId) ?? []), stored]);
      return ok(messageResult(state, stored));
    },
    editMessageText(p: Payload): ApiReply {
      if (p.inline_message_id !== undefined) return textProblem(p.text, p.parse_mode) ?? ok(true);
      const t = target(state, p);
      if ('ok' in t) return t;
      const m = find(t.chatId, p.message_id);
      if (!m) return badRequest('message to edit not found');
      const problem = textProblem(p.text, p.parse_mode) ?? markupProblem(p.reply_markup);
      if (problem) return problem;
      const text = String(p.text);
      // Leaving reply_markup out removes the inline keyboard, so that counts as a change.
      if (text === m.text && JSON.stringify(p.reply_markup) === JSON.stringify(m.replyMarkup)) {
        return badRequest('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
      }
      Object.assign(m, { text, editDate: unixNow(state), replyMarkup: p.reply_markup, parseMode: p.parse_mode === undefined ? undefined : String(p.parse_mode) });
      m.history.push(text);
      return ok(messageResult(state, m));
    },
    deleteMessage(p: Payload): ApiReply {
      const t = target(state, p);
      if ('ok' in t) return t;
      const m = find(t.chatId, p.message_id);
      if (!m) return badRequest('message to delete not found');
      m.deleted = true;
      return ok(true);
    },
    sendChatAction(p: Payload): ApiReply {
      const t = target(state, p);
      return 'ok' in t ? t : ok(true);
    },
    answerCallbackQuery(p: Payload): ApiReply {
      const id = p.callback_query_id === undefined ? '' : String(p.callback_query_id);
      // A query can be answered once; a second answer (or none at all) gets Telegram's QUERY_ID_INVALID wording.
      if (!id || state.answeredQueries.has(id)) return badRequest('query is too old and response timeout expired or query ID is invalid');
      if (typeof p.text === 'string' && p.text.length > 200) return badRequest('MESSAGE_TOO_LONG');
      state.answeredQueries.add(id);
      return ok(true);
    },
  };
}
