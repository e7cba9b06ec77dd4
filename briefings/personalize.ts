// One subscriber's view of a composed briefing (pure): their story languages and topic filters, minus
// events they already got, except events that gained articles since, which come back marked as updates.
import type { Briefing, BriefingEvent } from './compose.js';

export interface Personalized {
  briefing: Briefing;
  /** What to remember as sent: this digest's events first, then earlier ones. */
  remembered: Record<string, number>;
  /** A stable key for "renders the same": equal keys share one rendering. */
  renderKey: string;
}

export const UPDATE_PREFIX = 'Update: ';

export function personalize(
  briefing: Briefing,
  options: {
    include: readonly string[];
    exclude: readonly string[];
    previous: Readonly<Record<string, number>> | undefined;
    /** ISO 639-1 codes the chat reads stories in; empty or absent: every language. */
    languages?: readonly string[] | undefined;
  },
): Personalized {
  const previous = options.previous ?? {};
  const languages = new Set((options.languages ?? []).map((code) => code.toLowerCase()));
  const events: BriefingEvent[] = [];
  const marks: string[] = [];
  for (const event of briefing.events) {
    if (!passesLanguages(event, languages)) continue;
    if (!passesTopics(event, options.include, options.exclude)) continue;
    const count = event.articleIds.length;
    const before = previous[event.id];
    if (before !== undefined && count <= before) continue;
    const update = before !== undefined;
    events.push(update ? { ...event, title: `${UPDATE_PREFIX}${event.title}` } : event);
    marks.push(`${event.id}${update ? '+' : ''}`);
  }
  const remembered = { ...Object.fromEntries(events.map((e) => [e.id, e.articleIds.length])), ...withoutKeys(previous, events) };
  return { briefing: { ...briefing, events }, remembered, renderKey: marks.join(',') };
}

/**
 * The window's events seen whole. `window` is composed from what arrived since the last digest, so an
 * article joining an older event forms a cluster of its own there, with another id and a count of 1,
 * and could never be recognised as an update. `context` is composed over a longer span (the old
 * reports included): each window event is replaced by the context event holding its articles, which
 * takes the event's stable id, headline and full article count from there, while the summary and
 * sources stay the window's (what is new, and summarised by the model when one is configured).
 */
export function withHistory(window: Briefing, context: Briefing): Briefing {
  const byArticle = new Map<string, BriefingEvent>();
  for (const event of context.events) for (const id of event.articleIds) byArticle.set(id, event);
  const seen = new Set<string>();
  const events: BriefingEvent[] = [];
  for (const event of window.events) {
    const whole = event.articleIds.map((id) => byArticle.get(id)).find((e) => e !== undefined) ?? event;
    if (seen.has(whole.id)) continue;
    seen.add(whole.id);
    events.push({ ...event, id: whole.id, title: whole.title, articleIds: whole.articleIds });
  }
  return { ...window, events };
}

/**
 * Kept when the chat reads every language, or when one of the event's articles is in a language it reads.
 * An article whose language went undetected ("und") keeps its event: detection failing on a short or mixed text
 * must never hide news. Events without `languages` (briefings stored before the filter) are kept too.
 */
function passesLanguages(event: BriefingEvent, languages: ReadonlySet<string>): boolean {
  if (languages.size === 0 || event.languages === undefined || event.languages.length === 0) return true;
  return event.languages.some((code) => code === UNDETERMINED || languages.has(code));
}

/** record.ts: the language of an article whose language was not detected. */
const UNDETERMINED = 'und';

function passesTopics(event: BriefingEvent, include: readonly string[], exclude: readonly string[]): boolean {
  const text = `${event.title} ${event.summary.join(' ')}`.toLowerCase();
  if (exclude.some((k) => text.includes(k.toLowerCase()))) return false;
  return include.length === 0 || include.some((k) => text.includes(k.toLowerCase()));
}

function withoutKeys(previous: Readonly<Record<string, number>>, events: readonly BriefingEvent[]): Record<string, number> {
  const ids = new Set(events.map((e) => e.id));
  return Object.fromEntries(Object.entries(previous).filter(([id]) => !ids.has(id)));
}
