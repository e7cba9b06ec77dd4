// The grounding check on a model's summary: a sentence is kept only when every name, number, date and uncommon
// word in it also appears in the event's source text. Anything the articles don't say is an invention, however
// plausible.
// - Numbers are values: "1,200" = "1200", "three" = "3", "twenty-five" = "25", "3bn" = "3 billion", "tenth" =
//   "10th". A number is checked with the word it counts ("3 people"): a source sentence must hold the same value
//   and that word, so "$3 million" in one article does not ground "3 people died".
// - "Thousands", "dozens", "hundreds of": the sources use the word, or a figure in its range for the same thing.
// - Any other token with a digit ("F-35", "1990s") must be in the sources as written; ISO dates whole.
// - Names: a capitalised word (not opening a sentence) must be written capitalised in the sources, so "Rose" is not
//   grounded by the verb "rose"; every other word that is not everyday English (grounding-common-words.ts) must be
//   in the sources too, so a name written in lower case is checked as well.
import { COMMON_WORDS } from './grounding-common-words.js';

export interface GroundedSummary {
  kept: string[];
  /** Each dropped sentence with the first term the sources lack. */
  dropped: { sentence: string; missing: string }[];
}

/** What the sources say, as sets to look terms up in. */
export interface SourceTerms {
  /** Every word, lower-case, and its stem. */
  words: Set<string>;
  /** Words written capitalised somewhere in the sources, lower-case. */
  capitalised: Set<string>;
  /** Number key ("1200", "3000000", "10th") → each use: its sentence and what it counts there. */
  numbers: Map<string, { sentence: number; unit?: string }[]>;
  /** Each source sentence's words and stems. */
  sentences: Set<string>[];
  /** Every number value with its sentence: for "thousands of …". */
  values: { value: number; sentence: number }[];
  /** Dates, ISO: written so or as "March 3, 2024" / "3 March 2024". */
  dates: Set<string>;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, dozen: 12,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000, millionth: 1e6,
};
// Scales glued to digits: "3bn", "$5m", "10k", "2tn".
const GLUED_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 };
// Plural quantity words and the range of figures they stand for.
const QUANTITIES: Record<string, readonly [number, number]> = {
  dozens: [24, 200], scores: [40, 200], hundreds: [200, 1e3], thousands: [2e3, 1e6], millions: [2e6, 1e9],
  billions: [2e9, 1e12],
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// Words after a number that are not what it counts ("3 of the", "5 in the morning").
const NOT_UNITS = new Set(
  'of the a an in on at to and or for from by with as than more less over under about per into after before since until while who that which was were is are had has have will would'.split(' '),
);
// Capitalised words that open sentences or follow a colon without being names.
const OPENERS = new Set(
  ('the a an in on at as after before when while but and or so yet if he she it they we i you his her its their ' +
    'this that these those there here some many most more several both all each every no not one two three new ' +
    'officials police authorities according meanwhile however also still then now later earlier today yesterday ' +
    'tomorrow critics experts residents people researchers scientists').split(' '),
);
const WORD_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const DIGITS_RE = /^\d[\d,]*(?:\.\d+)?$/;
const GLUED_RE = /^(\d[\d,]*(?:\.\d+)?)([a-z]+)$/;
const ISO_RE = /^\d{4}-\d{2}-\d{2}$/;

interface Token {
  text: string;
  lower: string;
  index: number;
  end: number;
}

interface NumberPhrase {
  key: string;
  /** What it counts: the next word, or a glued unit ("5km"). */
  unit?: string;
  value?: number;
  /** Index of the first token after the phrase. */
  next: number;
}

export function sourceTerms(texts: readonly string[]): SourceTerms {
  const terms: SourceTerms = { words: new Set(), capitalised: new Set(), numbers: new Map(), sentences: [], values: [], dates: new Set() };
  for (const text of texts) {
    for (const sentence of splitSourceSentences(text)) addSentence(terms, sentence);
  }
  return terms;
}

/** Keeps the sentences whose names, numbers, dates and uncommon words all appear in the sources. */
export function groundSummary(sentences: readonly string[], sources: SourceTerms): GroundedSummary {
  const kept: string[] = [];
  const dropped: GroundedSummary['dropped'] = [];
  for (const sentence of sentences) {
    const missing = firstUngrounded(sentence, sources);
    if (missing === undefined) kept.push(sentence);
    else dropped.push({ sentence, missing });
  }
  return { kept, dropped };
}

// Sentences end at . ! ? followed by space; "3.5" and "U.S." stay whole (no space after their dots).
const splitSourceSentences = (text: string) => text.split(/(?<=[.!?]["'”’)]?)\s+/);

function addSentence(terms: SourceTerms, sentence: string): void {
  const index = terms.sentences.length;
  const here = new Set<string>();
  terms.sentences.push(here);
  const tokens = tokenise(sentence);
  for (const t of tokens) {
    const lower = normaliseWord(t.text);
    for (const w of [lower, ...lower.split(/[-.]/)]) {
      if (!w) continue;
      here.add(w);
      here.add(stem(w));
    }
    if (/^\p{Lu}/u.test(t.text)) terms.capitalised.add(lower);
    if (ISO_RE.test(t.text)) terms.dates.add(t.text);
    if (sentence.charAt(t.end) === '%') here.add('percent');
  }
  for (const w of here) terms.words.add(w);
  for (let i = 0; i < tokens.length; i++) {
    const date = writtenDate(tokens, i);
    if (date) terms.dates.add(date);
    const n = numberAt(tokens, i, sentence);
    if (!n) continue;
    let uses = terms.numbers.get(n.key);
    if (!uses) terms.numbers.set(n.key, (uses = []));
    const unit = n.unit === undefined ? undefined : stem(n.unit);
    uses.push({ sentence: index, ...(unit === undefined ? {} : { unit }) });
    if (unit) here.add(unit);
    if (n.value !== undefined) terms.values.push({ value: n.value, sentence: index });
    i = n.next - 1;
  }
}

function firstUngrounded(sentence: string, sources: SourceTerms): string | undefined {
  const tokens = tokenise(sentence);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ISO_RE.test(t.text)) {
      if (!sources.dates.has(t.text)) return t.text;
      continue;
    }
    const date = writtenDate(tokens, i);
    if (date !== undefined) {
      if (!sources.dates.has(date)) return sentence.slice(t.index, tokens[i + 2]!.end);
      i += 2;
      continue;
    }
    const n = numberAt(tokens, i, sentence);
    if (n) {
      if (!numberGrounded(n, sources)) return sentence.slice(t.index, tokens[n.next - 1]!.end);
      i = n.next - 1;
      continue;
    }
    const lower = normaliseWord(t.text);
    const range = QUANTITIES[lower];
    if (range) {
      if (!quantityGrounded(lower, range, unitAfterOf(tokens, i + 1), sources)) return t.text;
      continue;
    }
    if (/\d/.test(t.text)) {
      if (!sources.words.has(lower)) return t.text;
      continue;
    }
    if (/^\p{Lu}/u.test(t.text)) {
      if (opensSentence(sentence, t.index)) {
        if (OPENERS.has(lower) || COMMON_WORDS.has(lower) || knownWord(lower, sources)) continue;
        return t.text;
      }
      if (!sources.capitalised.has(lower)) return t.text;
      continue;
    }
    if (!COMMON_WORDS.has(lower) && !knownWord(lower, sources)) return t.text;
  }
  return undefined;
}

const knownWord = (lower: string, sources: SourceTerms) => sources.words.has(lower) || sources.words.has(stem(lower));

/**
 * The value is in the sources counting the same thing: a use with the same unit, or a use with no unit of its own in
 * a sentence that has the word ("3 schools" from "schools … three of them"). A use counting something else is no use.
 */
function numberGrounded(n: NumberPhrase, sources: SourceTerms): boolean {
  const uses = sources.numbers.get(n.key);
  if (!uses) return false;
  if (!n.unit) return true;
  const unit = stem(n.unit);
  return uses.some((u) => u.unit === unit || (u.unit === undefined && sources.sentences[u.sentence]!.has(unit)));
}

function quantityGrounded(word: string, [low, high]: readonly [number, number], unit: string | undefined, sources: SourceTerms): boolean {
  if (sources.words.has(word)) return true;
  const stemmed = unit === undefined ? undefined : stem(unit);
  return sources.values.some(
    (v) => v.value >= low && v.value < high && (stemmed === undefined || sources.sentences[v.sentence]!.has(stemmed)),
  );
}

/** "thousands of residents" → "residents". */
function unitAfterOf(tokens: readonly Token[], i: number): string | undefined {
  if (tokens[i]?.lower !== 'of') return unitAt(tokens, i);
  return unitAt(tokens, i + 1);
}

/** Whether the token at `index` opens a sentence: only spaces, then start or . ! ? : ; or a quote before it. */
function opensSentence(sentence: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && sentence.charAt(i) === ' ') i--;
  return i < 0 || '.!?:;"“'.includes(sentence.charAt(i));
}

/** Words with their places; "twenty-five" and "25-year-old" are split at hyphens, so the parts can be read. */
function tokenise(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[0];
    const index = m.index;
    const lower = word.toLowerCase();
    const parts = lower.split('-');
    const numeric = parts.length > 1 && !ISO_RE.test(word) && (/^\d/.test(parts[0]!) || parts.every((p) => p in SMALL || p in TENS || p in ORDINALS));
    if (!numeric) {
      out.push({ text: word, lower, index, end: index + word.length });
      continue;
    }
    let at = index;
    for (const part of parts) {
      if (part) out.push({ text: word.slice(at - index, at - index + part.length), lower: part, index: at, end: at + part.length });
      at += part.length + 1;
    }
  }
  return out;
}

