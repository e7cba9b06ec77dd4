// Before a channel is subscribed from a private chat: can the bot post there, and is the user
// an admin there? Both problems are reported together, in words the user can act on.
import { GrammyError, type Api } from 'grammy';

export type ChannelCheck =
  | { ok: true; chat: { id: number; title?: string; username?: string } }
  | { ok: false; problems: string[] };

export async function checkChannel(api: Api, target: string | number, userId: number, botId: number): Promise<ChannelCheck> {
  const label = typeof target === 'string' ? target : `channel ${target}`;
  let chat;
  try {
    chat = await api.getChat(target);
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) {
      return { ok: false, problems: [`I can't find ${label}. Check the name, add me to the channel as an admin, and try again.`] };
    }
    throw error;
  }
  if (chat.type !== 'channel') {
    return { ok: false, problems: [`${label} is not a channel. To subscribe a group, send /subscribe in the group itself.`] };
  }
  const problems: string[] = [];
  const bot = await memberStatus(api, chat.id, botId);
  if (!(bot?.status === 'administrator' && bot.can_post_messages !== false)) {
    problems.push(`I can't post in ${label}: make me an admin of the channel with the "Post messages" right.`);
  }
  const user = await memberStatus(api, chat.id, userId);
  if (!(user?.status === 'creator' || user?.status === 'administrator')) {
    problems.push(`Only admins of ${label} can subscribe it, and you are not one there.`);
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    chat: { id: chat.id, ...(chat.title ? { title: chat.title } : {}), ...(chat.username ? { username: chat.username } : {}) },
  };
}

async function memberStatus(api: Api, chatId: number, userId: number) {
  try {
    const member = await api.getChatMember(chatId, userId);
    return { status: member.status, can_post_messages: 'can_post_messages' in member ? member.can_post_messages : undefined };
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) return undefined;
    throw error;
  }
}
