// Where a person's row lives (pure). A surname bucket grows with the cast (an open cast brings about one new
// person per article), so it is split by given name: the shard of a row is a letter of the given name it was
// created with, and a mention reads only the shards a compatible given name could have been filed under.
//   <key>#<letter>  rows created with a given name of that home letter (homeLetter)
//   <key>#_         rows known only by the bare surname
//   <key>           the whole bucket, as stores before shards wrote it: still read (summary.legacy), never grown
// What a mention reads (shardsToRead) mirrors what findPerson can match (given-name-match.ts):
// - a full given name: the letters of every name it is compatible with (its spelling key's first letter, its Latin
//   initial, and those of every variant in the table: William reads w and b, for a row made as "Bill Clinton");
// - an initial ("J. Smith"), compatible with every given name of that initial: every shard the surname has;
// - a bare surname: the surname-only shard and the shards of the surname's leaders (surname-summary.ts), the only
//   named rows a bare mention can join (findPerson: the one named person, or the dominant one).
// - a name of three words or more: also the letters of the word before the surname (a word may be glued in front).
// A new person is made in the shard of their shortest full form ("Ueli Steck", not "Mountaineer Ueli Steck"), and
// a row keeps the shard it was made in, so a row is missed only when it joined a given name none of these reach:
// the mention then starts a person of its own. The same goes for a row whose given names chain through two
// full names of the table ("Lexi", then "Alex", both Alexandra; then "Alexander", which reads a, o, s, x, not l),
// and for a middle name's shard ("Anna Maria Schmidt" made with "Maria Schmidt" is in m; "Anna Schmidt" reads a).
import { fullNamesOf, givenKey, givenNamesVariantsOf, initialOf } from '../nlp/given-name-match.js';
import { cyrillicGivenForms } from '../nlp/name-cases.js';
import { normalizeName } from '../nlp/names.js';

export const BARE_SHARD = '_';
/** The shard of a given name with no letter to file it by (digits only). */
const NO_LETTER = '0';

export const shardKey = (surnameKey: string, letter: string) => `${surnameKey}#${letter}`;
/** The surname key of a shard's key; a key without a shard (a whole bucket from before shards) is one already. */
export const surnameOfShard = (key: string) => (key.includes('#') ? key.slice(0, key.lastIndexOf('#')) : key);

/** The normalised first word of a name of two or more written words; none for one word ("Lukashenko", "Ben-Zvi"). */
export function givenNameOf(name: string): string | undefined {
  const written = name.trim().split(/\s+/u);
  return written.length >= 2 ? normalizeName(written[0]!).split(' ')[0] || undefined : undefined;
}

const isInitial = (given: string) => [...given].length === 1;

/** The first letter of the spelling key (Khaled → h, Wladimir → v), or of the Latin initial for an initial. */
function keyLetter(given: string): string {
  return (isInitial(given) ? initialOf(given) : givenKey(given).charAt(0)) || NO_LETTER;
}

/** The shard a new row with this name is made in. */
export function homeLetter(name: string): string {
  const given = givenNameOf(name);
  return given === undefined ? BARE_SHARD : keyLetter(given);
}

/**
 * The shard a new person is made in: that of their shortest full form, so a word glued in front of the name in
 * one form ("Mountaineer Ueli Steck" next to "Ueli Steck") does not decide it.
 */
export function homeLetterOf(person: { name: string; forms: readonly string[] }): string {
  let best = person.name;
  for (const form of person.forms) if (givenNameOf(form) !== undefined && wordCount(form) < wordCount(best)) best = form;
  return homeLetter(best);
}

const wordCount = (name: string) => name.trim().split(/\s+/u).length;

/**
 * Raw initials whose names' spelling keys begin with another letter (kh → h, Х is kh; w → v; ph → f; ks → x;
 * j, y → i in Slavic-looking names): a row made from such an initial ("Х. Кадыров", in k) is reachable from
 * "Hamzat Kadyrov" (key letter h) only through this.
 */
const FOLDED_FROM: Readonly<Record<string, string>> = { h: 'k', v: 'w', f: 'p', x: 'k', i: 'jy' };

const reachMemo = new Map<string, readonly string[]>();
/** Every home letter of a given name compatible with `given` (not an initial). */
function reachOf(given: string): readonly string[] {
  const hit = reachMemo.get(given);
  if (hit) return hit;
  const letters = new Set<string>();
  const add = (name: string) => {
    letters.add(keyLetter(name));
    const initial = initialOf(name);
    if (initial) letters.add(initial);
  };
  for (const form of cyrillicGivenForms(given)) {
    add(form);
    for (const full of fullNamesOf(form)) {
      add(full);
      for (const variant of givenNamesVariantsOf(full)) add(variant);
    }
  }
  for (const letter of [...letters]) for (const raw of FOLDED_FROM[letter] ?? '') letters.add(raw);
  const out = [...letters];
  if (reachMemo.size > 20_000) reachMemo.clear();
  if (given.length <= 60) reachMemo.set(given, out);
  return out;
}

/** What a batch must read of a surname for one name: letters, or every shard the surname has ('all'). */
export type ShardNeed = { bare: boolean; all: boolean; letters: Set<string> };

export const emptyNeed = (): ShardNeed => ({ bare: false, all: false, letters: new Set() });

/** Adds what a mention by `name` needs: its home shard (where it would be made) and every shard it could match in. */
export function addNeed(need: ShardNeed, name: string): void {
  const given = givenNameOf(name);
  if (given === undefined) {
    need.bare = true;
    need.letters.add(BARE_SHARD);
    return;
  }
  need.letters.add(keyLetter(given));
  if (isInitial(given)) need.all = true;
  else for (const letter of reachOf(given)) need.letters.add(letter);
  // Three words or more: the word before the surname may be the given name, after a glued word (a person made
  // as "Ueli Steck" is in the u shard when "Mountaineer Ueli Steck" comes).
  const written = name.trim().split(/\s+/u);
  const inner = written.length >= 3 ? normalizeName(written[written.length - 2]!).split(' ')[0] : undefined;
  if (inner && !isInitial(inner)) for (const letter of reachOf(inner)) need.letters.add(letter);
}

/** The shard letters to read: the need's, every present one for 'all', and the leaders' for a bare mention. */
export function lettersToRead(need: ShardNeed, present: readonly string[], leaderLetters: readonly string[]): string[] {
  const out = new Set(need.letters);
  if (need.all) for (const letter of present) out.add(letter);
  if (need.bare) for (const letter of leaderLetters) out.add(letter);
  return [...out];
}
