// Datelines: the place, date and agency a story opens with ("MINSK, Belarus (AP) — ", "(Reuters) - ").
import { outletName } from './source.js';

// "MINSK, Belarus (AP) — ", "WASHINGTON, Sept 11 (Reuters) - ", "(Reuters) - ", "BERLIN (dpa) - ", "KYIV —"
const DATELINE_RE =
  /^((?:[A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž ./'’-]{1,40}(?:,\s*[\p{L} .]{2,30}?)?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*)?\(([A-Za-z][\w ./&-]{0,40})\)|[A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž .'’-]{2,40}(?:,\s*[\p{L} .]{2,30}?)?)\s*[-—–]+\s+/u;

export interface Dateline {
  /** The whole prefix, including the dash and following space. */
  prefix: string;
  /** The agency in the parentheses, canonicalised, when there is one. */
  outlet?: string;
}

/** A news-agency dateline at the start of a paragraph. An all-caps place needs an em/en dash or an agency. */
export function findDateline(paragraph: string): Dateline | undefined {
  const m = DATELINE_RE.exec(paragraph);
  if (!m) return undefined;
  const agency = m[2];
  if (!agency && !/[—–]/.test(m[0])) return undefined;
  // An all-caps place must really be upper case ("THE" alone at a sentence start is not a dateline).
  if (!agency && !/^[A-ZÀ-ÝĀ-Ž]{3,}/u.test(m[1] ?? '')) return undefined;
  const outlet = agency ? outletName(agency) : undefined;
  return { prefix: m[0], ...(outlet ? { outlet } : {}) };
}
