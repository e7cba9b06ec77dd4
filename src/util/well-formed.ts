// Lone UTF-16 surrogates are not text: Telegram refuses them and they are invalid UTF-8 (pure).

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Replaces unpaired surrogates with U+FFFD; well-formed text comes back as it was.
 * @example wellFormed('a\ud800b') // 'a\ufffdb'
 */
export function wellFormed(text: string): string {
  if (!/[\ud800-\udfff]/.test(text)) return text;
  return text.replace(LONE_SURROGATE, '\ufffd');
}
