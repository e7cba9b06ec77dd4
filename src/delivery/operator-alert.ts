// Operator alerts from delivery: logged with their code, sent to ADMIN_CHAT_ID when set (a failure to send
// the alert is logged, never thrown), then shown to onAlert. Shared by the in-process sender and the queue worker.
import type { Api } from 'grammy';
import type { Logger } from '../logger.js';
import type { AlertCode, SendDeps } from './send-deps.js';

export function createOperatorAlert(api: Api, logger: Logger, adminChatId: number | undefined, onAlert?: (text: string) => void): SendDeps['alert'] {
  return async (code: AlertCode, text: string) => {
    logger.warn({ alert: text, code }, 'operator alert');
    if (adminChatId !== undefined) {
      await api
        .sendMessage(adminChatId, `newsbrief: ${text}`)
        .catch((error: unknown) => logger.error({ err: error, code: 'ALERT_NOT_DELIVERED' }, 'alert not delivered'));
    }
    onAlert?.(text);
  };
}
