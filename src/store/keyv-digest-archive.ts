// The digest archive on keyv (the port and its schemas: digest-archive.port.ts).
// Keys (namespace nb):
//   archive:view:<hash>            ArchivedView   one copy per distinct rendering
//   archive:chat:<chatId>:<day>    ChatDayPointer the view a chat got on its local day
//   archive:<YYYY-MM-DD>           (older stores) a composed briefing; read only, as unknown
import type Keyv from 'keyv';
import { archivedViewSchema, chatDayPointerSchema, type DigestArchive } from './digest-archive.port.js';


const viewKey = (hash: string) => `archive:view:${hash}`;
const chatKey = (chatId: number, day: string) => `archive:chat:${chatId}:${day}`;

export function createKeyvDigestArchive(kv: Keyv): DigestArchive {
  return {
    async record(views, pointers) {
      const writes = [
        // Views first in the batch: a pointer never names a view that isn't there.
        ...views.map(({ hash, view }) => ({ key: viewKey(hash), value: archivedViewSchema.parse(view) })),
        ...pointers.map((p) => ({ key: chatKey(p.chatId, p.day), value: chatDayPointerSchema.parse({ v: 1, view: p.hash }) })),
      ];
      if (writes.length) await kv.setMany(writes);
    },
    async sentTo(chatId, day) {
      const pointer = chatDayPointerSchema.safeParse(await kv.get(chatKey(chatId, day)));
      if (!pointer.success) return undefined;
      const view = archivedViewSchema.safeParse(await kv.get(viewKey(pointer.data.view)));
      return view.success ? view.data : undefined;
    },
    async hasDays(chatId, days) {
      if (days.length === 0) return [];
      const values = await kv.getMany(days.map((day) => chatKey(chatId, day)));
      return values.map((v) => chatDayPointerSchema.safeParse(v).success);
    },
    async legacyDay(day) {
      return (await kv.get(`archive:${day}`)) as unknown;
    },
  };
}
