// The digest archive on keyv (the port and its schemas: digest-archive.port.ts).
// Keys (namespace nb):
//   archive:view:<hash>            ArchivedView   one copy per distinct rendering
//   archive:chat:<chatId>:<day>    ChatDayPointer the view a chat got on its local day
//   archive:<YYYY-MM-DD>           (older stores) a composed briefing; read only, as unknown
// Reading: views and pointers are small and checked whole by their schema; an unreadable one is
// treated as absent ("no archived digest that day") with one log line naming the key.
import type Keyv from 'keyv';
import { archivedViewSchema, chatDayPointerSchema, type DigestArchive } from './digest-archive.port.js';
import { checkedCodec, decodeOrSkip, type InvalidValueLog } from './stored-value.js';

const viewKey = (hash: string) => `archive:view:${hash}`;
const chatKey = (chatId: number, day: string) => `archive:chat:${chatId}:${day}`;
const viewCodec = checkedCodec(archivedViewSchema);
const pointerCodec = checkedCodec(chatDayPointerSchema);

export function createKeyvDigestArchive(kv: Keyv, options: { logger?: InvalidValueLog } = {}): DigestArchive {
  const pointer = (key: string, raw: unknown) => decodeOrSkip(pointerCodec, key, raw, options.logger);
  return {
    async record(views, pointers) {
      // A (chat, day) keeps the first view it was given: that is the one its outbox item holds. A
      // tick after a crash between the archive and the outbox composes again, and must not repoint
      // the day at a rendering the chat is not being sent.
      const keys = pointers.map((p) => chatKey(p.chatId, p.day));
      const existing = keys.length ? await kv.getMany(keys) : [];
      const writes = [
        // Views first in the batch: a pointer never names a view that isn't there.
        ...views.map(({ hash, view }) => ({ key: viewKey(hash), value: archivedViewSchema.parse(view) })),
        ...pointers
          .filter((_, i) => pointer(keys[i]!, existing[i]) === undefined)
          .map((p) => ({ key: chatKey(p.chatId, p.day), value: chatDayPointerSchema.parse({ v: 1, view: p.hash }) })),
      ];
      if (writes.length) await kv.setMany(writes);
    },
    async sentTo(chatId, day) {
      const found = pointer(chatKey(chatId, day), await kv.get(chatKey(chatId, day)));
      if (!found) return undefined;
      return decodeOrSkip(viewCodec, viewKey(found.view), await kv.get(viewKey(found.view)), options.logger);
    },
    async hasDays(chatId, days) {
      if (days.length === 0) return [];
      const keys = days.map((day) => chatKey(chatId, day));
      const values = await kv.getMany(keys);
      return values.map((v, i) => pointer(keys[i]!, v) !== undefined);
    },
    async legacyDay(day) {
      return (await kv.get(`archive:${day}`)) as unknown;
    },
    async legacyDays(days) {
      return days.length ? kv.getMany<unknown>(days.map((day) => `archive:${day}`)) : [];
    },
  };
}
