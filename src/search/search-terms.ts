// The one way text becomes search terms, shared by the index (what it stores) and the question logic (what it
// asks and what it checks sentences for), so both sides agree on "Nausėda" = "nauseda" and "prisoners" = "prisoner".
// Pure: strings in, strings out.

/** Words that carry no topic: function words, question words and the verbs questions are built with. */
export const STOP_WORDS = new Set(
  `a an the this that these those it its it's he she they them we you i me my our your his her their him us
  in on at by for from with without within into onto over under after before during while of off to up down out
  as about around among between against across through toward towards upon via per than then there here
  and or nor but if so yet also however because though although unless until since whether either neither
  is are was were be been being am do does did done doing have has had having will would shall should can could
  may might must ought
  what who whom whose which where when why how whatever whoever
  not no yes any some all each every both more most much many few less least other another such only own same
  very too just even still ever again already once
  tell told say said says saying know known think thought give gave given get got make made
  please anything something someone somebody happen happened happening`.split(/\s+/),
);

/** Words a question is shaped by but an answer need not repeat ("how long", "what kind"). */
export const WEAK_WORDS = new Set('long kind sort type way lot lots exactly really actually latest news article articles report reports'.split(' '));

const WORD_RE = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Lower case, accents off ("Nausėda" → "nauseda"), possessive off ("Lithuania's" → "lithuania"). */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
}

/** The words of a text as written (with their offsets), dotted abbreviations and hyphenated words kept whole. */
export function wordsOf(text: string): { text: string; index: number }[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({ text: m[0], index: m.index }));
}

/**
 * A light English stem: plural, -ed and -ing off (a doubled final consonant undone: "spotted" → "spot"),
 * so "freed"/"frees"/"free" and "ruled"/"rules" meet. Words of four letters or fewer are left alone.
 */
export function stemWord(folded: string): string {
  let w = folded;
  if (w.length <= 4 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('ing') && w.length > 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith('eed')) w = w.slice(0, -1);
  else if (w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length > 5) w = undouble(w.slice(0, -2));
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w.length > 4 && w.endsWith('e') && !w.endsWith('ee') ? w.slice(0, -1) : w;
}

const undouble = (w: string) => (/([bdfgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w);

/** The index's terms of a text: folded and stemmed words, stop words and single letters dropped. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(text)) {
    const folded = foldWord(w.text).replace(/\./g, '');
    if (folded.length < 2 && !/\d/.test(folded)) continue;
    if (STOP_WORDS.has(folded)) continue;
    out.push(stemWord(folded));
    // "three-week" is also "three" and "week".
    if (folded.includes('-')) for (const part of folded.split('-')) if (part.length > 1 && !STOP_WORDS.has(part)) out.push(stemWord(part));
  }
  return out;
}
