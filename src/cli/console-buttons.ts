// Inline keyboards in the offline console: the bot's buttons are printed as numbered choices, and typing a
// number (or #number) presses one, as a Telegram user's tap would (a callback_query update for that message).
import type { Update } from 'grammy/types';
import { z } from 'zod';
import { CONSOLE_USER } from './fake-updates.js';

const keyboardSchema = z.object({
  inline_keyboard: z.array(z.array(z.object({ text: z.string(), callback_data: z.string().optional(), url: z.string().optional() }))),
});

export interface ConsoleButton {
  label: string;
  /** Absent for a link button (printed with its URL, nothing to press). */
  data?: string;
  url?: string;
}

/** The buttons of a sendMessage/editMessageText payload, in reading order (rows, then columns). */
export function buttonsOf(payload: Record<string, unknown>): ConsoleButton[] {
  const parsed = keyboardSchema.safeParse(payload['reply_markup']);
  if (!parsed.success) return [];
  return parsed.data.inline_keyboard.flat().map((b) => ({
    label: b.text,
    ...(b.callback_data === undefined ? {} : { data: b.callback_data }),
    ...(b.url === undefined ? {} : { url: b.url }),
  }));
}

/** "[1] ➕ Include   [2] 🕗 Time", a line per keyboard row of at most 3 choices, links shown with their URL. */
export function renderButtons(buttons: readonly ConsoleButton[]): string {
  const items = buttons.map((b, i) => (b.data === undefined ? `[link] ${b.label} (${b.url ?? ''})` : `[${i + 1}] ${b.label}`));
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += 3) lines.push(items.slice(i, i + 3).join('   '));
  return lines.join('\n');
}

/** "3" or "#3" → 3; anything else → undefined (the line is a message). */
export function choiceNumber(line: string): number | undefined {
  const m = /^#?(\d{1,2})$/u.exec(line.trim());
  return m ? Number(m[1]) : undefined;
}

/** The update Telegram sends when the console user taps a button under one of the bot's messages. */
export function callbackUpdate(updateId: number, data: string, message: { id: number; text: string }, at: Date): Update {
  return {
    update_id: updateId,
    callback_query: {
      id: `console-${updateId}`,
      from: { ...CONSOLE_USER },
      chat_instance: `console-${CONSOLE_USER.id}`,
      data,
      message: {
        message_id: message.id,
        date: Math.floor(at.getTime() / 1000),
        chat: { id: CONSOLE_USER.id, type: 'private', first_name: CONSOLE_USER.first_name },
        from: { id: 4242, is_bot: true, first_name: 'newsbrief', username: 'newsbrief_bot' },
        text: message.text,
      },
    },
  };
}
