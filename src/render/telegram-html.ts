// Telegram HTML: escaping outside text, splitting long replies on the parsed text, and the
// plain-text rendering used when Telegram still refuses a message.
import { isBlankText, TELEGRAM_MESSAGE_LIMIT, visibleText, wellFormed } from './telegram-html-text.js';
import { splitMessage } from './split-message.js';

export { isBlankText, TELEGRAM_MESSAGE_LIMIT, visibleText } from './telegram-html-text.js';
export { splitMessage } from './split-message.js';

/**
 * Escapes text for Telegram `parse_mode: HTML` (only <, > and & are special there). Unpaired
 * surrogates become U+FFFD, since Telegram refuses text that is not valid UTF-8.
 */
export function escapeHtml(text: string): string {
  return wellFormed(text).replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

/** Escapes a value for use inside a double-quoted HTML attribute (e.g. href). */
export function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/** `<a href>` for http(s) URLs only; anything else is shown as plain escaped text. */
export function link(text: string, url: string | undefined): string {
  if (url && /^https?:\/\/\S+$/i.test(url)) return `<a href="${escapeAttr(url)}">${escapeHtml(text)}</a>`;
  return escapeHtml(text);
}

/**
 * The same message as plain text (no parse_mode): tags dropped, entities decoded, split under the
 * limit like HTML would be. The fallback for a message Telegram refused to parse.
 * @example plainTextMessages('<b>A &amp; B</b>') // → ['A & B']
 */
export function plainTextMessages(html: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const text = wellFormed(visibleText(html));
  if (isBlankText(text)) return [];
  if (text.length <= limit) return [text.trim()];
  return splitMessage(escapeHtml(text), limit).map(visibleText);
}
