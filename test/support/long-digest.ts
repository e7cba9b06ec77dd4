// Articles for a digest that Telegram's 4096-character limit splits into several messages: many
// distinct events, each with three long sentences. Every content word is an invented one, unique
// to its event (the rest are stopwords), so no two articles cluster together and each event keeps
// all three sentences in its summary. The same count always gives the same articles.

// Thirteen syllables: 13³ = 2197 distinct three-syllable words, none of them an English word that
// matters to the clusterer (stopwords) or the summariser's boilerplate filter.
const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'te', 'sa', 'vo', 'ne', 'di', 'pa', 'go', 'zu', 'fe'];
const WORDS = SYLLABLES.length ** 3;
const PER_EVENT = 60;

/** The n-th invented word (a bijection on 0..WORDS-1, scrambled so neighbours look unalike). */
function word(n: number): string {
  let k = (n * 1021) % WORDS; // 1021 is prime and does not divide 2197 = 13³
  let out = '';
  for (let i = 0; i < 3; i++) {
    out += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  }
  return out;
}

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** Sentence frames: mostly stopwords around numbered slots, 50 to 60 words each (the summariser takes 6 to 70). */
const FRAMES = [
  'The {0} of {1} said on Monday that the {2} {3} near the {4} would be {5} to {6} and {7} after the {8} of the {9}, and that every {10} in the {11} {12} would have {13} {14} before the end of the {15} {16}, which was more than any of the {17} had {18} for them.',
  'Officials from the {19} {20} told {21} that they had been {22} by the {23} and the {24} {25}, but they said they would not {26} the {27} until the {28} of {29} had {30} its own {31} {32} and {33} the {34} {35} that were {36} for the {37} {38}.',
  'A {39} for the {40} {41} said the {42} could be {43} by the {44} if the {45} and the {46} were {47} in time, and that about {48} {49} from the {50} {51} had {52} to {53} the {54} {55} with their own {56} {57} once it was {58} {59}.',
];

/** The words of event `e`: PER_EVENT invented words no other event uses. */
function eventWords(e: number): string[] {
  return Array.from({ length: PER_EVENT }, (_, slot) => word(e * PER_EVENT + slot));
}

function fill(frame: string, words: readonly string[]): string {
  return frame.replace(/\{(\d+)\}/g, (_, i: string) => words[Number(i)]!);
}

export interface LongArticle {
  name: string;
  text: string;
  /** The headline, as the digest shows it. */
  title: string;
}

/** `count` articles (at most 36), one event each; together more than 3 × 4096 characters of digest from about 11 on. */
export function longDigestArticles(count: number): LongArticle[] {
  if (count > Math.floor(WORDS / PER_EVENT)) throw new Error(`at most ${Math.floor(WORDS / PER_EVENT)} distinct events`);
  return Array.from({ length: count }, (_, e) => {
    const words = eventWords(e);
    const title = `${capital(words[0]!)} ${capital(words[1]!)} Backs ${capital(words[2]!)} ${capital(words[3]!)} Plan`;
    const minute = String(e % 60).padStart(2, '0');
    const body = FRAMES.map((frame) => fill(frame, words)).join('\n\n');
    const text = `Title: ${title}\nSource: Wire Service\nPublished: 2025-09-12T08:${minute}:00Z\n\n${body}`;
    return { name: `long-${String(e).padStart(3, '0')}.txt`, text, title };
  });
}
