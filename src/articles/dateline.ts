// Datelines: the place, date and agency a story opens with ("MINSK, Belarus (AP) — ", "(Reuters) - "), and
// the dated ones of German, French, Polish, Russian, Belarusian and Ukrainian wires ("Berlin, 30. November
// (dpa) - ", "Paris, le 30 novembre 2026 — ", "Warszawa, 30 listopada 2026 r. ", "МИНСК, 29 ноября — БЕЛТА. ").
import { monthOf } from './dates-parse.js';
import { outletName } from './source.js';

// "MINSK, Belarus (AP) — ", "WASHINGTON, Sept 11 (Reuters) - ", "(Reuters) - ", "BERLIN (dpa) - ", "KYIV —"
const DATELINE_RE =
  /^((?:[A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž ./'’-]{1,40}(?:,\s*[\p{L} .]{2,30}?)?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*)?\(([A-Za-z][\w ./&-]{0,40})\)|[A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž .'’-]{2,40}(?:,\s*[\p{L} .]{2,30}?)?)\s*[-—–]+\s+/u;

// A place (one to four capitalised words, any alphabet, "/" between two), an optional ", Country", then a date
// with a month name: "30. November", "le 30 novembre 2026", "29 ноября 2026 года", "30 listopada 2026 r.".
const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ /-]\p{Lu}[\p{L}'’.-]*){0,3}`;
const DATE = String.raw`(?:(?:le|den|am)\s+)?(\d{1,2})\.?\s+(\p{L}{3,12})\.?(?:\s+(\d{4}))?(?:\s*(?:года|году|року|roku|г\.|р\.|r\.))?`;
const DATED_RE = new RegExp(String.raw`^${PLACE}(?:,\s*\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?)?\s*[,.]\s*${DATE}`, 'u');

// What may follow the date: "(dpa) - ", " — БЕЛТА. ", " — ", " /ТАСС/. ", ". " before the first sentence; after a
// date that ended with a period ("r.", "ноября."), an agency and a dash ("INTERFAX.RU - ") or just a space.
const AGENCY = String.raw`\p{Lu}[\p{Lu}\d.&-]+(?:\s+\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+(?=\s*[.:]\s)`;
const START = String.raw`(?=[\p{Lu}\p{N}"«„“])`;
const AFTER_DATE: ReadonlyArray<RegExp> = [
  /^\s*\(([^()]{1,40})\)\s*[-—–]+\s+/u,
  new RegExp(String.raw`^\s*[-—–]+\s*(${AGENCY})\s*[.:]\s+`, 'u'),
  /^\s*[-—–]+\s+/u,
  /^\s*\.?\s*\/([^/]{1,30})\/\.?\s+/u,
  new RegExp(String.raw`^\s*[.:]\s+${START}`, 'u'),
];
const AFTER_PERIOD: ReadonlyArray<RegExp> = [
  new RegExp(String.raw`^\s+(${AGENCY})\s*[-—–]+\s+`, 'u'),
  new RegExp(String.raw`^\s+${START}`, 'u'),
];

/** Cyrillic spellings of agencies whose datelines are Cyrillic → the name stored for their Latin datelines. */
const CYRILLIC_AGENCIES: Readonly<Record<string, string>> = {
  тасс: 'TASS', 'итар-тасс': 'TASS', белта: 'BelTA', 'риа новости': 'RIA Novosti', интерфакс: 'Interfax',
  'интерфакс-украина': 'Interfax-Ukraine', укринформ: 'Ukrinform', укрінформ: 'Ukrinform', уніан: 'UNIAN', униан: 'UNIAN',
};
const agencyName = (raw: string) => CYRILLIC_AGENCIES[raw.trim().toLowerCase()] ?? outletName(raw);

export interface Dateline {
  /** The whole prefix, including the dash and following space. */
  prefix: string;
  /** The agency in the parentheses, canonicalised, when there is one. */
  outlet?: string;
  /** The date as the dateline writes it ("29 ноября 2026 года"), for dated non-English datelines. */
  date?: string;
}

/** A news-agency dateline at the start of a paragraph. An all-caps place needs an em/en dash or an agency. */
export function findDateline(paragraph: string): Dateline | undefined {
  return datedDateline(paragraph) ?? agencyDateline(paragraph);
}

function agencyDateline(paragraph: string): Dateline | undefined {
  const m = DATELINE_RE.exec(paragraph);
  if (!m) return undefined;
  const agency = m[2];
  if (!agency && !/[—–]/.test(m[0])) return undefined;
  // An all-caps place must really be upper case ("THE" alone at a sentence start is not a dateline).
  if (!agency && !/^[A-ZÀ-ÝĀ-Ž]{3,}/u.test(m[1] ?? '')) return undefined;
  const outlet = agency ? outletName(agency) : undefined;
  return { prefix: m[0], ...(outlet ? { outlet } : {}) };
}

/** "Place, <day> <month name> [year]" and then an agency, a dash or the end of the first sentence. */
function datedDateline(paragraph: string): Dateline | undefined {
  const m = DATED_RE.exec(paragraph.slice(0, 160));
  const day = Number(m?.[1]);
  if (!m || !monthOf(m[2] ?? '') || day < 1 || day > 31) return undefined;
  const rest = paragraph.slice(m[0].length);
  for (const re of m[0].endsWith('.') ? [...AFTER_DATE, ...AFTER_PERIOD] : AFTER_DATE) {
    const tail = re.exec(rest);
    if (!tail) continue;
    const outlet = tail[1] ? agencyName(tail[1]) : undefined;
    const date = m[0].slice(m[0].search(/\d/)).trim().replace(/(?<=\p{L}{3})\.$/u, '');
    return { prefix: m[0] + tail[0], ...(outlet ? { outlet } : {}), date };
  }
  return undefined;
}
