// Splits Telegram HTML into messages by the parsed text (pure). Telegram's limit counts the visible
// text after tags and entities are parsed, so the budget does too; cuts fall only between units
// (tags, entities, code points), open tags are closed before a cut and reopened after it, and a
// piece with no visible text is never emitted.
import { decodeEntity, HTML_UNIT, isBlankText, TELEGRAM_MESSAGE_LIMIT, visibleText } from './telegram-html-text.js';

/** What one unit of HTML is, for the splitter. */
const enum Kind { Visible, Blank, Space, Newline, Open, Close }

/** The HTML as parallel arrays, one entry per unit (tag, entity or code point): cheap for long texts. */
interface Units {
  raw: string[];
  /** UTF-16 length of the visible text (0 for a tag). */
  width: Uint32Array;
  kind: Uint8Array;
  /** Lower-case tag name, for tags. */
  names: Map<number, string>;
}

const blankMemo = new Map<string, boolean>();
function kindOfText(text: string): Kind {
  const c = text.charCodeAt(0);
  if (text.length === 1 && c < 0x80) return c === 10 ? Kind.Newline : c === 32 || c === 9 || c === 13 || c === 12 || c === 11 ? Kind.Space : c < 32 || c === 127 ? Kind.Blank : Kind.Visible;
  let blank = blankMemo.get(text);
  if (blank === undefined) {
    blank = isBlankText(text);
    if (blankMemo.size < 4096) blankMemo.set(text, blank);
  }
  return blank ? Kind.Blank : Kind.Visible;
}

function units(html: string): Units {
  const raw = html.match(HTML_UNIT) ?? [];
  const width = new Uint32Array(raw.length);
  const kind = new Uint8Array(raw.length);
  const names = new Map<number, string>();
  raw.forEach((unit, i) => {
    if (unit.length > 1 && unit[0] === '<') {
      kind[i] = unit[1] === '/' ? Kind.Close : Kind.Open;
      names.set(i, /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(unit)![1]!.toLowerCase());
      return;
    }
    const text = unit.length > 2 && unit[0] === '&' ? decodeEntity(unit) : unit;
    width[i] = text.length;
    kind[i] = kindOfText(text);
  });
  return { raw, width, kind, names };
}

const isBreak = (u: Units, i: number) => u.kind[i] === Kind.Space || u.kind[i] === Kind.Newline;
/** A unit a hard cut should not go before: a combining mark, a joiner or a variation selector. */
const clings = (u: Units, i: number) => /^(?:\p{M}|\u200c|\u200d|\ufe0e|\ufe0f)/u.test(u.raw[i] ?? '');

/**
 * Splits HTML into messages whose visible text is at most `limit` UTF-16 code units.
 * Prefers a blank line, then a line break, then a space; only a single run longer than the limit
 * is hard-cut, between code points. The whitespace a cut falls on is dropped.
 * @example splitMessage(`<b>${'word '.repeat(2000)}</b>`) // → 3 messages, each `<b>…</b>`
 */
export function splitMessage(html: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const visible = visibleText(html);
  if (visible.length <= limit) return isBlankText(visible) ? [] : [html.trim()];
  const all = units(html);
  const count = all.raw.length;
  const out: string[] = [];
  let carried: number[] = []; // indexes of the open tags carried into this piece
  let start = 0;
  while (start < count && isBreak(all, start)) start++;
  while (start < count) {
    const cut = chooseCut(all, start, Math.max(2, limit));
    const open = [...carried];
    let visible = false;
    for (let i = start; i < cut; i++) {
      const k = all.kind[i];
      if (k === Kind.Visible) visible = true;
      else if (k === Kind.Open) open.push(i);
      else if (k === Kind.Close && all.names.get(open.at(-1) ?? -1) === all.names.get(i)) open.pop();
    }
    let end = cut;
    while (end > start && all.kind[end - 1] === Kind.Newline) end--;
    if (visible) {
      const closers = open.slice().reverse().map((i) => `</${all.names.get(i)}>`).join('');
      const body = all.raw.slice(start, end).join('');
      out.push(dropEmptyTags(carried.map((i) => all.raw[i]).join('') + body + closers));
    }
    start = cut;
    while (start < count && isBreak(all, start)) start++;
    carried = open;
  }
  return out;
}

/** Where the piece starting at `start` ends (exclusive): the best break that keeps it within `limit`. */
function chooseCut(all: Units, start: number, limit: number): number {
  const count = all.raw.length;
  let size = 0;
  let end = start;
  while (end < count && size + all.width[end]! <= limit) size += all.width[end++]!;
  if (end >= count) return end;
  if (end === start) return start + 1; // a unit wider than the whole limit (only with a tiny limit)
  let firstVisible = -1;
  let block = -1;
  let line = -1;
  let space = -1;
  let width = 0;
  // `end` itself may be the break: the unit that did not fit is then dropped as whitespace.
  for (let i = start; i <= end; i++) {
    const k = all.kind[i];
    width += all.width[i]!;
    if (firstVisible < 0) {
      if (k === Kind.Visible) firstVisible = i;
      continue;
    }
    // A space only when it leaves the piece at least half full: "1. " + a huge word is cut in the word.
    if (k === Kind.Space) space = width > limit / 2 ? i : space;
    else if (k !== Kind.Newline) continue;
    else if (all.kind[i - 1] === Kind.Newline && i - 1 > firstVisible) block = i - 1;
    else line = i;
  }
  if (block >= 0) return block;
  if (line >= 0) return line;
  if (space >= 0) return space;
  // One run longer than the limit: cut between code points, not before a mark or joiner that clings.
  let cut = end;
  for (let back = 0; back < 16 && cut - 1 > firstVisible && (clings(all, cut) || all.raw[cut - 1] === '\u200d'); back++) cut--;
  return cut > start ? cut : end;
}

/** `<b></b>` left where a cut fell just after an opening tag carries nothing: drop it. */
function dropEmptyTags(html: string): string {
  let previous;
  do {
    previous = html;
    html = html.replace(/<([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?><\/\1>/g, '');
  } while (html !== previous);
  return html;
}
