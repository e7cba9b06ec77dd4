// ChatMember objects as Telegram shapes them per status, filled in from a short test description.
import type { ChatMember, User } from 'grammy/types';
import type { ChatKind } from './fake-telegram-errors.js';
import type { MemberInput, MemberStatus } from './fake-telegram-state.js';

const ADMIN_RIGHTS = {
  can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_delete_messages: true,
  can_manage_video_chats: true, can_restrict_members: true, can_promote_members: false, can_change_info: true,
  can_invite_users: true, can_post_stories: false, can_edit_stories: false, can_delete_stories: false,
};
const RESTRICTED = {
  is_member: true, can_send_messages: false, can_send_audios: false, can_send_documents: false, can_send_photos: false,
  can_send_videos: false, can_send_video_notes: false, can_send_voice_notes: false, can_send_polls: false,
  can_send_other_messages: false, can_add_web_page_previews: false, can_change_info: false, can_invite_users: false,
  can_pin_messages: false, can_manage_topics: false, until_date: 0,
};

/** A complete ChatMember for `user`; channel administrators get can_post_messages/can_edit_messages. */
export function chatMember(user: User, input: MemberInput | MemberStatus, chatType: ChatKind): ChatMember {
  const { status, user: _ignored, ...overrides } = typeof input === 'string' ? { status: input } : input;
  const base: Record<string, unknown> = { user, status };
  if (status === 'creator') Object.assign(base, { is_anonymous: false });
  if (status === 'administrator') {
    Object.assign(base, ADMIN_RIGHTS);
    if (chatType === 'channel') Object.assign(base, { can_post_messages: true, can_edit_messages: true });
    else if (chatType === 'supergroup') Object.assign(base, { can_pin_messages: true, can_manage_topics: false });
  }
  if (status === 'restricted') Object.assign(base, RESTRICTED);
  if (status === 'kicked') Object.assign(base, { until_date: 0 });
  return { ...base, ...overrides } as unknown as ChatMember;
}
