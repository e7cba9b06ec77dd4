// Renders a briefing for Telegram (HTML, split into ≤ 4096-char messages) and for the terminal (plain text).
// Each event is one block (no blank line inside), so splitMessage, which breaks between blocks first,
// never cuts an event unless that event alone exceeds the limit (then its last-resort line cut applies).
import { escapeHtml, link, splitMessage, TELEGRAM_MESSAGE_LIMIT } from '../src/render/telegram-html.js';
import type { Briefing, BriefingEvent, BriefingSource } from './compose.js';
import { formatDay, formatDayTime } from '../src/render/format-date.js';
import { isRealOutlet } from '../src/articles/clean-outlet-name.js';
import { isKnownOutlet, outletCountKey, outletFromUrl, outletName } from '../src/articles/source.js';

export const STANDING_DISCLAIMER =
  'Summaries are generated automatically from the sources above; verify important facts independently.';
const DEFAULT_TITLE = 'News digest';

export interface RenderOptions {
  /** IANA time zone for dates (default UTC). */
  timeZone?: string;
  /** Header title (default "News digest"). */
  title?: string;
}

/** Telegram-HTML messages, each ≤ 4096 chars, never cut inside a tag or inside an event. */
export function renderBriefing(briefing: Briefing, options: RenderOptions = {}): string[] {
  const timeZone = options.timeZone ?? 'UTC';
  const title = `<b>${escapeHtml(oneLine(options.title ?? DEFAULT_TITLE))}</b>`;
  if (briefing.events.length === 0) {
    return [`${title}\nNothing new since ${escapeHtml(formatDayTime(briefing.since, timeZone))} (${escapeHtml(timeZone)}).`];
  }
  const header = `${title}\n${escapeHtml(dateRange(briefing, timeZone))}`;
  const events = briefing.events.map((e) => renderEventHtml(e, timeZone));
  const footer = [...briefing.disclaimers.map((d) => `<i>${escapeHtml(oneLine(d))}</i>`), `<i>${escapeHtml(STANDING_DISCLAIMER)}</i>`];
  return splitMessage([header, ...events, footer.join('\n')].join('\n\n'), TELEGRAM_MESSAGE_LIMIT);
}

function renderEventHtml(event: BriefingEvent, timeZone: string): string {
  const lines = [`<b>${escapeHtml(oneLine(event.title))}</b>`];
  const summary = oneLine(event.summary.join(' '));
  if (summary) lines.push(escapeHtml(summary));
  if (event.sources.length) {
    const sources = sourceLine(event.sources).map((s) => {
      const when = escapeHtml(formatDay(s.publishedAt, timeZone));
      return `${link(oneLine(s.name), s.articleUrl ?? s.url)} (${s.count > 1 ? `${s.count} articles, latest ${when}` : when})`;
    });
    lines.push(`Source: ${sources.join(', ')}`);
  }
  return lines.join('\n');
}

/** Plain-text rendering for the CLI (no HTML). */
export function renderBriefingText(briefing: Briefing, options: { timeZone?: string } = {}): string {
  const timeZone = options.timeZone ?? 'UTC';
  if (briefing.events.length === 0) return `Nothing new since ${formatDayTime(briefing.since, timeZone)} (${timeZone}).\n`;
  const blocks = [`${DEFAULT_TITLE}: ${dateRange(briefing, timeZone)}`];
  briefing.events.forEach((event, i) => {
    const lines = [`${i + 1}. ${oneLine(event.title)}`];
    const summary = oneLine(event.summary.join(' '));
    if (summary) lines.push(`   ${summary}`);
    if (event.sources.length) lines.push(`   Source: ${sourceLine(event.sources).map((s) => sourceText(s, timeZone)).join(', ')}`);
    blocks.push(lines.join('\n'));
  });
  blocks.push([...briefing.disclaimers.map(oneLine), STANDING_DISCLAIMER].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

function sourceText(source: LineSource, timeZone: string): string {
  const url = source.articleUrl ?? source.url;
  const when = formatDay(source.publishedAt, timeZone);
  return `${oneLine(source.name)}${url ? ` <${url}>` : ''} (${source.count > 1 ? `${source.count} articles, latest ${when}` : when})`;
}

type LineSource = BriefingSource & { count: number };
const UNKNOWN = 'Unknown source';

/**
 * The source line names publishers only: a name that is a credit line, handle or person ("Jane Doe/Twitter", "Jane
 * Doe", stored before cleaning checked names) or a placeholder shows as its link's host, else as "Unknown source";
 * entries of one outlet (AP and AP News, Reuters and reuters.com) are one entry (with their count and the latest
 * date), real outlets before unknown ones.
 */
function sourceLine(sources: readonly BriefingSource[]): LineSource[] {
  const byName = new Map<string, LineSource>();
  for (const s of sources) {
    const canonical = outletName(s.name);
    const real = canonical !== undefined && (isKnownOutlet(canonical) || isRealOutlet(canonical));
    const name = real ? s.name : (outletFromUrl(s.articleUrl ?? s.url) ?? UNKNOWN);
    const key = outletCountKey(name);
    const seen = byName.get(key);
    if (!seen) byName.set(key, { ...s, name, count: 1 });
    else seen.count++; // sources come latest first: the first one's date is the latest
  }
  const all = [...byName.values()];
  return [...all.filter((s) => s.name !== UNKNOWN), ...all.filter((s) => s.name === UNKNOWN)];
}

function dateRange(briefing: Briefing, timeZone: string): string {
  return `${formatDayTime(briefing.since, timeZone)} – ${formatDayTime(briefing.until, timeZone)} (${timeZone})`;
}

/** Collapses whitespace so outside text can never introduce a block break. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
