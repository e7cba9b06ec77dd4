// The running event index: which reports tell the same event, kept as reports arrive, so a digest looks up
// its articles' events instead of clustering its whole window again. Pure and in memory; the briefing service
// keeps one across digests and rebuilds it from a window when it has none.
//
// Each new report is compared with the reports sharing its most distinctive words or entities (an inverted
// index, never all pairs; event-similarity.ts says how two reports compare) and starts as an event of its own;
// then events merge by average linkage (summed similarity between their members over the product of their
// sizes), the most alike pair first, while that average clears the threshold. So a report joins the event it is
// most like on average, and one that links two events can merge them. A near-duplicate (the same wire text)
// always joins its copy's event. A report still alone after that joins the event it is most like on average at
// a lower bar (LONER_SHARE of the threshold), unless told in another year: a differently-angled report of an
// event shares less of its wording with every member, yet alone it splits the event just as surely. Adding a
// report twice changes nothing; the oldest are forgotten past a cap.
import { createNearDuplicateIndex, type NearDuplicateIndex } from '../src/articles/near-duplicate.js';
import { MaxHeap } from './event-heap.js';
import { eventFeatures, type EventDocument, type EventFeatures } from './event-features.js';
import { reportSimilarity, stored, yearsApart, TermStats, weigh, type StoredReport, type WeightedReport } from './event-similarity.js';

export interface EventIndexOptions {
  /** Average similarity to an event's members needed to join it (default EVENT_THRESHOLD). */
  threshold?: number;
  /** Reports further apart in time than this are never compared (default 72 h). */
  maxGapMs?: number;
  /** The oldest reports are forgotten past this many (default 30,000). */
  maxReports?: number;
  /**
   * false: no near-duplicate check (stored records: ingest already merged wire copies into one record, so the
   * check would only cost a MinHash per record). Default true (raw text, as the CLI gets).
   */
  nearDuplicates?: boolean;
  /** 'kept': the text is already clean of notice lines (stored records); default: notice lines are dropped here. */
  notices?: 'dropped' | 'kept';
}

export const EVENT_THRESHOLD = 0.14;
/**
 * The lower bar for a lone report, as a share of the threshold (0.098 at the default). Chosen on ECB+ and
 * Multi-News together: F1 on both moves under 0.5 from 0.5 to 0.8; below 0.7 precision starts to fall.
 */
export const LONER_SHARE = 0.7;
export const DEFAULT_MAX_GAP_MS = 72 * 3_600_000;
/** A digest's reading (MAX_SCANNED, 20,000 ids) and half again; ~2 KB of heap a report, so ~60 MB at the cap. */
const DEFAULT_MAX_REPORTS = 30_000;
/** Index keys per report: its most distinctive words, and entities. */
const KEY_WORDS = 12;
const KEY_ENTITIES = 8;
/** Only the newest reports of a posting list are looked at: a common key would otherwise reach most of them. */
const MAX_POSTINGS = 32;
/** Reports compared per new report: those sharing the most keys with it. */
const MAX_CANDIDATES = 40;

interface Report {
  weighted: StoredReport;
  event: number;
  /** Summed similarity to the event's other members seen so far: the most central member heads the event. */
  centrality: number;
  seq: number;
  /** Its posting keys, to take it out of them when it is forgotten. */
  keys: readonly string[];
}

interface Event {
  members: Set<string>;
  /** Summed similarity between this event's members and another event's, as observed. */
  links: Map<number, number>;
}

export class EventIndex {
  private readonly threshold: number;
  private readonly lonerThreshold: number;
  private readonly maxGapMs: number;
  private readonly maxReports: number;
  private readonly stats = new TermStats();
  private readonly reports = new Map<string, Report>();
  private readonly events = new Map<number, Event>();
  /** Index key → the sequence numbers of the reports under it, oldest first. */
  private readonly postings = new Map<string, number[]>();
  private readonly idOfSeq = new Map<number, string>();
  private nextSeq = 0;
  private readonly nearDuplicates: NearDuplicateIndex | undefined;
  private readonly notices: 'dropped' | 'kept';
  private nextEvent = 0;

  constructor(options: EventIndexOptions = {}) {
    this.threshold = options.threshold ?? EVENT_THRESHOLD;
    this.lonerThreshold = this.threshold * LONER_SHARE;
    this.maxGapMs = options.maxGapMs ?? DEFAULT_MAX_GAP_MS;
    this.maxReports = options.maxReports ?? DEFAULT_MAX_REPORTS;
    this.nearDuplicates = options.nearDuplicates === false ? undefined : createNearDuplicateIndex();
    this.notices = options.notices ?? 'dropped';
  }

  get size(): number {
    return this.reports.size;
  }

