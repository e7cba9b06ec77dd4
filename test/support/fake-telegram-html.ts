// Telegram's HTML parse_mode, as strict as Telegram's documentation: only the documented tags and
// attributes, only &lt; &gt; &amp; &quot; and numeric entities, every < > & escaped, tags balanced.
// Written independently of src/telegram/html.ts: it is the oracle the production splitter is tested against.

/** Tags Telegram documents, with the attributes each may carry. */
const TAGS: Record<string, readonly string[]> = {
  b: [], strong: [], i: [], em: [], u: [], ins: [], s: [], strike: [], del: [], 'tg-spoiler': [],
  a: ['href'], code: ['class'], pre: [], span: ['class'], blockquote: ['expandable'], 'tg-emoji': ['emoji-id'],
};
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** What Telegram trims from both ends of a text before calling it empty (whitespace, zero-width, bidi marks). */
// Control characters and the lone combining grapheme joiner (U+034F) are exactly what this class must list.
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- see above
const EMPTY = /^[\s\0-\x1f\x7f-\x9f\u00ad\u034f\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2800\u3164\ufeff\uffa0\ufffc]*$/u;

export type ParsedHtml = { ok: true; plain: string } | { ok: false; error: string };

interface Open { name: string; attrs: Map<string, string> }

/** Parses `text` like Telegram's HTML parse mode; the error is the "can't parse entities" detail. */
export function parseTelegramHtml(text: string): ParsedHtml {
  const stack: Open[] = [];
  let plain = '';
  const byteAt = (i: number) => Buffer.byteLength(text.slice(0, i));
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (ch === '&') {
      const m = /^&(#x[0-9a-f]{1,8}|#[0-9]{1,10}|[a-z]+);/i.exec(text.slice(i, i + 16));
      const decoded = m ? decodeEntity(m[1]!) : undefined;
      if (!m || decoded === undefined) return fail(`Unsupported HTML entity or unescaped "&" at byte offset ${byteAt(i)}`);
      plain += decoded;
      i += m[0].length;
    } else if (ch === '>') {
      return fail(`Unescaped ">" at byte offset ${byteAt(i)}`);
    } else if (ch === '<') {
      const end = text.indexOf('>', i);
      if (end < 0) return fail(`Unclosed start tag at byte offset ${byteAt(i)}`);
      const problem = text[i + 1] === '/' ? closeTag(text.slice(i, end + 1), stack) : openTag(text.slice(i, end + 1), stack);
      if (problem) return fail(`${problem} at byte offset ${byteAt(i)}`);
      i = end + 1;
    } else {
      plain += ch;
      i++;
    }
  }
  const open = stack.at(-1);
  return open ? fail(`Can't find end tag corresponding to start tag "${open.name}"`) : { ok: true, plain };
}

const fail = (error: string): ParsedHtml => ({ ok: false, error });

function decodeEntity(body: string): string | undefined {
  if (!body.startsWith('#')) return NAMED[body]; // named entities are case-sensitive
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

function closeTag(tag: string, stack: Open[]): string | undefined {
  const m = /^<\/([a-z-]+)\s*>$/i.exec(tag);
  if (!m) return 'Bad end tag';
  const top = stack.pop();
  if (!top) return 'Unexpected end tag';
  const name = m[1]!.toLowerCase();
  return top.name === name ? undefined : `Unmatched end tag, expected "</${top.name}>", found "</${name}>"`;
}

function openTag(tag: string, stack: Open[]): string | undefined {
  const m = /^<([a-z][a-z0-9-]*)((?:\s[^>]*)?)>$/i.exec(tag);
  if (!m) return 'Bad start tag';
  const name = m[1]!.toLowerCase();
  const allowed = TAGS[name];
  if (!allowed) return `Unsupported start tag "${name}"`;
  const attrs = parseAttributes(m[2]!);
  if (typeof attrs === 'string') return `${attrs} in the tag "${name}"`;
  for (const key of attrs.keys()) if (!allowed.includes(key)) return `Unsupported attribute "${key}" in the tag "${name}"`;
  const problem = tagRule(name, attrs, stack);
  if (problem) return problem;
  stack.push({ name, attrs });
  return undefined;
}

/** ` href="x" expandable` → {href: x, expandable: ''}; a string is what is wrong. */
function parseAttributes(source: string): Map<string, string> | string {
  const attrs = new Map<string, string>();
  const re = /\s*([^\s=>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
  let rest = source.trimEnd();
  while (rest.trim()) {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (!m || m[0].length === 0) return 'Bad attribute';
    const key = m[1]!.toLowerCase();
    if (attrs.has(key)) return `Duplicate attribute "${key}"`;
    const raw = m[2] ?? m[3] ?? m[4] ?? '';
    if (/[<>]/.test(raw)) return `Unescaped "<" or ">" in attribute "${key}"`;
    const value = decodeAttribute(raw);
    if (value === undefined) return `Bad entity in attribute "${key}"`;
    attrs.set(key, value);
    rest = rest.slice(m[0].length);
  }
  return attrs;
}

function decodeAttribute(raw: string): string | undefined {
  let bad = false;
  const value = raw.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    const decoded = whole.endsWith(';') ? decodeEntity(body) : undefined;
    if (decoded === undefined) bad = true;
    return decoded ?? '';
  });
  return bad ? undefined : value;
}

/** The per-tag rules of Telegram's documentation. */
function tagRule(name: string, attrs: Map<string, string>, stack: readonly Open[]): string | undefined {
  const inside = (n: string) => stack.some((o) => o.name === n);
  const parent = stack.at(-1)?.name;
  if (parent === 'code' || (parent === 'pre' && name !== 'code')) return `Tag "${name}" can't be inside "${parent}"`;
  if (name === 'a') {
    if (inside('a')) return 'Nested links are not allowed';
    const href = attrs.get('href') ?? '';
    if (!/^(https?|tg|ton|mailto):\S+$/i.test(href)) return `Bad link URL "${href}"`;
  }
  if (name === 'code' && attrs.has('class') && (parent !== 'pre' || !/^language-[\w+#.-]+$/.test(attrs.get('class')!))) {
    return 'Programming language can be specified only for a code tag directly inside pre';
  }
  if (name === 'span' && attrs.get('class') !== 'tg-spoiler') return 'Tag "span" must have class "tg-spoiler"';
  if (name === 'blockquote' && (inside('blockquote') || (attrs.get('expandable') ?? '') !== '')) return 'Bad blockquote';
  if (name === 'tg-emoji' && !/^\d+$/.test(attrs.get('emoji-id') ?? '')) return 'Tag "tg-emoji" needs a numeric emoji-id';
  return undefined;
}

/** Why sendMessage would fail on this HTML (the part after "can't parse entities: "), or undefined. */
export function htmlProblem(text: string): string | undefined {
  const parsed = parseTelegramHtml(text);
  return parsed.ok ? undefined : parsed.error;
}

/** The text Telegram stores once HTML markup is parsed: tags dropped, entities decoded. */
export function htmlToPlain(text: string): string {
  const parsed = parseTelegramHtml(text);
  return parsed.ok ? parsed.plain : text;
}

/** True when Telegram would call this (parsed) text empty. */
export const isEmptyText = (plain: string): boolean => EMPTY.test(plain);

/** Telegram's length of a parsed text: UTF-16 code units. */
export const telegramLength = (plain: string): number => plain.length;

/** Any unpaired surrogate: the JSON body would not be valid UTF-8 for Telegram. */
export const hasLoneSurrogate = (text: string): boolean => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
