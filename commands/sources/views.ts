// The texts of /sources (Telegram HTML; every title, URL and error from outside is escaped): a chat's own
// list with each source's health, or, for a chat without its own, what the operator's pool holds.
import { escapeHtml, link } from '../../src/render/telegram-html.js';
import { sourceLabel, type Source } from '../../src/sources/source.js';
import type { SourcesTarget } from './target.js';

/** The most sources one chat may have: a digest past ~20 feeds is the operator's job, and each one is polled. */
export const MAX_CHAT_SOURCES = 20;
/** Pool titles named in a chat's /sources before "and N more". */
const POOL_NAMED = 10;
const ERROR_SHOWN = 160;

const shorten = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One line: "ok", "not fetched yet", or "failing ×3: <last error>". */
export function healthText(source: Source): string {
  const h = source.health;
  if (h.lastStatus === undefined) return 'not fetched yet';
  if (h.lastStatus !== 'failed') return 'ok';
  return `failing ×${h.consecutiveFailures}: ${shorten(h.lastError ?? 'unknown error', ERROR_SHOWN)}`;
}

/** "This chat" or "@dailynews", to start a sentence with. */
export const ownerName = (target: SourcesTarget): string => (target.label === 'this chat' ? 'This chat' : target.label);

export function ownList(target: SourcesTarget, own: readonly Source[]): string {
  const lines = own.map((s, i) => `${i + 1}. ${link(sourceLabel(s), s.url)} — ${escapeHtml(healthText(s))}`);
  return [
    `<b>${escapeHtml(ownerName(target))}’s sources</b> (${own.length} of at most ${MAX_CHAT_SOURCES}); its digest draws on these only:`,
    ...lines,
    '',
    escapeHtml(`Add one: ${target.command} add <url> · remove one: ${target.command} remove <n>`),
  ].join('\n');
}

/** What a chat without its own sources gets: the pool's size and (the first few) titles, and how to add its own. */
/** `canAdd`: CHAT_SOURCES is on (else the hint to add one would lead nowhere). */
export function poolText(target: SourcesTarget, pool: readonly Source[], canAdd = true): string {
  const named = pool.slice(0, POOL_NAMED).map((s) => escapeHtml(sourceLabel(s)));
  const more = pool.length > POOL_NAMED ? ` and ${pool.length - POOL_NAMED} more` : '';
  const what =
    pool.length === 0
      ? 'the operator’s pool, which has no feeds yet (only the articles the operator puts in the inbox).'
      : `the operator’s pool of ${pool.length} source${pool.length === 1 ? '' : 's'} (and the articles the operator puts in the inbox): ${named.join(', ')}${more}.`;
  return [
    `${escapeHtml(ownerName(target))} has no sources of its own, so its digest draws on ${what}`,
    ...(canAdd ? [escapeHtml(`Add its own with ${target.command} add <url> (a feed, or a page that links one); from then on it gets only its own.`)] : []),
  ].join('\n');
}
