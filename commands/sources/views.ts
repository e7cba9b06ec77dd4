// The texts of /sources (Telegram HTML; every title, URL and error from outside is escaped): a chat's own
// list with each source's health, or, for a chat without its own, what the operator's pool holds.
// Words in the reader's language (`t`); feed titles and fetch errors as they are.
import type { Translate } from '../../src/i18n/translate.port.js';
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
export function healthText(source: Source, t: Translate): string {
  const h = source.health;
  if (h.lastStatus === undefined) return t('sources-health-new');
  if (h.lastStatus !== 'failed') return t('sources-health-ok');
  return t('sources-health-failing', { count: h.consecutiveFailures, error: shorten(h.lastError ?? t('sources-unknown-error'), ERROR_SHOWN) });
}

/** "This chat" or "@dailynews", to start a sentence with. */
export const ownerName = (target: SourcesTarget, t: Translate): string => (target.self ? t('sources-this-chat-start') : target.label);

export function ownList(target: SourcesTarget, own: readonly Source[], t: Translate): string {
  const lines = own.map((s, i) => `${i + 1}. ${link(sourceLabel(s), s.url)} — ${escapeHtml(healthText(s, t))}`);
  return [
    `<b>${escapeHtml(t('sources-own-title', { owner: ownerName(target, t) }))}</b> ${escapeHtml(t('sources-own-count', { count: own.length, max: MAX_CHAT_SOURCES }))}`,
    ...lines,
    '',
    escapeHtml(t('sources-own-hint', { command: target.command })),
  ].join('\n');
}

/** What a chat without its own sources gets: the pool's size and (the first few) titles, and how to add its own. */
/** `canAdd`: CHAT_SOURCES is on (else the hint to add one would lead nowhere). */
export function poolText(target: SourcesTarget, pool: readonly Source[], t: Translate, canAdd = true): string {
  const named = pool.slice(0, POOL_NAMED).map((s) => sourceLabel(s));
  const more = pool.length > POOL_NAMED ? t('sources-pool-more', { count: pool.length - POOL_NAMED }) : '';
  const owner = ownerName(target, t);
  const text =
    pool.length === 0
      ? t('sources-pool-empty', { owner })
      : t('sources-pool', { owner, count: pool.length, names: `${named.join(', ')}${more}` });
  return [escapeHtml(text), ...(canAdd ? [escapeHtml(t('sources-pool-add', { command: target.command }))] : [])].join('\n');
}
