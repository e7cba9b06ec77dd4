// What "/sources …" asks for: `[@channel] [add <url> | remove <n>]`. Nothing is looked up here.
import { parseChannelRef, type ChannelRef } from '../channel-access.js';

export type SourcesAction = { kind: 'list' } | { kind: 'add'; url: string } | { kind: 'remove'; n: number };
export type SourcesArgs = { ok: true; channel?: ChannelRef; action: SourcesAction } | { ok: false; message: string };

export const USAGE =
  'Usage: /sources to list this chat’s sources, /sources add <url> to add a feed (or a page that links one), ' +
  '/sources remove <n> to remove number n of the list; /sources @channel … in a private chat with me for a channel you admin.';
const ADD_USAGE = 'Usage: /sources add <url>, a feed or a page that links one, e.g. /sources add https://example.org/feed.xml';
const REMOVE_USAGE = 'Usage: /sources remove <n>, where n is the source’s number in /sources, e.g. /sources remove 2';

/**
 * @example parseSourcesArgs('@dailynews remove 2') // → { ok: true, channel: '@dailynews', action: { kind: 'remove', n: 2 } }
 */
export function parseSourcesArgs(text: string): SourcesArgs {
  const words = text.trim().split(/\s+/).filter(Boolean);
  let channel: ChannelRef | undefined;
  const first = words[0];
  if (first !== undefined && /^(@|-100)/.test(first)) {
    channel = parseChannelRef(first);
    if (channel === undefined) return { ok: false, message: USAGE };
    words.shift();
  }
  const action = actionOf(words);
  if ('message' in action) return { ok: false, message: action.message };
  return { ok: true, ...(channel === undefined ? {} : { channel }), action };
}

function actionOf(words: string[]): SourcesAction | { message: string } {
  const [verb, arg, ...rest] = words;
  switch (verb?.toLowerCase()) {
    case undefined:
      return { kind: 'list' };
    case 'add':
      return arg === undefined || rest.length ? { message: ADD_USAGE } : { kind: 'add', url: arg };
    case 'remove':
      if (arg === undefined || rest.length || !/^\d{1,4}$/.test(arg) || Number(arg) < 1) return { message: REMOVE_USAGE };
      return { kind: 'remove', n: Number(arg) };
    default:
      return { message: USAGE };
  }
}
