// Telegram HTML: escaping outside text and splitting long replies without breaking markup.

/** Telegram's hard limit for one message's text. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** Escapes text for Telegram `parse_mode: HTML` (only <, > and & are special there). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

/** Escapes a value for use inside a double-quoted HTML attribute (e.g. href). */
export function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/** `<a href>` for http(s) URLs only; anything else is shown as plain escaped text. */
export function link(text: string, url: string | undefined): string {
  if (url && /^https?:\/\//i.test(url)) return `<a href="${escapeAttr(url)}">${escapeHtml(text)}</a>`;
  return escapeHtml(text);
}

/**
 * Splits HTML into messages of at most `limit` characters.
 * Breaks only between blocks (separated by a blank line), then between lines, so a tag is
 * never cut as long as every tag opens and closes on one line (which all our renderers do).
 * A single line longer than the limit is cut at a space outside any tag, as a last resort,
 * with open tags closed and reopened around the cut.
 */
export function splitMessage(html: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const out: string[] = [];
  let current = '';
  const push = () => {
    const trimmed = current.replace(/\n+$/, '');
    if (trimmed.trim()) out.push(trimmed);
    current = '';
  };
  for (const block of html.split(/\n{2,}/)) {
    const sep = current ? '\n\n' : '';
    if (current.length + sep.length + block.length <= limit) {
      current += sep + block;
      continue;
    }
    push();
    if (block.length <= limit) {
      current = block;
      continue;
    }
    for (const line of block.split('\n')) {
      const lineSep = current ? '\n' : '';
      if (current.length + lineSep.length + line.length <= limit) {
        current += lineSep + line;
        continue;
      }
      push();
      if (line.length <= limit) current = line;
      else for (const piece of cutLongLine(line, limit)) out.push(piece);
    }
  }
  push();
  return out;
}

/** Cuts one over-long line at spaces outside tags, closing and reopening open tags. */
function cutLongLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  const tokens = line.match(/<[^>]*>|[^<\s]+|\s+/g) ?? [];
  const open: { name: string; tag: string }[] = [];
  let current = '';
  const closers = () => open.slice().reverse().map((t) => `</${t.name}>`).join('');
  const reopen = () => open.map((t) => t.tag).join('');
  for (const token of tokens) {
    const extra = closers().length + 16;
    if (current.length + token.length + extra > limit && current.trim()) {
      pieces.push(current.trimEnd() + closers());
      current = reopen();
      if (/^\s+$/.test(token)) continue;
    }
    if (token.startsWith('</')) open.pop();
    else if (token.startsWith('<')) open.push({ name: token.slice(1).split(/[\s>]/)[0] ?? '', tag: token });
    // A single word longer than the limit (no spaces at all): hard-cut it; it has no tags inside.
    if (token.length + extra > limit) {
      for (let i = 0; i < token.length; i += limit - extra) {
        const chunk = token.slice(i, i + limit - extra);
        if (current.length + chunk.length + extra > limit) {
          pieces.push(current + closers());
          current = reopen();
        }
        current += chunk;
      }
      continue;
    }
    current += token;
  }
  if (current.trim()) pieces.push(current + closers());
  return pieces;
}
