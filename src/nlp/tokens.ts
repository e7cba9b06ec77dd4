// Tokeniser for entity extraction: words with UTF-16 offsets, possessives and "-based"
// suffixes split off, and flags for capitalisation and sentence starts.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First letter is upper case (or an Arabic-style "al-Assad" particle precedes one). */
  cap: boolean;
  /** Every letter is upper case and there are at least two ("NATO", "U.S."). */
  upper: boolean;
  /** A word (letters/digits) rather than punctuation. */
  word: boolean;
  /** First word of a sentence or line. */
  sentStart: boolean;
  /** Line number (count of line breaks before the token). */
  line: number;
  /** `text` in lower case (computed once: every gazetteer check needs it). */
  lower: string;
}

// Dotted abbreviations (U.S., U.K.) stay one token; the sticky flag lets the scanner try it in place.
const ABBR_RE = /(?:\p{L}\.){2,}/uy;
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]/u;
const LETTER_CHAR_RE = /^\p{L}/u;
const SPACE_RE = /^\s/u;

const PARTICLE_RE = /^(?:al|el|ad|ash|as|ar|an|at|az|bin|ibn|abu|bou|ben)-\p{Lu}/u;
const LOWER_TAIL_RE = /^(\p{Lu}[\p{L}\p{M}.]*)(-\p{Ll}[\p{Ll}\p{M}-]*)$/u;

/** Capitalised function words that start sentences but never start a name. */
export const FUNCTION_WORDS = new Set(
  `the a an this that these those it its he she they we you i his her their our my your
  in on at by for from with without within into onto over under after before during while
  when where why how what who whom whose which but and or nor if as so yet also however
  meanwhile although though because since until unless despite there here then now thus
  some many most all both each every other another such only even just still last next
  according among between against about around amid across through toward towards upon
  one two three four five six seven eight nine ten several few more less much no not
  mr mrs ms dr neither either whether unlike once perhaps`.split(/\s+/),
);

const LETTER_RE = /\p{L}/u;

function isUpperLetter(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function push(out: Token[], text: string, start: number, line: number, isWord?: boolean): void {
  const first = text.charAt(0);
  const c0 = text.charCodeAt(0);
  const word = isWord ?? (LETTER_RE.test(first) || /[\p{N}]/u.test(text));
  const upperFirst = c0 < 128 ? c0 >= 65 && c0 <= 90 : isUpperLetter(first);
  const cap = word && (upperFirst || (c0 >= 97 && c0 <= 122 && text.includes('-') && PARTICLE_RE.test(text)));
  const lower = text.toLowerCase();
  let upper = false;
  if (cap && text.length >= 2) {
    // all letters upper case: no character changes when upper-cased, at least two change when lowered
    let letters = 0;
    upper = true;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c >= 97 && c <= 122) {
        upper = false;
        break;
      }
      if (c !== lower.charCodeAt(k)) letters++;
      else if (c > 127 && text.charAt(k) !== text.charAt(k).toUpperCase()) {
        upper = false;
        break;
      }
    }
    upper &&= letters >= 2;
  }
  out.push({ text, start, end: start + text.length, cap, upper, word, sentStart: false, line, lower });
}

/** UTF-16 width of the code point at i (2 for astral characters such as emoji). */
const width = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
};

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR_RE.test(text.slice(i, i + width(text, i)));
}

function isLetterChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_CHAR_RE.test(text.slice(i, i + width(text, i)));
}

const isSpace = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13 || (c > 127 && SPACE_RE.test(text.charAt(i)));
};

// connectors inside a word: hyphen, apostrophes, ampersand (Jean-Luc, O'Brien, AT&T)
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 38;

function pushWord(out: Token[], s: string, at: number, line: number): void {
  const tail = s.includes('-') ? LOWER_TAIL_RE.exec(s) : null;
  if (s.length > 2 && (s.endsWith("'s") || s.endsWith('’s')) && isLetterChar(s, s.length - 3)) {
    push(out, s.slice(0, -2), at, line);
    push(out, s.slice(-2), at + s.length - 2, line);
  } else if (tail?.[1] && tail[2] && !PARTICLE_RE.test(s)) {
    // "Minsk-based", "NATO-member": the name is the part before the hyphen
    push(out, tail[1], at, line);
    push(out, tail[2], at + tail[1].length, line);
  } else push(out, s, at, line, true);
}

/** Splits text into tokens. Offsets are UTF-16 code units into `text`, end exclusive. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let line = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(text, i)) {
      if (c === 10) line++;
      i++;
    } else if (isWordChar(text, i)) {
      if (text.charCodeAt(i + 1) === 46 && isLetterChar(text, i)) {
        ABBR_RE.lastIndex = i;
        const m = ABBR_RE.exec(text);
        const initial = !m && isUpperLetter(text.charAt(i)) && (i + 2 >= n || isSpace(text, i + 2));
        if (m || initial) {
          const len = m ? m[0].length : 2;
          push(out, text.slice(i, i + len), i, line);
          i += len;
          continue;
        }
      }
      let j = i + width(text, i);
      for (;;) {
        for (; j < n; ) {
          const d = text.charCodeAt(j);
          if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57)) j++;
          else if (d > 127 && isWordChar(text, j)) j += width(text, j);
          else break;
        }
        if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isWordChar(text, j + 1)) j++;
        else break;
      }
      pushWord(out, text.slice(i, j), i, line);
      i = j;
    } else if ((c === 39 || c === 0x2019) && text.charCodeAt(i + 1) === 115 && !isWordChar(text, i + 2)) {
      push(out, text.slice(i, i + 2), i, line); // CoNLL's detached possessive: "Novak 's"
      i += 2;
    } else {
      const w = width(text, i);
      push(out, text.slice(i, i + w), i, line, false);
      i += w;
    }
  }
  markSentenceStarts(out);
  return out;
}

const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';']);

function markSentenceStarts(toks: Token[]): void {
  let expect = true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    if (prev && prev.line !== t.line) expect = true;
    if (t.word) {
      t.sentStart = expect;
      expect = false;
    } else if (SENTENCE_END.has(t.text)) expect = true;
    // "NORWAY - Kroner slipped early": a heading in capitals and a dash open a sentence
    else if ((t.text === '-' || t.text === '--' || t.text === '–' || t.text === '—') && prev?.upper) expect = true;
  }
}

/** True for possessive tokens "'s" / "’s". */
export const isPossessive = (t: Token | undefined): boolean =>
  t !== undefined && (t.text === "'s" || t.text === '’s');
