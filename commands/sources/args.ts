// What "/sources …" asks for: `[@channel] [add <url> | remove <n>]`. Nothing is looked up here.
import { parseChannelRef, type ChannelRef } from '../channel-access.js';

export type SourcesAction = { kind: 'list' } | { kind: 'add'; url: string } | { kind: 'remove'; n: number };
/** `usage`: the locales/*.ftl key of the usage line that fits the mistake. */
export type SourcesUsage = 'sources-usage' | 'sources-add-usage' | 'sources-remove-usage';
export type SourcesArgs = { ok: true; channel?: ChannelRef; action: SourcesAction } | { ok: false; usage: SourcesUsage };

const USAGE = 'sources-usage';
const ADD_USAGE = 'sources-add-usage';
const REMOVE_USAGE = 'sources-remove-usage';

/**
 * @example parseSourcesArgs('@dailynews remove 2') // → { ok: true, channel: '@dailynews', action: { kind: 'remove', n: 2 } }
 */
export function parseSourcesArgs(text: string): SourcesArgs {
  const words = text.trim().split(/\s+/).filter(Boolean);
  let channel: ChannelRef | undefined;
  const first = words[0];
  if (first !== undefined && /^(@|-100)/.test(first)) {
    channel = parseChannelRef(first);
    if (channel === undefined) return { ok: false, usage: USAGE };
    words.shift();
  }
  const action = actionOf(words);
  if ('usage' in action) return { ok: false, usage: action.usage };
  return { ok: true, ...(channel === undefined ? {} : { channel }), action };
}

function actionOf(words: string[]): SourcesAction | { usage: SourcesUsage } {
  const [verb, arg, ...rest] = words;
  switch (verb?.toLowerCase()) {
    case undefined:
      return { kind: 'list' };
    case 'add':
      return arg === undefined || rest.length ? { usage: ADD_USAGE } : { kind: 'add', url: arg };
    case 'remove':
      if (arg === undefined || rest.length || !/^\d{1,4}$/.test(arg) || Number(arg) < 1) return { usage: REMOVE_USAGE };
      return { kind: 'remove', n: Number(arg) };
    default:
      return { usage: USAGE };
  }
}
