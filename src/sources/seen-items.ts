// Which feed items a source has already yielded. Each item has up to two keys, its GUID/id and its
// canonical link; an item is new only when NONE of its keys was seen. So a feed that re-publishes an
// item under a new GUID (same link), edits a link (same GUID) or reorders never yields it twice.
// Keys are short digests (16 base64url chars), so 2000 of them cost ~40 KB per source, not 2000 URLs.
//
// The bound (rule): a source remembers at most SEEN_LIMIT keys, oldest-marked dropped first. The caller
// marks the keys of EVERY item in each fetched feed, not only the new ones: marking moves a key to the
// newest end, so an item still in the feed is never forgotten, and the keys of the latest call are always
// kept even past the limit (a 3000-item feed keeps its 6000 keys). Forgotten keys are only those of items
// that left the feed at least SEEN_LIMIT keys ago.
import { createHash } from 'node:crypto';

export const SEEN_LIMIT = 2000;

const digest = (kind: string, value: string): string =>
  createHash('sha256').update(`${kind} ${value}`).digest('base64url').slice(0, 16);

/**
 * An item's keys: its GUID (trimmed, exact case) and its link (already canonical: tracking parameters
 * and amp variants removed by the caller's URL rule). Neither: no keys, and the caller must skip the item.
 */
export function itemKeys(item: { guid?: string | undefined; link?: string | undefined }): string[] {
  const keys: string[] = [];
  const guid = item.guid?.trim();
  const link = item.link?.trim();
  if (guid) keys.push(digest('id', guid));
  if (link) keys.push(digest('url', link));
  return keys;
}

/**
 * The items none of whose keys was seen (nor shared with an earlier item of this batch), in feed order.
 * @example
 *   const unseen = new Set(await store.unseen(source.id, items.flatMap(itemKeys)));
 *   const fresh = freshItems(items, itemKeys, (key) => !unseen.has(key));
 */
export function freshItems<T>(items: readonly T[], keysOf: (item: T) => readonly string[], isSeen: (key: string) => boolean): T[] {
  const taken = new Set<string>();
  const fresh: T[] = [];
  for (const item of items) {
    const keys = keysOf(item);
    if (keys.length === 0 || keys.some((k) => isSeen(k) || taken.has(k))) continue;
    for (const k of keys) taken.add(k);
    fresh.push(item);
  }
  return fresh;
}

/**
 * The remembered keys after marking `added` (oldest first), or undefined when nothing needs writing:
 * every key is already remembered (the steady state of a feed polled with nothing new). Their order can
 * stay stale then: nothing is evicted without a new key, and the call that adds one marks the whole feed.
 */
export function mergeSeen(existing: readonly string[], added: readonly string[], limit = SEEN_LIMIT): string[] | undefined {
  const marking = [...new Set(added)];
  if (marking.length === 0) return undefined;
  const known = new Set(existing);
  if (marking.every((k) => known.has(k))) return undefined;
  const moved = new Set(marking);
  const kept = existing.filter((k) => !moved.has(k));
  const room = Math.max(0, limit - marking.length);
  return [...kept.slice(Math.max(0, kept.length - room)), ...marking];
}
