// Where an answer to an update goes inside its chat: the forum topic it came from, else the chat.
// Bot API: `message_thread_id` is also set on replies in non-forum groups (the reply thread) and on
// replies in a forum's General topic (the root message's id), and sending to those ids fails with
// "message thread not found". Only `is_topic_message` says the message is in a topic (a forum
// topic, or a topic of a private chat with the bot); the General topic is reached by sending no id.
// A button press counts its menu message, which the bot sent into the topic.
import type { Message } from 'grammy/types';

type ThreadFields = Pick<Message, 'message_thread_id' | 'is_topic_message'>;

/** `{ message_thread_id }` to spread into a send, or `{}` for the chat's main thread / General topic. */
export function replyTarget(ctx: { msg?: ThreadFields | undefined }): { message_thread_id?: number } {
  const thread = threadIdOf(ctx.msg);
  return thread === undefined ? {} : { message_thread_id: thread };
}

/** The topic id a subscription made from this message should post to, if any. */
export function threadIdOf(msg: ThreadFields | undefined): number | undefined {
  return msg?.is_topic_message === true && msg.message_thread_id !== undefined ? msg.message_thread_id : undefined;
}
