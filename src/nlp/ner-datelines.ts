// Datelines: a line that opens with a place, maybe its region, then the date ("TOLVIK 2026-03-02",
// "PORTO VELMAR, Brazil 2026-03-02", "Minsk, 29 ноября 2026 года.", "Berlin, 30. November"). The words
// before the date are places even when no gazetteer knows them.
import type { Token } from './tokens.js';
import { CYRILLIC_NON_ENTITY, FOREIGN_NON_ENTITY } from './gazetteer-foreign-words.js';
import { isNonEntityWord } from './ner-language.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const DAY = /^\d{1,2}$/u;
const ENGLISH_MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
/** A month (or, in the other languages' lists, a weekday) word. */
const monthWord = (t: Token): boolean =>
  t.word && (ENGLISH_MONTHS.has(t.lower) || FOREIGN_NON_ENTITY.has(t.lower) || CYRILLIC_NON_ENTITY.has(t.lower));

/** Whether a date starts at token i: an ISO date, a month word, or a day number then a month word. */
function dateAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  if (ISO_DATE.test(t.text)) return true;
  if (monthWord(t)) return true;
  if (!DAY.test(t.text)) return false;
  const n = toks[i + 1]?.text === '.' ? toks[i + 2] : toks[i + 1];
  return !!n && monthWord(n);
}

/** Capitalised words from i on one line (at most 4); returns the index after them. */
function capitalRun(toks: readonly Token[], i: number, line: number): number {
  let j = i;
  while (j < toks.length && j - i < 4 && toks[j]!.line === line && toks[j]!.cap && !isNonEntityWord(toks[j]!.lower)) j++;
  return j;
}

/** Token ranges [from, to] of dateline places, in order. */
export function datelinePlaces(toks: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let a = 0; a < toks.length; a++) {
    if (a > 0 && toks[a - 1]!.line === toks[a]!.line) continue; // line starts only
    const line = toks[a]!.line;
    const j = capitalRun(toks, a, line);
    if (j === a || j >= toks.length || toks[j]!.line !== line) continue;
    if (dateAt(toks, j)) {
      out.push([a, j - 1]);
    } else if (toks[j]!.text === ',') {
      const k = capitalRun(toks, j + 1, line);
      const at = toks[k]?.text === ',' ? k + 1 : k;
      if (dateAt(toks, at) && toks[at]!.line === line) {
        out.push([a, j - 1]);
        if (k > j + 1) out.push([j + 1, k - 1]);
      } else if (k === j + 1 && dateAt(toks, j + 1)) out.push([a, j - 1]);
    }
  }
  return out;
}
