// Same-event grouping of a set of reports, through the event index (event-index.ts): words, entities,
// numbers and years compared over an inverted index, average linkage. `clusterDocuments` clusters a batch
// afresh; `clustersIn` reads a running index's events for a window's reports.
import type { EventDocument, EventEntity } from './event-features.js';
import { EventIndex, type EventIndexOptions } from './event-index.js';

export interface ClusterInput {
  id: string;
  /** Absent: a short first line of the text stands in for it. */
  title?: string | undefined;
  text: string;
  /** The report's entities; a bare name counts as an organisation or place (matched by its whole name). */
  entities?: readonly (string | EventEntity)[] | undefined;
  /** Publication time (epoch ms); optional. Reports far apart in time are different events. */
  time?: number | undefined;
}

export type ClusterOptions = EventIndexOptions;

export interface Cluster {
  ids: string[];
  /** The member most like the others: its title represents the event. */
  centralId: string;
}

/** Groups reports that tell the same event. Input order is the arrival order (oldest first). */
export function clusterDocuments(docs: readonly ClusterInput[], options: ClusterOptions = {}): Cluster[] {
  const index = new EventIndex(options);
  index.addAll(docs.map(toEventDocument));
  return clustersIn(index, docs.map((d) => d.id));
}

/** The events of `ids` (all indexed), each with its members among `ids` in their order, in order of first member. */
export function clustersIn(index: EventIndex, ids: readonly string[]): Cluster[] {
  const byEvent = new Map<number, string[]>();
  for (const id of ids) {
    const event = index.eventOf(id);
    if (event === undefined) continue;
    const members = byEvent.get(event);
    if (members) members.push(id);
    else byEvent.set(event, [id]);
  }
  return [...byEvent.values()].map((members) => ({ ids: members, centralId: mostCentral(index, members) }));
}

export function toEventDocument(doc: ClusterInput): EventDocument {
  return {
    id: doc.id,
    title: doc.title,
    text: doc.text,
    entities: doc.entities?.map((e) => (typeof e === 'string' ? { type: 'ORG' as const, name: e } : e)),
    time: doc.time,
  };
}

function mostCentral(index: EventIndex, members: readonly string[]): string {
  let best = members[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const id of members) {
    const score = index.centralityOf(id);
    if (score > bestScore + 1e-12) [best, bestScore] = [id, score];
  }
  return best;
}
