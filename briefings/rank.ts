// Event ranking: more distinct outlets first (independent confirmation = importance), then more
// recent, then a deterministic tie-break on the event id.

export interface Rankable {
  id: string;
  outlets: number;
  /** Latest publishedAt/ingestedAt of the event's articles, epoch ms. */
  latest: number;
}

/** Importance in [outlets, outlets + 1): the fraction adds recency within the window. */
export function importanceOf(event: Rankable, window: { since: Date; until: Date }): number {
  const span = Math.max(1, window.until.getTime() - window.since.getTime());
  const recency = Math.min(0.999, Math.max(0, (event.latest - window.since.getTime()) / span));
  return event.outlets + Math.round(recency * 1000) / 1000;
}

export function compareEvents(a: Rankable, b: Rankable): number {
  return b.outlets - a.outlets || b.latest - a.latest || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
