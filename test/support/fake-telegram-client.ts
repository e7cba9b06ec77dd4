// A bare Bot API client for tests that want to see the raw HTTP status and JSON body.
import type { ApiReply } from './fake-telegram-errors.js';

export const FAKE_TOKEN = '123456:fake-token-for-the-local-stand-in';

export async function callApi(apiRoot: string, method: string, payload?: Record<string, unknown>, token = FAKE_TOKEN): Promise<{ status: number; body: ApiReply }> {
  const res = await fetch(`${apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    ...(payload ? { body: JSON.stringify(payload) } : {}),
  });
  return { status: res.status, body: (await res.json()) as ApiReply };
}