  has(id: string): boolean {
    return this.reports.has(id);
  }

  /**
   * Adds the reports not yet indexed, in the order given (oldest first). Their term statistics are counted
   * before any is weighed, so a batch (a rebuild, the CLI's file) is weighed as a whole; then the batch is
   * agglomerated with the events already held: the most alike pair of events (new reports start alone) merges
   * first, while their average similarity clears the threshold.
   */
  addAll(docs: readonly EventDocument[]): void {
    const fresh: { id: string; features: EventFeatures }[] = [];
    const seen = new Set<string>();
    for (const doc of docs) {
      if (this.reports.has(doc.id) || seen.has(doc.id)) continue;
      seen.add(doc.id);
      fresh.push({ id: doc.id, features: eventFeatures(doc, { notices: this.notices }) });
    }
    if (fresh.length === 0) return;
    for (const { features } of fresh) this.stats.add(features);
    const pairs: [string, string, number][] = [];
    const touched = new Set<number>();
    for (const { id, features } of fresh) touched.add(this.insert(id, features, pairs));
    this.agglomerate(touched);
    this.adoptLoners(touched);
    // Centrality: each report's summed similarity to the members of its event.
    for (const [a, b, s] of pairs) {
      const ra = this.reports.get(a);
      const rb = this.reports.get(b);
      if (!ra || !rb || ra.event !== rb.event) continue;
      ra.centrality += s;
      rb.centrality += s;
    }
    this.forgetOldest();
  }

  add(doc: EventDocument): void {
    this.addAll([doc]);
  }

  /** The event a report is in (a number, stable while the report is indexed, until its event merges into another). */
  eventOf(id: string): number | undefined {
    return this.reports.get(id)?.event;
  }

  /** How central a report is in its event (higher: more like the others). */
  centralityOf(id: string): number {
    return this.reports.get(id)?.centrality ?? 0;
  }

  /** Indexes one report as an event of its own, linked to the events of the reports it resembles. */
  private insert(id: string, features: EventFeatures, pairs: [string, string, number][]): number {
    const weighted = weigh(features, this.stats);
    const keys = weighted.substantive ? indexKeys(weighted) : [];
    const event = this.nextEvent++;
    this.events.set(event, { members: new Set([id]), links: new Map() });
    let copyOf: number | undefined;
    if (weighted.substantive && this.nearDuplicates) {
      // The same wire text is one event whatever the words' weights say.
      const copy = this.nearDuplicates.find(features.text).find((m) => this.reports.has(m.id));
      if (copy) copyOf = this.reports.get(copy.id)!.event;
      this.nearDuplicates.add(id, features.text);
    }
    for (const other of this.candidates(keys)) {
      const report = this.reports.get(other)!;
      const s = reportSimilarity(weighted, report.weighted, this.maxGapMs);
      if (!Number.isFinite(s)) continue;
      pairs.push([id, other, s]);
      this.link(event, report.event, s);
    }
    const seq = this.nextSeq++;
    this.reports.set(id, { weighted: stored(weighted), event, centrality: 0, seq, keys });
    this.idOfSeq.set(seq, id);
    for (const key of keys) {
      const list = this.postings.get(key) ?? [];
      list.push(seq);
      if (list.length > MAX_POSTINGS * 2) list.splice(0, list.length - MAX_POSTINGS);
      this.postings.set(key, list);
    }
    if (copyOf === undefined) return event;
    this.merge(copyOf, event);
    return copyOf;
  }

  /**
   * Average-linkage agglomeration from the touched events: the most alike linked pair merges first. The heap
   * holds each event's best link when it was pushed; an entry whose pair changed since is re-pushed, so the
   * top valid entry is always the best pair overall.
   */
  private agglomerate(touched: ReadonlySet<number>): void {
    const heap = new MaxHeap<[number, number, number]>((x) => x[0]);
    const push = (a: number) => {
      const best = this.bestLink(a);
      if (best) heap.push([best[1], a, best[0]]);
    };
    for (const a of touched) push(a);
    for (let top = heap.pop(); top; top = heap.pop()) {
      const [score, a, b] = top;
      const ea = this.events.get(a);
      if (!ea) continue;
      const eb = this.events.get(b);
      if (!eb || (ea.links.get(b) ?? Number.NEGATIVE_INFINITY) / (ea.members.size * eb.members.size) !== score) {
        push(a); // stale: a's best link now
        continue;
      }
      // The older event absorbs the newer, so an event keeps its number as reports join it.
      const [into, from] = a < b ? [a, b] : [b, a];
      this.merge(into, from);
      push(into);
    }
  }

