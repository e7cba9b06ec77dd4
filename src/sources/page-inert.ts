// Scripts, styles and comments cut from the HTML before it is parsed: on news pages they are over half the
// bytes, and building DOM nodes for them is most of linkedom's time. JSON-LD scripts are kept (metadata).
// Linear on any input: every search starts where the last one ended, and an unclosed element ends the cutting.
const OPEN = /<(script|style)\b([^>]{0,2000})>|<!--/gi;
const CLOSE: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi, comment: /-->/g };

export function dropInert(html: string): string {
  const kept: string[] = [];
  let from = 0;
  OPEN.lastIndex = 0;
  for (let open = OPEN.exec(html); open; open = OPEN.exec(html)) {
    const kind = open[1]?.toLowerCase() ?? 'comment';
    const close = CLOSE[kind];
    if (!close) break;
    close.lastIndex = OPEN.lastIndex;
    const end = close.exec(html);
    if (!end) break;
    const keep = kind === 'script' && /ld\+json/i.test(open[2] ?? '');
    if (!keep) {
      kept.push(html.slice(from, open.index));
      from = close.lastIndex;
    }
    OPEN.lastIndex = close.lastIndex;
  }
  kept.push(html.slice(from));
  return kept.join('');
}
