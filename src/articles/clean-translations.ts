// Links to the same article in another language: "阅读中文版 (Read Chinese Version)", "Leer en español", "Читать на русском".
import type { Translation } from './record.js';

// Language names (English and native, as they appear in such links) → BCP-47 subtag. Matched as word prefixes.
const LANGUAGE_NAMES: ReadonlyArray<readonly [string, RegExp]> = [
  ['zh', /chinese|中文|简体|繁體|繁体|mandarin/i],
  ['en', /english|anglais|inglés|ingles|englisch|английск|англійськ|angielsk/i],
  ['es', /spanish|español|espanol|espagnol|spanisch|испанск/i],
  ['fr', /french|français|francais|französisch|франц/i],
  ['de', /german|deutsch|allemand|alemán|немецк|німецьк|niemieck/i],
  ['ru', /russian|русск|russe|russisch|ruso|rosyjsk|російськ/i],
  ['uk', /ukrainian|українськ|ukrainien|ukrainisch|ucraniano|ukraińsk|украинск/i],
  ['pl', /polish|polsku|polski|polonais|polnisch|polaco|польск/i],
  ['be', /belarusian|беларуск|белорусск|білоруськ|biełarusk|białorusk/i],
  ['it', /italian|italiano|italien/i],
  ['pt', /portuguese|português|portugues/i],
  ['ja', /japanese|日本語/i],
  ['ko', /korean|한국어/i],
  ['ar', /arabic|العربية/i],
  ['tr', /turkish|türkçe/i],
];

// The verb/noun part: "read", "version", "阅读…版", "leer", "lire", "lesen", "читать", "читати", "czytaj", "leia", "leggi".
const LINK_WORDS = /\b(read|version|edition|available|leer|versión|lire|version|lesen|fassung|ausgabe|leia|leggi|czytaj|wersj)|阅读|閱讀|版|читать|читати|версия|версія|на русском|українською/i;

const URL_RE = /https?:\/\/[^\s)>\]]+/;

/** The translation this line links to, or undefined when the line is not a translation link. */
export function parseTranslation(line: string): Translation | undefined {
  const text = line.trim();
  // Links are short and are not sentences about languages.
  const withoutUrl = text.replace(URL_RE, '').replace(/\[|\]\(\s*\)|\(\s*\)/g, '').trim();
  if (withoutUrl.length === 0 || withoutUrl.length > 70 || /[.!?]\s+\p{Lu}/u.test(withoutUrl)) return undefined;
  if (!LINK_WORDS.test(withoutUrl)) return undefined;
  const language = LANGUAGE_NAMES.find(([, re]) => re.test(withoutUrl))?.[0];
  if (!language) return undefined;
  // At most ~7 words of label: "Read this article in Ukrainian" is fine, a sentence is not.
  if (withoutUrl.split(/\s+/).length > 8) return undefined;
  const url = URL_RE.exec(text)?.[0];
  const label = withoutUrl.replace(/[\s:–—-]+$/, '').replace(/\s+/g, ' ');
  return { language, label, ...(url ? { url } : {}) };
}
