// One event as the digest shows it, before markup (pure): headline (update label, best link), lead, bullets,
// the compact source line and the detail lines, cut to a bounded size so that a phone screen holds an event
// and 8 events fit in 2 messages. HTML and plain text are rendered from this one view.
import { FOLLOW_UP_GAP_MS, type BriefingEvent, type BriefingSource } from './compose.js';
import { isRealOutlet } from '../src/articles/clean-outlet-name.js';
import { isKnownOutlet, outletCountKey, outletFromUrl, outletName } from '../src/articles/source.js';
import { UPDATE_PREFIX } from './personalize.js';
import type { DigestStrings } from './render-strings.js';

/** Visible characters an event block may take (headline to detail), whatever the summariser or model wrote. */
export const EVENT_MAX_CHARS = 850;
const TITLE_MAX = 140;
const LEAD_MAX = 300;
const BULLET_MAX = 260;
/** A bullet cut shorter than this is left out instead. */
const BULLET_MIN = 60;
const NAME_MAX = 30;
const DETAIL_NAME_MAX = 40;
const BULLETS = 2;
/** A follow-up's fact in the detail is cut to this. */
const FOLLOW_UP_FACT_MAX = 200;
/** Outlets named in the compact line: all of up to 3, else 2 and "+N more". */
const LINE_ALL = 3;
const LINE_SOME = 2;
const DETAIL_OUTLETS = 4;
/** Outlet lines the detail keeps before bullets take the room. */
const DETAIL_RESERVED = 2;
/** An article this much newer than every other in its event is a follow-up, dated in the detail. */

export type LineSource = BriefingSource & { count: number };

export interface DetailLine {
  text: string;
  url?: string | undefined;
}

export interface EventView {
  /** With the translated update label when the event is an update. */
  title: string;
  /** The best source's link: the first real outlet's article (else any source's) with an http(s) URL. */
  url: string | undefined;
  lead: string;
  bullets: string[];
  /** Outlets the compact line names, and how many it leaves out. */
  shown: LineSource[];
  more: number;
  detail: DetailLine[];
}

interface ViewContext {
  strings: DigestStrings;
  day: (iso: string | undefined) => string;
  dayTime: (iso: string) => string;
}

export function eventView(event: BriefingEvent, ctx: ViewContext, options: { headlineOnly?: boolean } = {}): EventView {
  const strings = ctx.strings;
  const update = event.title.startsWith(UPDATE_PREFIX);
  const bare = oneLine(update ? event.title.slice(UPDATE_PREFIX.length) : event.title);
  const title = clip(`${update ? strings.update : ''}${bare}`, TITLE_MAX);
  const outlets = sourceLine(event.sources, strings);
  const best = outlets.find((s) => s.name !== strings.unknownSource && isLinkable(urlOf(s))) ?? outlets.find((s) => isLinkable(urlOf(s)));
  const url = best ? urlOf(best) : undefined;
  if (options.headlineOnly) return { title, url, lead: '', bullets: [], shown: [], more: 0, detail: [] };

  // A follow-up's fact is shown with its date in the detail: not again as a bullet.
  const fact = event.followUp ? oneLine(event.followUp.fact) : undefined;
  const [first = '', ...others] = event.summary.map(oneLine).filter((s, i) => s && (i === 0 || s !== fact));
  const lead = clip(first, LEAD_MAX);
  const shown = outlets.length <= LINE_ALL ? outlets : outlets.slice(0, LINE_SOME);
  const named = shown.map((s) => ({ ...s, name: clip(oneLine(s.name), NAME_MAX) }));
  const more = outlets.length - shown.length;
  const lineText = [...named.map((s) => s.name), ...(more ? [strings.more(more)] : [])].join(' · ');

  // What must show (headline, lead, source line, a follow-up's date) first; bullets, then outlet dates, as room allows.
  let used = title.length + (lead ? 1 + lead.length : 0) + (outlets.length ? 1 + lineText.length : 0);
  const detail: DetailLine[] = [];
  const followUp = followUpOf(event.sources, strings);
  if (followUp) {
    // The follow-up's new fact (compose.ts), after its outlet and date: what a merged later article added.
    const added = fact ? ` — ${clip(fact, FOLLOW_UP_FACT_MAX)}` : '';
    detail.push({ text: `${strings.followUp(followUp.name, ctx.dayTime(followUp.publishedAt))}${added}` });
    used += 1 + detail[0]!.text.length;
  }
  const lines = outlets.map((s) => ({ text: `${clip(oneLine(s.name), DETAIL_NAME_MAX)} · ${strings.articles(s.count, ctx.day(s.publishedAt))}`, url: urlOf(s) }));
  /** The detail's size when it lists the first k outlets (and counts the rest). */
  const detailSize = (k: number) =>
    lines.slice(0, k).reduce((n, l) => n + 1 + l.text.length, 0) + (k > 0 && k < lines.length ? 1 + strings.moreOutlets(lines.length - k).length : 0);
  const reserved = Math.min(DETAIL_RESERVED, lines.length);
  const bullets: string[] = [];
  for (const sentence of others.slice(0, BULLETS)) {
    const room = EVENT_MAX_CHARS - used - detailSize(reserved) - 3; // "\n• "
    const bullet = clip(sentence, Math.min(BULLET_MAX, room));
    if (room <= 0 || bullet.length < Math.min(sentence.length, BULLET_MIN)) break;
    bullets.push(bullet);
    used += 3 + bullet.length;
  }
  let k = Math.min(DETAIL_OUTLETS, lines.length);
  while (k > 0 && used + detailSize(k) > EVENT_MAX_CHARS) k--;
  const listed: DetailLine[] = lines.slice(0, k);
  if (k > 0 && k < lines.length) listed.push({ text: strings.moreOutlets(lines.length - k) });
  return { title, url, lead, bullets, shown: named, more, detail: [...detail, ...listed] };
}

