// Telegram's 400s, sorted by what can fix them. About the chat (gone, no rights, kicked, upgraded):
// nothing we send there helps, the caller pauses, follows or drops. About the forum topic (deleted):
// resend without message_thread_id. Anything else is taken to be about the text (markup, emptiness,
// length, entities, encoding, and wordings we haven't met yet): a plain-text resend may fix it.
import { GrammyError } from 'grammy';

const CHAT_LEVEL = /chat not found|not enough rights|have no rights|need administrator rights|bot was kicked|bot is not a member|group chat was upgraded|chat_write_forbidden|chat_restricted|peer_id_invalid|topic_closed/i;
const THREAD_GONE = /message thread not found|topic_deleted/i;

const isBadRequest = (error: unknown): error is GrammyError => error instanceof GrammyError && error.error_code === 400;

/** True when a 400 is about the chat itself (see send-outbox: pause, follow a migration, or drop). */
export function isChatLevel(error: GrammyError): boolean {
  return error.parameters.migrate_to_chat_id !== undefined || CHAT_LEVEL.test(error.description);
}

/** True when the message's forum topic no longer exists; the group's main thread still takes it. */
export function isThreadGone(error: unknown): error is GrammyError {
  return isBadRequest(error) && THREAD_GONE.test(error.description);
}

/** True when Telegram refused a message for its text (any 400 not about the chat or topic); resending it as plain text may work. */
export function isRefusedText(error: unknown): error is GrammyError {
  return isBadRequest(error) && !isChatLevel(error) && !isThreadGone(error);
}
