// The polling benchmark's feeds: RSS 2.0 with content:encoded, deterministic per (feed, generation). Item text is
// drawn word by word from a shuffled vocabulary of invented words plus people from the name pool, so no two items
// share more than chance 4-word shingles (the ingest's wire-copy merge must not fold them together) and each body
// is over 600 characters (a shorter one would have its web page fetched, which is not what this measures).
import { createNamePool, fullName, type NamePool } from './name-pool.js';
import { createRng, intBetween, pick, type Rng } from './prng.js';

const SYLLABLES = 'ka lo mi ren sa tu vel dor an is ob ur en tal mer gos pri ne fa lu ber sin ko dra vo ti mar hel cas nor'.split(' ');
const GLUE = 'the a of in on for with at by from and but said would could after before over under about its their'.split(' ');
const HOURS_MS = 3_600_000;
// mulberry32's state advances by one constant per draw, so two seeds that differ by k steps give the same stream
// shifted by k (near-duplicate items). Each item gets its own stretch of the one sequence instead: item i starts
// i·DRAWS_PER_ITEM steps in, and uses far fewer draws than that (about 500).
const MULBERRY_STEP = 0x6d2b79f5;
const DRAWS_PER_ITEM = 4096;
const ITEMS_PER_FEED_MAX = 1024;
const FIRST_ITEM_AT = Date.UTC(2026, 10, 1);

export interface FeedWorld {
  words: string[];
  pool: NamePool;
}

/** A vocabulary of `size` invented words (2–3 syllables), the same on every run. */
export function createFeedWorld(seed = 20261201, size = 4000): FeedWorld {
  const rng = createRng(seed);
  const words = new Set<string>();
  while (words.size < size) words.add(Array.from({ length: intBetween(rng, 2, 3) }, () => pick(rng, SYLLABLES)).join(''));
  return { words: [...words], pool: createNamePool(createRng(seed + 1), 2000) };
}

function sentence(rng: Rng, world: FeedWorld): string {
  const length = intBetween(rng, 9, 16);
  const words = Array.from({ length }, () => (rng() < 0.3 ? pick(rng, GLUE) : pick(rng, world.words)));
  if (rng() < 0.5) words.splice(intBetween(rng, 1, length - 1), 0, fullName(world.pool.draw(rng)), pick(rng, ['said', 'told reporters', 'added']));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Item `n` of feed `feed`: title and paragraphs; the same (feed, n) always gives the same item. */
export function feedItem(world: FeedWorld, feed: number, n: number): { title: string; paragraphs: string[]; at: Date } {
  const rng = createRng(Math.imul((feed * ITEMS_PER_FEED_MAX + (n % ITEMS_PER_FEED_MAX)) * DRAWS_PER_ITEM, MULBERRY_STEP));
  const title = Array.from({ length: intBetween(rng, 5, 9) }, () => pick(rng, world.words)).join(' ');
  const paragraphs: string[] = [];
  while (paragraphs.join('').length < 700) paragraphs.push(Array.from({ length: intBetween(rng, 2, 3) }, () => sentence(rng, world)).join(' '));
  return { title: `${title.charAt(0).toUpperCase()}${title.slice(1)}`, paragraphs, at: new Date(FIRST_ITEM_AT + (feed % 60) * 60_000 + n * HOURS_MS) };
}

/** Feed `feed` at generation `gen`: items gen·items … gen·items + items − 1, newest first, links on `origin`. */
export function feedXml(world: FeedWorld, feed: number, gen: number, items: number, origin: string): string {
  const entries: string[] = [];
  for (let n = (gen + 1) * items - 1; n >= gen * items; n--) {
    const item = feedItem(world, feed, n);
    const body = item.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('');
    entries.push(
      `<item><title>${escapeXml(item.title)}</title><link>${origin}/news/${feed}/${n}</link><guid isPermaLink="false">bench-${feed}-${n}</guid>` +
        `<pubDate>${item.at.toUTCString()}</pubDate><content:encoded><![CDATA[${body}]]></content:encoded></item>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>` +
    `<title>Bench Outlet ${feed}</title><link>${origin}/</link><description>generated</description>${entries.join('')}</channel></rss>`
  );
}
