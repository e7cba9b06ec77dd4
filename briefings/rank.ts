// Event ranking: more distinct real outlets first (independent confirmation = importance), then more recent:
// the newest source's publication first (a batch fetch ingests many events in one second, so arrival alone
// would leave them in id order), then the latest arrival; the event id only when all of that is equal.
// A source with no real outlet (the "Unknown source" placeholder, a credit line or handle stored as a name)
// confirms nothing: it adds no weight, so an event told only by such articles ranks below every event a real
// outlet reports.
import { isRealOutlet } from '../src/articles/clean-outlet-name.js';
import { isKnownOutlet, outletCountKey, outletName } from '../src/articles/source.js';

export interface Rankable {
  id: string;
  /** Distinct outlets, when `sources` is not given (then every outlet counts as real). */
  outlets: number;
  /** The event's source line entries: when given, only the distinct real outlets among them count, and the newest
   * publishedAt among them orders equal-weight events. */
  sources?: readonly { name: string; publishedAt?: string | undefined }[];
  /** Latest publishedAt/ingestedAt of the event's articles, epoch ms. */
  latest: number;
}

/** Distinct real outlets among the names: one outlet's spellings and web host count once (AP, AP News, apnews.com). */
export function realOutletCount(sources: readonly { name: string }[]): number {
  const keys = new Set<string>();
  for (const { name } of sources) {
    const canonical = outletName(name);
    if (canonical === undefined || !(isKnownOutlet(canonical) || isRealOutlet(canonical))) continue;
    keys.add(outletCountKey(canonical));
  }
  return keys.size;
}

// Sorting compares each event many times: its count is worked out once per source list.
const counted = new WeakMap<readonly { name: string }[], number>();
function outletsOf(event: Rankable): number {
  if (!event.sources) return event.outlets;
  let n = counted.get(event.sources);
  if (n === undefined) counted.set(event.sources, (n = realOutletCount(event.sources)));
  return n;
}

/** Importance in [outlets, outlets + 1): the fraction adds recency within the window. */
export function importanceOf(event: Rankable, window: { since: Date; until: Date }): number {
  const span = Math.max(1, window.until.getTime() - window.since.getTime());
  const recency = Math.min(0.999, Math.max(0, (event.latest - window.since.getTime()) / span));
  return outletsOf(event) + Math.round(recency * 1000) / 1000;
}

const published = new WeakMap<readonly { publishedAt?: string | undefined }[], number>();
/** The newest publication date among the event's sources (epoch ms); without dated sources, its latest arrival. */
function newestPublished(event: Rankable): number {
  if (!event.sources) return event.latest;
  let t = published.get(event.sources);
  if (t === undefined) {
    const dates = event.sources.map((s) => (s.publishedAt === undefined ? Number.NaN : Date.parse(s.publishedAt))).filter((d) => !Number.isNaN(d));
    published.set(event.sources, (t = dates.length ? Math.max(...dates) : event.latest));
  }
  return t;
}

export function compareEvents(a: Rankable, b: Rankable): number {
  return (
    outletsOf(b) - outletsOf(a) ||
    newestPublished(b) - newestPublished(a) ||
    b.latest - a.latest ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
