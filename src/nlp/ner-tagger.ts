// The tagging pipeline over one text: spans → classification → document consistency →
// all-caps lines (headlines, datelines) tagged only with names known from the rest of the text.
import type { Token } from './tokens.js';
import { FUNCTION_WORDS, tokenize } from './tokens.js';
import { candidateSpans } from './ner-spans.js';
import type { EntityType, Guess } from './ner-classify.js';
import { classify } from './ner-classify.js';
import { KNOWN_ORGS } from './gazetteer-orgs.js';
import { gazKey, isCountry, isPlace } from './gazetteer-index.js';
import type { NerLanguage } from './ner-language.js';
import { nerLanguage } from './ner-language.js';
import type { Typed } from './ner-lists.js';
import { harmoniseLists } from './ner-lists.js';
import { datelinePlaces } from './ner-datelines.js';

export interface Tagged {
  from: number;
  to: number;
  type: EntityType;
}

const PLACE_PREPS = new Set(['in', 'at', 'from', 'to', 'near', 'of', 'across', 'outside', 'inside', 'into', 'via']);
const TWO_LETTERS = /\p{L}\p{M}*\p{L}/u;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Tokens in lines that are mostly upper case ("RUGBY - WILTSHIRE HOLD ON"). */
function shoutingTokens(toks: readonly Token[], text: string): boolean[] {
  const flags: boolean[] = new Array<boolean>(toks.length).fill(false);
  let a = 0;
  while (a < toks.length) {
    let b = a;
    while (b + 1 < toks.length && toks[b + 1]!.line === toks[a]!.line) b++;
    let letters = 0;
    let upper = 0;
    let caps = 0;
    for (let i = a; i <= b; i++) {
      const t = toks[i]!;
      if (!t.word || t.text.length < 2 || isDigit(t.text.charCodeAt(0))) continue;
      if (t.text.length < 4 && !TWO_LETTERS.test(t.text)) continue;
      letters++;
      if (t.upper) upper++;
      if (t.cap) caps++;
    }
    // a Title Case headline ("Belarus Frees 52 Prisoners Amid Sanctions") has no sentence end
    const line = text.slice(toks[a]!.start, toks[b]!.end);
    // ... and, unlike a list of names, capitalises small words inside it ("Amid", "For")
    const titleCase =
      letters >= 5 && caps / letters >= 0.75 && !/[.!?]["”’)]?$/u.test(line) && smallCapital(toks, a, b);
    const shouting = titleCase || (letters > 0 && upper / letters >= 0.6 && (letters >= 2 || upper === letters));
    if (shouting) for (let i = a; i <= b; i++) flags[i] = true;
    a = b + 1;
  }
  return flags;
}

function smallCapital(toks: readonly Token[], a: number, b: number): boolean {
  for (let i = a + 1; i <= b; i++) {
    const t = toks[i]!;
    if (t.cap && !t.upper && FUNCTION_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** A small number right after token i on its line: a score or a table column. */
function scoreAfter(toks: readonly Token[], i: number): boolean {
  const n = toks[i + 1];
  // a short number, not a dateline's date ("TOLVIK 2026-03-02")
  return !!n && n.line === toks[i]!.line && /^\d{1,3}$/u.test(n.text);
}

const spanKey = (toks: readonly Token[], a: number, b: number): string =>
  gazKey(a === b ? toks[a]!.text : toks.slice(a, b + 1).map((t) => t.text).join(' '));

/** Lower-case particles that belong to the surname after them ("de Silva", "van Bommel", "bin Laden", "von der Leyen"). */
const SURNAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'le', 'la']);

/**
 * A person's surname written with its particles but without a given name ("said de Silva"): the span starts at
 * the particles, as the name is written. (With a given name, "Aravinda de Silva" is one span already.)
 */
function particleStart(toks: readonly Token[], from: number): number {
  let start = from;
  while (start > 0 && start - from > -2) {
    const p = toks[start - 1]!;
    if (!p.word || p.cap || !SURNAME_PARTICLES.has(p.text) || p.line !== toks[from]!.line || p.end + 1 !== toks[start]!.start) break;
    start--;
  }
  return start;
}

/** Tags a text. Returns token ranges with types, sorted and non-overlapping. */
export function tagTokens(
  text: string,
  toks: readonly Token[] = tokenize(text),
  lang: NerLanguage = nerLanguage(undefined, text),
): Tagged[] {
  const shouting = shoutingTokens(toks, text);
  const spans = candidateSpans(text, toks, (i) => shouting[i] === true, lang);
  // a word the text also writes in lower case is a common word, capitalised by position ("Copper futures")
  const lowerWords = new Set<string>();
  for (const t of toks) if (t.word && !t.cap) lowerWords.add(t.lower);
  const common = (w: string): boolean => lowerWords.has(w);
  const guesses: Array<Guess | undefined> = spans.map((s) => classify(toks, s, lang, common));
  const keys = spans.map((s) => spanKey(toks, s.from, s.to));

  // document consistency: confident labels decide the label of the same name elsewhere,
  // and a known person's single surname or given name is that person
  const best = new Map<string, Guess>();
  const personParts = new Set<string>();
  // surnames that are also places: alone they are the person unless a preposition makes them a place
  const placeSurnames = new Set<string>();
  // weak guesses for a name seen mid-sentence decide its unguessed sentence-initial uses ("Varnak said")
  const weak = new Map<string, Guess>();
  spans.forEach((s, i) => {
    const gs = guesses[i];
    if (gs && gs.strength === 1 && !toks[s.from]!.sentStart && !weak.has(keys[i]!)) weak.set(keys[i]!, gs);
    if (!gs || gs.strength < 2) return;
    const k = keys[i]!;
    if (gs.strength > (best.get(k)?.strength ?? 0)) best.set(k, gs);
    if (gs.type === 'PERSON' && s.to > s.from) {
      for (const t of [toks[s.from]!, toks[s.to]!]) {
        const part = gazKey(t.text);
        if (!isPlace(part)) personParts.add(part);
        else if (t === toks[s.to]) placeSurnames.add(part); // "Tessa Washington"
      }
    }
  });
  // a place the text uses as a team once ("Dorset beat Cheshire") is that team throughout
  const teams = new Set<string>();
  spans.forEach((_, i) => {
    if (guesses[i]?.type === 'ORG' && isPlace(keys[i]!)) teams.add(keys[i]!);
  });
  const datelines = datelinePlaces(toks);
  const datelineAt = new Map<number, number>(datelines.map(([a, b]) => [a, b]));
  const typed: Typed[] = [];
  spans.forEach((s, i) => {
    let gs = guesses[i];
    if (datelineAt.get(s.from) === s.to && (!gs || gs.strength < 3)) gs = { type: 'PLACE', strength: 3 };
    if (gs?.type === 'PLACE' && teams.has(keys[i]!)) gs = { type: 'ORG', strength: 3 };
    // the lone surname of a person the text named in full ("Anna Houston ... Houston, who"): the place's own
    // confident guess elsewhere in the text must not take it back
    const surnameOfPerson = gs?.type === 'PLACE' && s.from === s.to && placeSurnames.has(keys[i]!) && !PLACE_PREPS.has(toks[s.from - 1]?.lower ?? '');
    if (surnameOfPerson) gs = { type: 'PERSON', strength: 2 };
    if (s.from === s.to && (!gs || gs.strength < 3) && lowerWords.has(toks[s.from]!.lower) && !personParts.has(keys[i]!)) return;
    if (!surnameOfPerson && (!gs || gs.strength < 3)) {
      const k = keys[i]!;
      // a known person's lone surname beats a guess (cricket cards: "c Holm b Tessier 31")
      if (s.from === s.to && personParts.has(k)) gs = { type: 'PERSON', strength: 2 };
      else {
        const other = best.get(k) ?? (gs ? undefined : weak.get(k));
        if (other && other.strength > (gs?.strength ?? 0)) gs = other;
      }
    }
    if (gs) typed.push({ from: s.from, to: s.to, guess: gs });
  });
  harmoniseLists(toks, typed);
  const out: Tagged[] = typed.map((t) => ({ from: t.guess.type === 'PERSON' ? particleStart(toks, t.from) : t.from, to: t.to, type: t.guess.type }));

  const known = new Map<string, EntityType>([...best].map(([k, v]) => [k, v.type]));
  // all-caps lines: longest known name or gazetteer place starting at each token
  for (let i = 0; i < toks.length; i++) {
    if (!shouting[i] || !toks[i]!.word) continue;
    const dateline = datelineAt.get(i);
    if (dateline !== undefined && shouting[dateline]) {
      const k = spanKey(toks, i, dateline);
      out.push({ from: i, to: dateline, type: known.get(k) === 'ORG' ? 'ORG' : 'PLACE' });
      i = dateline;
      continue;
    }
    for (let n = Math.min(4, toks.length - i); n >= 1; n--) {
      if (!shouting[i + n - 1] || toks.slice(i, i + n).some((t) => !t.word)) continue;
      const k = spanKey(toks, i, i + n - 1);
      let type: EntityType | undefined =
        known.get(k) ??
        (isPlace(k) ? 'PLACE' : KNOWN_ORGS.has(k) ? 'ORG' : personParts.has(k) ? 'PERSON' : undefined);
      // a results table in capitals: "DENVER 58 41 .586"
      if (type === 'PLACE' && !isCountry(k) && (teams.has(k) || scoreAfter(toks, i + n - 1))) type = 'ORG';
      if (type) {
        out.push({ from: i, to: i + n - 1, type });
        i += n - 1;
        break;
      }
    }
  }
  return out.sort((x, y) => x.from - y.from);
}
