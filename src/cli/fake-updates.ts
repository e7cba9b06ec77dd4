// Updates as Telegram would send them for a user typing in a private chat (console, demo).
import type { Update, UserFromGetMe } from 'grammy/types';

export const CONSOLE_USER = { id: 1001, is_bot: false, first_name: 'Console', username: 'console_user' } as const;

export const OFFLINE_BOT_INFO: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: 'newsbrief',
  username: 'newsbrief_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** A private-chat text message update; commands get their bot_command entity like Telegram adds. */
export function textUpdate(updateId: number, text: string, at: Date): Update {
  const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(at.getTime() / 1000),
      chat: { id: CONSOLE_USER.id, type: 'private', first_name: CONSOLE_USER.first_name },
      from: { ...CONSOLE_USER },
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  };
}
