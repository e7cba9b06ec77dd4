// Sentence splitting for news prose: a period ends a sentence unless it belongs to an
// abbreviation, an initial or a number. Offsets let callers map sentences back to paragraphs.

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Words that are followed by a period but (almost) never end a sentence: titles and month names
// usually precede a name or a number.
const NEVER_FINAL = new Set(
  ('mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st mt rev hon pres supt insp det ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig pp e.g i.e cf approx vs v ft ' +
    'messrs mme mlle atty gen brig fr sr jr').split(' '),
);
// May end a sentence ("... of Acme Inc. The firm ..."): only break when a sentence-like word follows.
const MAYBE_FINAL = new Set('inc co corp ltd llc plc bros etc jr sr a.m p.m u.s u.k u.n e.u d.c'.split(' '));
// Capitalised words that typically open a sentence; after an ambiguous abbreviation they signal a break.
const OPENERS = new Set(
  ('the a an he she it they we i you his her its their this that these those there but and or so yet ' +
    'in on at for after before when while as if however meanwhile also still then now on last earlier ' +
    'later police officials authorities').split(' '),
);

const CLOSERS = `"'”’)]»`;

/** Splits prose into sentences; handles abbreviations (U.S., Mr., Sept., Jan., e.g.), initials, decimals, quotes. Returns offsets too. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const emit = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  // Where the punctuation run (and its closers, and the spaces after them) that position i is in ends: every
  // position of one run shares it, so a long run ("!!!!…", "....") is scanned once, not once per character.
  let runEnd = -1;
  let j = 0;
  let k = 0;
  let lineBreak = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && /^\n[ \t]*\n/.test(text.slice(i, i + 4 + 16))) {
      // A blank line always ends a sentence (paragraph break).
      emit(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    if (i >= runEnd) {
      runEnd = i + 1;
      while (runEnd < text.length && '.!?'.includes(text[runEnd]!)) runEnd++;
      j = runEnd;
      while (j < text.length && CLOSERS.includes(text[j]!)) j++;
      k = j;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      lineBreak = text.slice(j, k).includes('\n');
    }
    if (j < text.length && !/\s/.test(text[j]!)) continue; // "3.5", "U.S.-led", "example.com"
    if (k >= text.length) break;
    if (ch === '.' && !isBoundaryAfterPeriod(text, i, k, lineBreak)) continue;
    if (ch !== '.' && /^[a-z]/.test(text[k]!) && !lineBreak) continue; // "Yahoo! said"
    emit(j);
    i = j - 1;
  }
  emit(text.length);
  return out;
}

/** `lineBreak`: whether the spaces between the period (with its run and closers) and `next` hold a line break. */
function isBoundaryAfterPeriod(text: string, dot: number, next: number, lineBreak: boolean): boolean {
  // Only the start of the next word matters (its first letter, an opener word): 64 characters are plenty.
  const nextWord = /^[^\s]+/.exec(text.slice(next, next + 64))?.[0] ?? '';
  const nextChar = nextWord[0] ?? '';
  // A line break between the period and the next word is a strong boundary.
  if (lineBreak) return true;
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 24), dot))?.[1] ?? '';
  const word = before.toLowerCase().replace(/^\.+/, '');
  const lowerNext = /^[a-z]/.test(nextChar);
  if (lowerNext) return false; // sentences start with a capital, digit or quote
  if (NEVER_FINAL.has(word)) return false;
  // Single capital letter: an initial ("John F. Kennedy"), unless the next word clearly opens a sentence.
  if (/^[A-Z]$/.test(before)) return OPENERS.has(cleanWord(nextWord)) && isSentenceOpenerStrict(nextWord);
  if (MAYBE_FINAL.has(word) || /^([a-z]\.)+[a-z]$/i.test(word)) return OPENERS.has(cleanWord(nextWord));
  return true;
}

function cleanWord(word: string): string {
  return word.replace(/^["'“‘(]+/, '').replace(/[^A-Za-z].*$/, '').toLowerCase();
}

function isSentenceOpenerStrict(word: string): boolean {
  return /^["“]?(The|He|She|It|They|We|But|In|This|That|There)\b/.test(word);
}
