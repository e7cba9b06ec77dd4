// Failure injection: the next N calls of a method (optionally only for one chat) fail the way
// Telegram fails — flood wait, server error, blocked/kicked, chat not found, migrated, or silence.
import { apiError, chatNotFound, forbidden, migrated, serverError, tooManyRequests, type ApiError, type ChatKind } from './fake-telegram-errors.js';

export type Failure =
  | { kind: '429'; retryAfter: number }
  | { kind: '5xx'; status?: number }
  | { kind: '403'; reason: 'blocked' | 'kicked' }
  | { kind: '400-chat-not-found' }
  | { kind: 'migrated'; toChatId: number }
  /** Never answers (the request stays open until the client gives up or the stand-in closes). */
  | { kind: 'hang' }
  /** Drops the connection without an answer (the client sees a network error). */
  | { kind: 'reset' }
  | { kind: 'custom'; errorCode: number; description: string; parameters?: ApiError['parameters'] };

export interface FailOptions {
  /** How many matching calls fail; default 1, `Infinity` for "from now on". */
  times?: number;
  /** Only calls whose chat_id is this chat. */
  chatId?: number;
}

interface Rule { method: string; failure: Failure; remaining: number; chatId?: number }

export function createFailures() {
  const rules: Rule[] = [];
  return {
    /** `method` may be '*' to match every method. */
    add(method: string, failure: Failure, opts: FailOptions = {}) {
      rules.push({ method, failure, remaining: opts.times ?? 1, ...(opts.chatId !== undefined ? { chatId: opts.chatId } : {}) });
    },
    /** The failure for this call, if one is armed; consumes one of its `times`. */
    take(method: string, chatId: number | undefined): Failure | undefined {
      const rule = rules.find((r) => (r.method === method || r.method === '*') && (r.chatId === undefined || r.chatId === chatId));
      if (!rule) return undefined;
      if (--rule.remaining <= 0) rules.splice(rules.indexOf(rule), 1);
      return rule.failure;
    },
    pending: () => rules.reduce((n, r) => n + r.remaining, 0),
    clear: () => void rules.splice(0),
  };
}

/** The body Telegram would answer with; `chatType` picks the 403 wording. */
export function failureReply(f: Exclude<Failure, { kind: 'hang' | 'reset' }>, chatType: ChatKind): ApiError {
  switch (f.kind) {
    case '429': return tooManyRequests(f.retryAfter);
    case '5xx': return serverError(f.status);
    case '403': return f.reason === 'blocked' ? forbidden('private', 'kicked') : forbidden(chatType === 'private' ? 'group' : chatType, 'kicked');
    case '400-chat-not-found': return chatNotFound();
    case 'migrated': return migrated(f.toChatId);
    case 'custom': return apiError(f.errorCode, f.description, f.parameters);
  }
}
