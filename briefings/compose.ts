// Composes a briefing from the articles of one window: group into events, rank, summarise
// (extractive). Pure: no clock, no network. Events come from a running event index when the caller keeps
// one (briefing-service.ts: each article is placed once, when a composition first sees it), else from a
// fresh one over these articles alone; either way the same articles, window and index give the same briefing.
import { createHash } from 'node:crypto';
import { rankTimeOf, type AlsoIn, type ArticleRecord } from '../src/articles/record.js';
import { summarizeExtractive } from '../src/nlp/summarize-extractive.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { primaryOriginOf } from '../src/articles/wire-merge.js';
import { outletCountKey } from '../src/articles/source.js';
import { clustersIn } from './cluster.js';
import { EventIndex } from './event-index.js';
import type { EventDocument } from './event-features.js';
import { compareEvents, importanceOf } from './rank.js';
import { admitsOrigin, type SourceSet } from './source-set.js';

export interface BriefingSource {
  name: string;
  url?: string;
  articleUrl?: string;
  /** Absent when the article's date is unknown (rendered "date unknown"). */
  publishedAt?: string;
}
export interface BriefingEvent {
  /** Stable: derived from the id of the event's earliest-published article, so late additions keep it. */
  id: string;
  title: string;
  summary: string[];
  articleIds: string[];
  sources: BriefingSource[];
  importance: number;
  /**
   * The distinct languages of its articles (record.language, "und" when undetected), sorted: what a chat's
   * story-language filter reads (personalize.ts). Absent in briefings stored before the filter existed.
   */
  languages?: string[];
  /**
   * A later article merged into the event (published FOLLOW_UP_GAP_MS after every other member) and what it adds:
   * its lead sentence (the renderer shows it with the follow-up's date, never twice). Absent otherwise, and in
   * briefings stored before.
   */
  followUp?: { articleId: string; fact: string };
}

/** An article this much newer than every other in its event is a follow-up: its date and new fact are shown. */
export const FOLLOW_UP_GAP_MS = 12 * 60 * 60 * 1000;
export interface Briefing {
  since: string;
  until: string;
  events: BriefingEvent[];
  disclaimers: string[];
}

/** Body text the event index reads: the lead (it takes the first 400 words; numbers and years from here too). */
const LEAD_CHARS = 4000;
const DEFAULT_MAX_EVENTS = 20;

/** Articles are those that arrived (by ingestedAt) in [since, until); the caller selects them. Groups same-event articles,
 * ranks events (more distinct outlets first, then more recent), summarises each in ≤ 3 sentences (extractive).
 * With `sources` (the digest's source set), the source lines name only outlets that came by an origin it admits. */
export function composeBriefing(
  articles: readonly ArticleRecord[],
  window: { since: Date; until: Date; sources?: SourceSet | undefined },
  options: { maxEvents?: number; events?: EventIndex } = {},
): Briefing {
  // Undated articles take their arrival time for ordering and clustering; they are never shown as dated.
  const ordered = [...articles].sort((a, b) => timeOf(rankTimeOf(a)) - timeOf(rankTimeOf(b)) || cmp(a.id, b.id));
  const byId = new Map(ordered.map((a) => [a.id, a]));
  const index = options.events ?? new EventIndex(RECORD_INDEX_OPTIONS);
  index.addAll(ordered.filter((a) => !index.has(a.id)).map(eventDocumentOf));
  const clusters = clustersIn(index, ordered.map((a) => a.id));
  const drafts = clusters.map((cluster) => {
    const members = cluster.ids.map((id) => byId.get(id)!);
    const central = byId.get(cluster.centralId)!;
    const sources = sourcesOf(members, window.sources);
    return {
      id: eventId(members),
      members,
      central,
      sources,
      outlets: sources.length,
      latest: Math.max(...members.map((a) => Math.max(timeOf(rankTimeOf(a)), timeOf(a.ingestedAt)))),
    };
  });
  drafts.sort(compareEvents);
  const kept = drafts.slice(0, options.maxEvents ?? DEFAULT_MAX_EVENTS);
  const events = kept.map((d): BriefingEvent => {
    const summary = summarizeExtractive(summaryDocs(d.central, d.members, index), { maxSentences: 3 });
    const followUp = followUpOf(d.members);
    return {
      id: d.id,
      title: d.central.title,
      summary,
      articleIds: d.members.map((a) => a.id),
      sources: d.sources,
      importance: importanceOf(d, window),
      languages: languagesOf(d.members),
      ...(followUp ? { followUp } : {}),
    };
  });
  const disclaimers = [...new Set(kept.flatMap((d) => d.members.map((a) => a.disclaimer?.trim() ?? '')).filter(Boolean))];
  return { since: window.since.toISOString(), until: window.until.toISOString(), events, disclaimers };
}

/**
 * What an event's summary reads: the central article first (it leads; the others add what it lacks), then the
 * next most central members, in time order. A sentence's support by other outlets is clear well within this
 * many reports, while its cost grows with the square of the sentences read: before, a 10k-article window's
 * compose spent about half its time summarising every member of its largest events.
 */