  /**
   * Each touched event still of one report joins the event it is most like on average (its summed links over
   * that event's size) when that clears the loner threshold and the event was not told in another year; in the
   * order reports came, so a loner may join one adopted just before. The lower bar must not undo the year penalty.
   */
  private adoptLoners(touched: ReadonlySet<number>): void {
    for (const a of touched) {
      const event = this.events.get(a);
      if (!event || event.members.size !== 1) continue;
      const years = this.reports.get([...event.members][0]!)!.weighted.years;
      let best: [number, number] | undefined;
      for (const [b, sum] of event.links) {
        const members = this.events.get(b)!.members;
        const score = sum / members.size;
        if (score < this.lonerThreshold || (best && (score < best[1] || (score === best[1] && b > best[0])))) continue;
        if (this.toldApart(years, members)) continue;
        best = [b, score];
      }
      if (best) this.merge(Math.min(a, best[0]), Math.max(a, best[0]));
    }
  }

  /** More than half of an event's members mention years all far from `years` (yearsApart): told in another year. */
  private toldApart(years: readonly number[], members: ReadonlySet<string>): boolean {
    let apart = 0;
    for (const id of members) if (yearsApart(years, this.reports.get(id)!.weighted.years)) apart++;
    return apart * 2 > members.size;
  }

  /** An event's most alike linked event at or above the threshold (ties: the lower number), with the score. */
  private bestLink(a: number): [number, number] | undefined {
    const event = this.events.get(a);
    if (!event) return undefined;
    let best: [number, number] | undefined;
    for (const [b, sum] of event.links) {
      const score = sum / (event.members.size * this.events.get(b)!.members.size);
      if (score >= this.threshold && (!best || score > best[1] || (score === best[1] && b < best[0]))) best = [b, score];
    }
    return best;
  }

  /** Reports sharing the most index keys with a new one (newest postings only), most shared first. */
  private candidates(keys: readonly string[]): string[] {
    const hits = new Map<number, number>();
    for (const key of keys) {
      const list = this.postings.get(key);
      if (!list) continue;
      for (let i = list.length - 1; i >= Math.max(0, list.length - MAX_POSTINGS); i--) {
        const seq = list[i]!;
        hits.set(seq, (hits.get(seq) ?? 0) + 1);
      }
    }
    // Bucket by hit count (≤ keys.length), newest first within a count, instead of sorting every candidate.
    const buckets: number[][] = Array.from({ length: keys.length + 1 }, () => []);
    for (const [seq, count] of hits) buckets[count]!.push(seq);
    const out: string[] = [];
    for (let count = keys.length; count > 0 && out.length < MAX_CANDIDATES; count--) {
      for (const seq of buckets[count]!.sort((a, b) => b - a)) {
        const id = this.idOfSeq.get(seq);
        if (id === undefined) continue; // forgotten
        out.push(id);
        if (out.length >= MAX_CANDIDATES) break;
      }
    }
    return out;
  }

  private link(a: number, b: number, sum: number): void {
    const ea = this.events.get(a)!;
    const eb = this.events.get(b)!;
    ea.links.set(b, (ea.links.get(b) ?? 0) + sum);
    eb.links.set(a, (eb.links.get(a) ?? 0) + sum);
  }

  private merge(into: number, from: number): void {
    const target = this.events.get(into)!;
    const source = this.events.get(from)!;
    for (const id of source.members) {
      target.members.add(id);
      this.reports.get(id)!.event = into;
    }
    target.links.delete(from);
    for (const [other, sum] of source.links) {
      if (other === into) continue;
      this.events.get(other)!.links.delete(from);
      this.link(into, other, sum);
    }
    this.events.delete(from);
  }

  private forgetOldest(): void {
    if (this.reports.size <= this.maxReports) return;
    // Maps iterate in insertion order: the first entries are the oldest reports.
    for (const [id, report] of this.reports) {
      if (this.reports.size <= this.maxReports) break;
      this.reports.delete(id);
      this.idOfSeq.delete(report.seq);
      for (const key of report.keys) {
        const list = this.postings.get(key)?.filter((seq) => seq !== report.seq);
        if (list?.length) this.postings.set(key, list);
        else this.postings.delete(key);
      }
      this.nearDuplicates?.remove(id);
      const event = this.events.get(report.event)!;
      event.members.delete(id);
      if (event.members.size === 0) {
        for (const other of event.links.keys()) this.events.get(other)?.links.delete(report.event);
        this.events.delete(report.event);
      }
    }
  }
}

function indexKeys(report: WeightedReport): string[] {
  const strongest = (vec: ReadonlyMap<string, number>, k: number) =>
    [...vec].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, k).map(([key]) => key);
  return [...strongest(report.words, KEY_WORDS), ...strongest(report.entities, KEY_ENTITIES)];
}
