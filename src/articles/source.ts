// Which outlet an article comes from (datelines: dateline.ts): credits "Image from AP News", "Source:"/"Via:" lines.
// The outlet is the publisher: never a photographer, a social handle or a credit line (clean-outlet-name.ts).
import { isCreditLike, looksLikePerson } from './clean-outlet-name.js';

/**
 * Well-known agency and outlet abbreviations and spellings → the name we store.
 * Keys are lower-case. Anything not listed is kept as written (trimmed).
 */
const OUTLETS: Record<string, string> = {
  ap: 'AP News', 'ap news': 'AP News', 'associated press': 'AP News', 'the associated press': 'AP News', 'ap photo': 'AP News',
  afp: 'Agence France-Presse', 'agence france-presse': 'Agence France-Presse', 'agence france presse': 'Agence France-Presse',
  reuters: 'Reuters', 'thomson reuters': 'Reuters',
  dpa: 'dpa', 'deutsche presse-agentur': 'dpa',
  upi: 'UPI', 'united press international': 'UPI',
  ansa: 'ANSA', efe: 'EFE', 'agencia efe': 'EFE', xinhua: 'Xinhua', tass: 'TASS', interfax: 'Interfax',
  pap: 'PAP', ukrinform: 'Ukrinform', kyodo: 'Kyodo News', yonhap: 'Yonhap', pti: 'PTI', ians: 'IANS',
  aa: 'Anadolu Agency', anadolu: 'Anadolu Agency', 'rfe/rl': 'Radio Free Europe/Radio Liberty', belta: 'BelTA',
  bbc: 'BBC News', 'bbc news': 'BBC News', cnn: 'CNN', bloomberg: 'Bloomberg', apa: 'APA', ctk: 'ČTK', bta: 'BTA',
  'al jazeera': 'Al Jazeera', dw: 'DW', 'deutsche welle': 'DW', 'france 24': 'France 24', euronews: 'Euronews',
  // Their web hosts' names (outletKey strips "www." and the TLD): apnews.com, aljazeera.com, france24.com.
  apnews: 'AP News', aljazeera: 'Al Jazeera', france24: 'France 24',
};
// A raw name longer than this is no name; checked before any regex runs on it.
const MAX_RAW_NAME = 200;
const PAD_START = new Set([...' \t\n\r"\'“”(']);
const PAD_END = new Set([...' \t\n\r"\'“”).,;:']);

/** The name without surrounding quotes, brackets and trailing punctuation: one pass from each end, linear. */
function stripPadding(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && (PAD_START.has(raw.charAt(start)) || /\s/.test(raw.charAt(start)))) start++;
  while (end > start && (PAD_END.has(raw.charAt(end - 1)) || /\s/.test(raw.charAt(end - 1)))) end--;
  return raw.slice(start, end);
}

/** Canonical outlet name for an agency abbreviation or spelling, or undefined when it is not a plausible name. */
export function outletName(raw: string): string | undefined {
  if (raw.length > MAX_RAW_NAME) return undefined;
  const name = stripPadding(raw).replace(/\s+/g, ' ');
  if (name.length < 2 || name.length > 60 || /https?:/i.test(name)) return undefined;
  const lower = name.toLowerCase();
  const known = OUTLETS[lower] ?? OUTLETS[lower.replace(/^the /, '')];
  if (known) return known;
  // An image library, a social network, a handle or a credit ("Jane Doe/Twitter", "Jane Doe (Getty Images") is no outlet.
  if (isCreditLike(name)) return undefined;
  return name;
}

/**
 * The outlet named by a credit or source line, e.g. "Image from AP News", "Photo: Jane Doe/Reuters",
 * "(Photo: AFP via Getty Images)", "Source: Reuters", "Via: Kyiv Independent", "Originally published by X".
 * A bare photographer ("Photo by Jane Doe") names no outlet.
 */
export function outletFromCredit(line: string): string | undefined {
  if (line.length > MAX_CREDIT_LINE) return undefined;
  const text = line.trim().replace(/^\(|\)$/g, '').trim();
  // "X via Getty Images" → X is the agency that shot it.
  const via = /^(?:.*?[:/]\s*)?([^:/]+?)\s+via\s+/i.exec(text);
  if (via?.[1]) {
    const name = outletName(via[1]);
    if (name && isKnownOutlet(name)) return name;
  }
  // "Jane Doe/Reuters", "AP Photo/Jane Doe"
  const slash = slashParts(text.replace(/^[^:]*:\s*/, ''));
  if (slash) {
    for (const part of [slash[1], slash[0]]) {
      const name = outletName(part.replace(/\s+photo$/i, ''));
      if (name && isKnownOutlet(name)) return name;
    }
  }
  const m =
    /^(?:image|photo|picture|video|footage|graphic|illustration|content|story|article|report)s?\s*(?:from|courtesy of|via|credit:?|source:?|:)\s*(.+)$/i.exec(text) ??
    /^(?:source|via|courtesy(?: of)?|credit|originally (?:published|appeared) (?:by|on|in|at)|this (?:story|article) (?:was )?(?:first |originally )?(?:published|appeared) (?:by|on|in|at))\s*:?\s*(.+?)\.?$/i.exec(text);
  const raw = m?.[1]?.trim();
  if (!raw) return undefined;
  const name = outletName(raw);
  if (!name) return undefined;
  // "Photo: John Smith", "Source: Jane Doe": a person, by the look of it, is not an outlet unless we know the name.
  if (!isKnownOutlet(name) && looksLikePerson(name)) return undefined;
  return name;
}

// A credit is a short line; a longer one is a paragraph and names no outlet (and the regexes above stay cheap).
const MAX_CREDIT_LINE = 300;

/** "Jane Doe/Reuters" → ["Jane Doe", "Reuters"]: the text around the last slash, back to the slash or colon before. */
function slashParts(text: string): [string, string] | undefined {
  const at = text.lastIndexOf('/');
  if (at < 0 || at === text.length - 1) return undefined;
  const from = Math.max(text.lastIndexOf('/', at - 1), text.lastIndexOf(':', at - 1)) + 1;
  const left = text.slice(from, at).trimStart();
  return left ? [left, text.slice(at + 1)] : undefined;
}

const KNOWN = new Set(Object.values(OUTLETS));
/** One of the agencies and outlets we know by name (the canonical spelling). */
export function isKnownOutlet(name: string): boolean {
  return KNOWN.has(name);
}

const HOST_RE = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
// Second-level labels under a country code: bbc.co.uk, abc.net.au.
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu']);

/**
 * What two names of one outlet share, for counting outlets: "Reuters", "reuters.com" and "www.reuters.com" → "reuters";
 * "AP", "AP News", "apnews.com" → "ap news". A host counts by its site name (no "www.", no TLD).
 */
export function outletCountKey(name: string): string {
  let text = name.trim();
  if (text.length <= MAX_RAW_NAME && HOST_RE.test(text)) {
    const labels = text.toLowerCase().split('.');
    labels.pop();
    if (labels.length > 1 && SECOND_LEVEL.has(labels[labels.length - 1]!)) labels.pop();
    text = labels[labels.length - 1] ?? text;
  }
  return (outletName(text) ?? text).toLowerCase();
}

/** Fallback outlet name from a URL: its hostname without "www.". */
export function outletFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
