// Lines of an article that are not statements about anyone (pure): photo captions and credits, tweets and
// embeds, by-lines, "Related:" / "Read more" link lines, share prompts. Such a line never becomes a /who fact.

/**
 * Each rule: lower-case cues, one of which the line must contain, and the pattern then checked. The cues keep
 * the patterns off ordinary prose, where they cannot match: /who reads every sentence that names someone.
 */
const NOT_PROSE: readonly { cues: readonly string[]; re: RegExp }[] = [
  // tweets, embeds, handles
  { cues: ['.com/', '@'], re: /pic\.twitter\.com|(?:twitter|x|instagram|facebook|tiktok|youtube)\.com\/|(?:^|\s)@\w{2,}/i },
  {
    cues: [], // anchored at the line's start: cheap to try on any line
    re: /^\W*(?:related|read more|read|more|see also|watch|click here|follow|sign up|subscribe|share|advertisement|photo|photos|image|images|video|listen|credit|source)\b\s*[:|–—-]/i,
  },
  {
    cues: ['getty', 'ap photo', 'afp photo', 'reuters/', 'shutterstock', 'photograph:', 'photo:', 'image:', 'credit:', 'courtesy of', 'file photo'],
    re: /getty images|ap photo|afp photo|reuters\/|shutterstock|photograph:|photo:|image:|credit:|courtesy of|file photo/i,
  },
  { cues: ['(photo', '(image', '(picture', '(video'], re: /\((?:photo|image|picture|pictured|video)\b/i },
  // captions naming who is where
  { cues: ['(left)', '(right)', '(center)', '(centre)', '(top)', '(bottom)', '(l)', '(r)', ', left', ', right', ', center', ', centre'], re: /\((?:left|right|center|centre|top|bottom|l|r)\)|,\s*(?:left|right|center|centre),/i },
  // a by-line
  { cues: [], re: /^\W*by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:[,|–—-]|$)/u },
  { cues: ['click', 'tap ', 'sign up', 'newsletter'], re: /\b(?:click|tap) (?:here|to)\b|\bsign up for\b|\bnewsletter\b/i },
  // news-photo captions: "… poses for photographers …, Friday, May 16, 2014."
  {
    cues: ['pose', 'day, '],
    re: /\bposes? for (?:photographers|photos|pictures|a photo)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b/,
  },
];

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
/** Each rule's cues as one literal alternation, tried on the lower-cased line. */
const CUED = NOT_PROSE.map(({ cues, re }) => ({ cue: cues.length ? new RegExp(cues.map(escape).join('|')) : undefined, re }));

function notProse(line: string): boolean {
  const lower = line.toLowerCase();
  return CUED.some(({ cue, re }) => (!cue || cue.test(lower)) && re.test(line));
}

/** A paragraph this short that holds a credit, a handle or a link prompt is a caption or an embed as a whole. */
const SHORT_PARAGRAPH = 400;

/** True when a short paragraph is a caption, an embed or a link line: none of its sentences is a fact. */
export function isNonProseParagraph(paragraph: string): boolean {
  return paragraph.length <= SHORT_PARAGRAPH && notProse(paragraph);
}

/** Fewer words than this is a heading, a caption or a fragment, not a statement. */
const MIN_WORDS = 6;

/** True when `sentence` is a statement of the article's prose: ends as a sentence does and is no caption, tweet or link line. */
export function isProseSentence(sentence: string): boolean {
  const s = sentence.trim();
  // A statement ends with its punctuation (possibly inside a closing quote or bracket); captions and link lines
  // rarely do, and a question states nothing. The cheap checks come first: /who reads every sentence naming someone.
  if (!endsAsStatement(s)) return false;
  let spaces = 0;
  for (let i = 0; i < s.length && spaces < MIN_WORDS - 1; i++) if (s.charCodeAt(i) === 32) spaces++;
  if (spaces < MIN_WORDS - 1) return false;
  // A sentence with one quote mark more than it closes is a piece of a quotation.
  if (!balancedQuotes(s)) return false;
  // A statement has a lower-case word besides its names: "Jane Doe, 21, Pine Bush, NY." is a list line.
  if (!/\b\p{Ll}{3,}\b/u.test(s)) return false;
  // "Jane Doe, 21, of Pine Bush; sale of alcohol to minors.": a charge sheet or a list, not a sentence
  const semicolon = s.indexOf(';');
  if (semicolon >= 0 && !/\b(?:is|was|are|were|has|have|had|will|would|said|says|[a-z]{2,}ed)\b/u.test(s.slice(0, semicolon))) return false;
  return !notProse(s);
}

/** Ends with "." or "!", possibly inside closing quotes or brackets (read from the end: no regex scan of the line). */
function endsAsStatement(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && `"'”’)]`.includes(s.charAt(i))) i--;
  const c = s.charAt(i);
  return c === '.' || c === '!';
}

function balancedQuotes(s: string): boolean {
  let straight = 0;
  let depth = 0;
  let single = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    // Typewriter doubles stand for curly quotes: ‘‘ or `` opens, ’’ or '' closes.
    const pair = (c === '‘' || c === '`' || c === '’' || c === "'") && s.charAt(i + 1) === c;
    if (c === '"') straight++;
    else if (c === '“' || c === '«' || c === '„' || (pair && (c === '‘' || c === '`'))) depth++;
    else if (c === '”' || c === '»' || (pair && (c === '’' || c === "'"))) depth--;
    else if (c === "'" || c === '‘' || c === '’') single = true;
    if (pair) i++;
  }
  if (straight % 2 !== 0 || depth !== 0) return false;
  if (!single) return true;
  // Single quotes: an opening one (after a space, before a letter) needs its closing one (after a letter or a stop).
  const singleOpen = /(?:^|[\s(])['‘]\p{L}/u.test(s);
  const singleClose = /[\p{L}.,!?]['’](?:[\s),.;:]|$)/u.test(s.replace(/\p{L}['’]s\b/gu, ''));
  return singleOpen === singleClose || (!singleOpen && !/[.!?]['’]$/u.test(s));
}
