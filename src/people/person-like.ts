// Names the people index refuses (pure): a PERSON mention that is a building, a mountain or a quoted title
// ("White House", "Elysee Palace", "Mount Everest", “Quiet Storm”) is never a person, whatever the tagger said.
import { gazKey, isGivenName, isPlace } from '../nlp/gazetteer-index.js';

/** Last words of buildings and sites: a name ending in one is a place unless it starts with a given name ("John House"). */
const SITE_TAILS = new Set(
  'house palace observatory hall tower towers square street avenue road bridge airport station stadium arena park center centre castle cathedral mosque temple museum gallery theatre theater library prison building plaza gardens hill market mall mountain valley heights springs falls'.split(
    ' ',
  ),
);
/** First words of natural features: "Mount Everest", "Lake Como", "Cape Town". */
const FEATURE_HEADS = new Set('mount mt lake cape fort port river gulf bay isle'.split(' '));

const QUOTES_BEFORE = /["“'‘«„]\s*$/u;
const QUOTES_AFTER = /^[,.!?]?\s*["”'’»]/u;

/** True when the mention `name`, standing at [start, end) of `paragraph`, could be a person. */
export function personLike(name: string, paragraph: string, start: number, end: number): boolean {
  if (!nameLike(name)) return false;
  // A quoted name is a title (of a song, a book, a film) or a nickname, not someone to look up.
  return !(QUOTES_BEFORE.test(paragraph.slice(Math.max(0, start - 2), start)) && QUOTES_AFTER.test(paragraph.slice(end, end + 3)));
}

const nameMemo = new Map<string, boolean>();
/** The name alone could be a person's (memoised: names repeat across mentions and articles). */
function nameLike(name: string): boolean {
  let known = nameMemo.get(name);
  if (known === undefined) {
    if (nameMemo.size > 20_000) nameMemo.clear();
    nameMemo.set(name, (known = nameLikeUncached(name)));
  }
  return known;
}

function nameLikeUncached(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  const first = gazKey(words[0] ?? '');
  const last = gazKey(words[words.length - 1] ?? '');
  if (words.length >= 2 && (SITE_TAILS.has(last) || SITE_TAILS.has(last.replace(/s$/u, ''))) && !isGivenName(first)) return false;
  if (words.length >= 2 && FEATURE_HEADS.has(first)) return false;
  // "Colorado Rockies", "New York Giants": a place and a plural is a team
  return !(words.length >= 2 && /s$/u.test(last) && isPlace(gazKey(words.slice(0, -1).join(' '))));
}

/** Nouns that introduce a group or a work by its name: "rap duo Mobb Deep", "the album Juvenile Hell", "hurricane Ida". */
const GROUP_BEFORE = /\b(?:duo|trio|quartet|quintet|group|band|ensemble|orchestra|choir|label|album|song|single|track|film|movie|documentary|book|novel|memoir|autobiography|musical|tour|festival|series|sitcom|show|magazine|newspaper|brand|team|club|company|firm|ship|vessel|hurricane|storm|typhoon|cyclone)[,:]?\s*["“‘']?$/iu;

/** True when the mention at `start` is introduced as a group or a work: every mention of that name is then refused. */
export function namedAsGroup(paragraph: string, start: number): boolean {
  const before = paragraph.slice(Math.max(0, start - 24), start);
  // "…, The Brainy Bunch offers": a capital "The" inside a sentence starts a title or a band, never a person's name
  return GROUP_BEFORE.test(before) || /[^.!?\s"“]\s+The\s$/u.test(before);
}

/** Words that open a sentence and get glued to a name after them ("Did Trump …", "Let Trump …", "Meet Jane Doe"). */
const GLUED_OPENERS = new Set(
  'did does do let is was will can could should would has have had why how when where what who while after before if but and so then meet ask says said watch read see thanks thank dear'.split(' '),
);

/**
 * A name without the neighbours the tagger glued to it: a sentence-opening word before it ("Did Trump") and a
 * place after it ("Adolf Eichmann Jerusalem", from a sign-off line).
 */
export function unglued(name: string): string {
  if (!name.includes(' ')) return name;
  let known = ungluedMemo.get(name);
  if (known === undefined) {
    if (ungluedMemo.size > 20_000) ungluedMemo.clear();
    ungluedMemo.set(name, (known = ungluedUncached(name)));
  }
  return known;
}

const ungluedMemo = new Map<string, string>();

function ungluedUncached(name: string): string {
  let words = name.trim().split(/\s+/u);
  if (words.length >= 2 && GLUED_OPENERS.has(gazKey(words[0]!))) words = words.slice(1);
  if (words.length >= 3 && isPlace(gazKey(words[words.length - 1]!))) words = words.slice(0, -1);
  return words.join(' ');
}

/** Nouns that make the name before them a place: "the Baba Amr district", "the Qusayr front", "Sadr City neighbourhood". */
const PLACE_AFTER = /^\s+(?:district|districts|neighbourhood|neighborhood|quarter|suburb|province|region|village|township|county|battlefront|frontline|refugee camp|area)\b/iu;

/** True when the mention ending at `end` is used as a place name: every mention of that name is then refused. */
export function namedAsPlace(paragraph: string, end: number): boolean {
  return PLACE_AFTER.test(paragraph.slice(end, end + 24));
}