/**
 * The source line names publishers only: a name that is a credit line, handle or person ("Jane Doe/Twitter", "Jane
 * Doe", stored before cleaning checked names) or a placeholder shows as its link's host, else as "Unknown source";
 * entries of one outlet (AP and AP News, Reuters and reuters.com) are one entry (with their count and the latest
 * date), real outlets before unknown ones.
 */
export function sourceLine(sources: readonly BriefingSource[], strings: DigestStrings): LineSource[] {
  const byName = new Map<string, LineSource>();
  for (const s of sources) {
    const name = displayName(s, strings);
    const key = outletCountKey(name);
    const seen = byName.get(key);
    if (!seen) byName.set(key, { ...s, name, count: 1 });
    else seen.count++; // sources come latest first: the first one's date is the latest
  }
  const all = [...byName.values()];
  const unknown = (s: LineSource) => s.name === strings.unknownSource;
  return [...all.filter((s) => !unknown(s)), ...all.filter(unknown)];
}

function displayName(s: BriefingSource, strings: DigestStrings): string {
  const canonical = outletName(s.name);
  const real = canonical !== undefined && (isKnownOutlet(canonical) || isRealOutlet(canonical));
  return real ? s.name : (outletFromUrl(s.articleUrl ?? s.url) ?? strings.unknownSource);
}

/** The newest source when it came FOLLOW_UP_GAP_MS after every other one (sources are latest first). */
function followUpOf(sources: readonly BriefingSource[], strings: DigestStrings): { name: string; publishedAt: string } | undefined {
  const dated = sources.filter((s) => s.publishedAt !== undefined && !Number.isNaN(Date.parse(s.publishedAt)));
  if (dated.length < 2) return undefined;
  const times = dated.map((s) => Date.parse(s.publishedAt!));
  const newest = times.indexOf(Math.max(...times));
  const others = times.filter((_, i) => i !== newest);
  if (times[newest]! - Math.max(...others) < FOLLOW_UP_GAP_MS) return undefined;
  const source = dated[newest]!;
  return { name: oneLine(displayName(source, strings)), publishedAt: source.publishedAt! };
}

const urlOf = (s: BriefingSource) => s.articleUrl ?? s.url;

/** Only http(s) links are links (what `link` in telegram-html.ts accepts). */
export function isLinkable(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/\S+$/i.test(url);
}

/** At most `max` characters, cut at a word where one is near, with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '';
  let cut = text.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1); // never half a surrogate pair
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