export const SUMMARY_MEMBERS = 10;

function summaryDocs(central: ArticleRecord, members: readonly ArticleRecord[], index: EventIndex): ArticleRecord[] {
  const others = members.filter((a) => a !== central);
  if (others.length < SUMMARY_MEMBERS) return [central, ...others];
  const picked = new Set([...others].sort((a, b) => index.centralityOf(b.id) - index.centralityOf(a.id) || cmp(a.id, b.id)).slice(0, SUMMARY_MEMBERS - 1));
  return [central, ...others.filter((a) => picked.has(a))];
}

/**
 * One source per outlet (case-insensitive name), from its earliest article, then the other outlets each article
 * was also carried by (a copy merged at ingest: record.alsoIn); latest first.
 * With a set, an outlet is named only when it came by an origin the set admits: the primary's origin is
 * fromSources[0] (wire-merge.ts), each alsoIn entry's is `from` (untagged entries: only without a set). So a pool
 * digest never names a chat's private source, nor a chat's digest another chat's. An admitted article none of
 * whose outlets is admitted (past the alsoIn cap) is named by its primary when that is the pool's (public).
 */
function sourcesOf(members: readonly ArticleRecord[], set: SourceSet | undefined): BriefingSource[] {
  const byOutlet = new Map<string, BriefingSource>();
  const add = (source: BriefingSource) => {
    const key = outletCountKey(source.name);
    if (!byOutlet.has(key)) byOutlet.set(key, source); // members are in publication order: the first is the earliest
  };
  const primary = (a: ArticleRecord): BriefingSource => ({
    name: a.source.name,
    ...(a.source.url ? { url: a.source.url } : {}),
    ...(a.url ? { articleUrl: a.url } : {}),
    ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}),
  });
  const named = (origin: string | undefined) => set === undefined || (origin !== undefined && admitsOrigin(set, origin));
  const others = members.map((a) => (a.alsoIn ?? []).filter((also) => named(also.from)));
  members.forEach((a, i) => {
    const nothingElse = others[i]!.length === 0 && a.scope === undefined;
    if (named(primaryOriginOf(a)) || nothingElse) add(primary(a));
  });
  for (const also of others.flat()) add(briefingSourceOf(also));
  return [...byOutlet.values()].sort((x, y) => timeOf(y.publishedAt) - timeOf(x.publishedAt) || cmp(x.name, y.name));
}

/** The newest member when it came FOLLOW_UP_GAP_MS after all others, with its lead sentence: what it adds. */
function followUpOf(members: readonly ArticleRecord[]): BriefingEvent['followUp'] {
  const dated = members.filter((a) => a.publishedAt !== undefined && !Number.isNaN(Date.parse(a.publishedAt)));
  if (dated.length < 2) return undefined;
  const newest = dated.reduce((x, y) => (Date.parse(y.publishedAt!) > Date.parse(x.publishedAt!) ? y : x));
  const rest = Math.max(...dated.filter((a) => a !== newest).map((a) => Date.parse(a.publishedAt!)));
  if (Date.parse(newest.publishedAt!) - rest < FOLLOW_UP_GAP_MS) return undefined;
  const lead = splitSentences(newest.paragraphs[0] ?? '')[0]?.text.trim();
  return lead ? { articleId: newest.id, fact: lead } : undefined;
}

/** Each member's language once, lower-cased and sorted, so equal sets compare equal. */
function languagesOf(members: readonly ArticleRecord[]): string[] {
  return [...new Set(members.map((a) => a.language.toLowerCase()))].sort();
}

/** An alsoIn entry as a source line item (its origin tags stay in the record). */
function briefingSourceOf(also: AlsoIn): BriefingSource {
  return {
    name: also.name,
    ...(also.url ? { url: also.url } : {}),
    ...(also.articleUrl ? { articleUrl: also.articleUrl } : {}),
    ...(also.publishedAt ? { publishedAt: also.publishedAt } : {}),
  };
}

/** Stored records: ingest merged wire copies into one record and dropped notice lines already. */
export const RECORD_INDEX_OPTIONS = { nearDuplicates: false, notices: 'kept' } as const;

/** What the event index reads of a record: headline, lead, every entity mention (how often one is named counts), time. */
export function eventDocumentOf(a: ArticleRecord): EventDocument {
  let text = '';
  for (const p of a.paragraphs) {
    if (text.length >= LEAD_CHARS) break;
    text += (text ? '\n' : '') + p;
  }
  const entities = a.entities.map((e) => ({ type: e.type, name: e.name }));
  return { id: a.id, title: a.title, text, entities, time: timeOf(rankTimeOf(a)) };
}

function eventId(members: readonly ArticleRecord[]): string {
  const first = members[0]!; // earliest published (ties: smallest id)
  return `ev_${createHash('sha256').update(first.id).digest('hex').slice(0, 16)}`;
}

function timeOf(iso: string | undefined): number {
  const t = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
