// Telegram's HTML parse_mode, as far as tests need it: what makes sendMessage fail, and the
// plain text Telegram hands back in the resulting Message once the markup is parsed away.

const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'span', 'tg-spoiler', 'blockquote', 'tg-emoji']);

/** Mirrors Telegram's HTML parser closely enough to catch what would make sendMessage fail. */
export function htmlProblem(text: string): string | undefined {
  const stack: string[] = [];
  const tokens = text.match(/<[^>]*>|&[^;\s]*;?|[<>]/g) ?? [];
  for (const token of tokens) {
    if (token === '<' || token === '>') return `unescaped "${token}"`;
    if (token.startsWith('&')) {
      if (!/^&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);$/i.test(token)) return `unsupported entity ${token}`;
      continue;
    }
    const m = /^<(\/?)([a-z-]+)(\s[^>]*)?>$/i.exec(token);
    if (!m) return `bad tag ${token}`;
    const [, closing, name = ''] = m;
    if (!ALLOWED_TAGS.has(name.toLowerCase())) return `unsupported tag ${name}`;
    if (closing) {
      if (stack.pop() !== name.toLowerCase()) return `can't find end tag corresponding to start tag for ${name}`;
    } else stack.push(name.toLowerCase());
  }
  return stack.length ? `unclosed tag ${stack.at(-1)}` : undefined;
}

/** The text Telegram stores once HTML markup is parsed: tags dropped, entities decoded. */
export function htmlToPlain(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
      const lower = e.toLowerCase();
      if (named[lower]) return named[lower];
      return String.fromCodePoint(lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10));
    });
}
