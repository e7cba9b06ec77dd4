// The Bot API envelope and the exact error bodies Telegram answers with, so clients (grammY,
// auto-retry) see what they would see in production.

/** Telegram adds a description to a few successes, e.g. "Webhook was set". */
export interface ApiOk { ok: true; result: unknown; description?: string }
export interface ApiError {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}
export type ApiReply = ApiOk | ApiError;
export type Payload = Record<string, unknown>;

export const ok = (result: unknown, description?: string): ApiOk => ({ ok: true, result, ...(description ? { description } : {}) });

export function apiError(error_code: number, description: string, parameters?: ApiError['parameters']): ApiError {
  return { ok: false, error_code, description, ...(parameters ? { parameters } : {}) };
}

export const badRequest = (what: string) => apiError(400, `Bad Request: ${what}`);
export const chatNotFound = () => badRequest('chat not found');
export const unauthorized = () => apiError(401, 'Unauthorized');
export const notFound = () => apiError(404, 'Not Found');
export const conflict = (why: string) => apiError(409, `Conflict: ${why}`);

export const tooManyRequests = (retryAfter: number) =>
  apiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });

export const migrated = (toChatId: number) =>
  apiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: toChatId });

const SERVER_ERRORS: Record<number, string> = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };
export const serverError = (status = 500) => apiError(status, SERVER_ERRORS[status] ?? 'Internal Server Error');

export type ChatKind = 'private' | 'group' | 'supergroup' | 'channel';

/** The 403 Telegram gives when the bot may no longer write to a chat, worded per chat type. */
export function forbidden(chatType: ChatKind, status: 'kicked' | 'left'): ApiError {
  if (chatType === 'private') return apiError(403, status === 'kicked' ? 'Forbidden: bot was blocked by the user' : 'Forbidden: user is deactivated');
  if (chatType === 'channel') return apiError(403, 'Forbidden: bot is not a member of the channel chat');
  const where = chatType === 'group' ? 'group chat' : 'supergroup chat';
  return apiError(403, status === 'kicked' ? `Forbidden: bot was kicked from the ${where}` : `Forbidden: bot is not a member of the ${where}`);
}