const canonical = (value: number) => String(Number(value.toPrecision(12)));

/** The number that starts at token i: digits, number words, both with scales, ordinals; undefined for none. */
function numberAt(tokens: readonly Token[], i: number, text: string): NumberPhrase | undefined {
  const first = tokens[i]!.lower;
  const glued = GLUED_RE.exec(first.replace(/,/g, ''));
  if (glued) return gluedNumber(glued[1]!, glued[2]!, tokens, i);
  const isDigits = DIGITS_RE.test(first);
  if (!isDigits && !(first in SMALL) && !(first in TENS) && !(first in ORDINALS)) return undefined;
  // "one" alone is a pronoun as often as a number: a number only with a scale ("one million") or a compound.
  if (first === 'one' && !((tokens[i + 1]?.lower ?? '') in SCALES || tokens[i + 1]?.lower === 'hundred')) return undefined;
  let total = 0;
  let current = 0;
  let j = i;
  let last: 'digits' | 'small' | 'tens' | 'hundred' | 'scale' | undefined;
  let ordinal = false;
  while (j < tokens.length) {
    const w = tokens[j]!.lower;
    if (DIGITS_RE.test(w) && last === undefined) {
      current = Number(w.replace(/,/g, ''));
      last = 'digits';
    } else if (w in ORDINALS && (last === undefined || last === 'tens' || last === 'hundred' || last === 'scale')) {
      const n = ORDINALS[w]!;
      if (n >= 100) current = (current || 1) * n;
      else current += n;
      ordinal = true;
      j++;
      break;
    } else if (w in TENS && (last === undefined || last === 'hundred' || last === 'scale')) {
      current += TENS[w]!;
      last = 'tens';
    } else if (w in SMALL && (last === undefined || last === 'tens' || last === 'hundred' || last === 'scale') && !(last === 'tens' && SMALL[w]! >= 10)) {
      current += SMALL[w]!;
      last = 'small';
    } else if (w === 'hundred' && last !== undefined && last !== 'hundred') {
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (w in SCALES && last !== undefined && last !== 'scale') {
      total += (current || 1) * SCALES[w]!;
      current = 0;
      last = 'scale';
    } else if (w === 'and' && (last === 'hundred' || last === 'scale') && isNumberWord(tokens[j + 1]?.lower)) {
      // "two hundred and five"
    } else break;
    j++;
  }
  const value = total + current;
  if (ordinal) return { key: `${canonical(value)}th`, next: j, ...unitOf(tokens, j, text) };
  return { key: canonical(value), value, next: j, ...unitOf(tokens, j, text) };
}

const isNumberWord = (w: string | undefined) => w !== undefined && (w in SMALL || w in TENS || w in ORDINALS);

/** "3bn" (a scale), "10th" (an ordinal), "1990s" (a decade, as written), "5km" (a unit). */
function gluedNumber(digits: string, suffix: string, tokens: readonly Token[], i: number): NumberPhrase {
  const n = Number(digits);
  const scale = GLUED_SCALES[suffix];
  if (scale) return { key: canonical(n * scale), value: n * scale, next: i + 1, ...unitOf(tokens, i + 1, '') };
  if (/^(?:st|nd|rd|th)$/.test(suffix)) return { key: `${canonical(n)}th`, next: i + 1, ...unitOf(tokens, i + 1, '') };
  if (suffix === 's') return { key: `${digits}s`, next: i + 1 };
  return { key: canonical(n), value: n, unit: suffix, next: i + 1 };
}

/** What the number at the tokens before `i` counts: "%", or the next word when it is one a number counts. */
function unitOf(tokens: readonly Token[], i: number, text: string): { unit?: string } {
  const before = tokens[i - 1];
  if (before && text.charAt(before.end) === '%') return { unit: 'percent' };
  const unit = unitAt(tokens, i);
  return unit ? { unit } : {};
}

function unitAt(tokens: readonly Token[], i: number): string | undefined {
  const next = tokens[i];
  if (!next || !/^\p{Ll}[\p{Ll}'’]+$/u.test(next.text) || NOT_UNITS.has(next.lower)) return undefined;
  if (next.lower === 'per' && tokens[i + 1]?.lower === 'cent') return 'percent';
  return normaliseWord(next.text);
}

/** "March 3, 2024", "3 March 2024" at token i → "2024-03-03". */
function writtenDate(tokens: readonly Token[], i: number): string | undefined {
  const [a, b, c] = [tokens[i]?.lower, tokens[i + 1]?.lower, tokens[i + 2]?.lower];
  if (a === undefined || b === undefined || c === undefined) return undefined;
  const month = MONTHS.indexOf(a.replace(/\.$/, ''));
  const [m, d, y] = month >= 0 ? [month, b, c] : [MONTHS.indexOf(b), a, c];
  if (m < 0 || !/^\d{1,2}$/.test(d) || !/^\d{4}$/.test(y)) return undefined;
  return `${y}-${String(m + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;
}

const normaliseWord = (token: string) => token.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/[.']+$/, '');

/** A light stem, so "schools" grounds "school" and "closed" grounds "closes": common suffixes and a final e off. */
function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 3 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}
