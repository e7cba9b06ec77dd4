// Telegram's 400s that are about the text itself (markup, emptiness, length, encoding), as opposed
// to the chat or the request: the ones a plain-text resend can fix.
import { GrammyError } from 'grammy';

const TEXT_REFUSALS = /can't parse entities|message text is empty|message is too long|must be encoded in UTF-8|MESSAGE_TOO_LONG|ENTITIES_TOO_LONG|ENTITY_TEXT_INVALID/i;

/** True when Telegram refused a message because of its text; resending it as plain text may work. */
export function isRefusedText(error: unknown): error is GrammyError {
  return error instanceof GrammyError && error.error_code === 400 && TEXT_REFUSALS.test(error.description);
}
