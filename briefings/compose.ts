// Composes a briefing from the articles of one window: cluster into events, rank, summarise
// (extractive). Pure: no clock, no network; the same articles and window give the same briefing.
import { createHash } from 'node:crypto';
import { rankTimeOf, type ArticleRecord } from '../src/articles/record.js';
import { summarizeExtractive } from '../src/nlp/summarize-extractive.js';
import { clusterDocuments } from './cluster.js';
import { compareEvents, importanceOf } from './rank.js';

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
}
export interface Briefing {
  since: string;
  until: string;
  events: BriefingEvent[];
  disclaimers: string[];
}

const LEAD_PARAGRAPHS = 3;
const DEFAULT_MAX_EVENTS = 20;

/** Articles are those that arrived (by ingestedAt) in [since, until); the caller selects them. Groups same-event articles,
 * ranks events (more distinct outlets first, then more recent), summarises each in ≤ 3 sentences (extractive). */
export function composeBriefing(
  articles: readonly ArticleRecord[],
  window: { since: Date; until: Date },
  options: { maxEvents?: number } = {},
): Briefing {
  // Undated articles take their arrival time for ordering and clustering; they are never shown as dated.
  const ordered = [...articles].sort((a, b) => timeOf(rankTimeOf(a)) - timeOf(rankTimeOf(b)) || cmp(a.id, b.id));
  const byId = new Map(ordered.map((a) => [a.id, a]));
  const clusters = clusterDocuments(
    ordered.map((a) => ({
      id: a.id,
      title: a.title,
      text: a.paragraphs.slice(0, LEAD_PARAGRAPHS).join('\n\n'),
      entities: [...new Set(a.entities.map((e) => e.name))],
      time: timeOf(rankTimeOf(a)),
    })),
  );
  const drafts = clusters.map((cluster) => {
    const members = cluster.ids.map((id) => byId.get(id)!);
    const central = byId.get(cluster.centralId)!;
    const sources = sourcesOf(members);
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
    // The central article leads the summary; the others add what it lacks.
    const docs = [d.central, ...d.members.filter((a) => a !== d.central)];
    return {
      id: d.id,
      title: d.central.title,
      summary: summarizeExtractive(docs, { maxSentences: 3 }),
      articleIds: d.members.map((a) => a.id),
      sources: d.sources,
      importance: importanceOf(d, window),
    };
  });
  const disclaimers = [...new Set(kept.flatMap((d) => d.members.map((a) => a.disclaimer?.trim() ?? '')).filter(Boolean))];
  return { since: window.since.toISOString(), until: window.until.toISOString(), events, disclaimers };
}

/** One source per outlet (case-insensitive name), from its earliest article; latest first. */
function sourcesOf(members: readonly ArticleRecord[]): BriefingSource[] {
  const byOutlet = new Map<string, BriefingSource>();
  for (const a of members) {
    const key = a.source.name.trim().toLowerCase();
    if (byOutlet.has(key)) continue; // members are in publication order: the first is the earliest
    const source: BriefingSource = { name: a.source.name, ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}) };
    if (a.source.url) source.url = a.source.url;
    if (a.url) source.articleUrl = a.url;
    byOutlet.set(key, source);
  }
  return [...byOutlet.values()].sort((x, y) => timeOf(y.publishedAt) - timeOf(x.publishedAt) || cmp(x.name, y.name));
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
