// Renders a briefing for Telegram (HTML, split into ≤ 4096-char messages) and for the terminal (plain text).
// Each event is one block (no blank line inside), so splitMessage, which breaks between blocks first,
// never cuts an event unless that event alone exceeds the limit (then its last-resort line cut applies).
import { escapeHtml, link, splitMessage, TELEGRAM_MESSAGE_LIMIT } from '../src/render/telegram-html.js';
import type { Briefing, BriefingEvent, BriefingSource } from './compose.js';
import { formatDay, formatDayTime } from '../src/render/format-date.js';

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
    const sources = event.sources.map((s) => `${link(oneLine(s.name), s.articleUrl ?? s.url)} (${escapeHtml(formatDay(s.publishedAt, timeZone))})`);
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
    if (event.sources.length) lines.push(`   Source: ${event.sources.map((s) => sourceText(s, timeZone)).join(', ')}`);
    blocks.push(lines.join('\n'));
  });
  blocks.push([...briefing.disclaimers.map(oneLine), STANDING_DISCLAIMER].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

function sourceText(source: BriefingSource, timeZone: string): string {
  const url = source.articleUrl ?? source.url;
  return `${oneLine(source.name)}${url ? ` <${url}>` : ''} (${formatDay(source.publishedAt, timeZone)})`;
}

function dateRange(briefing: Briefing, timeZone: string): string {
  return `${formatDayTime(briefing.since, timeZone)} – ${formatDayTime(briefing.until, timeZone)} (${timeZone})`;
}

/** Collapses whitespace so outside text can never introduce a block break. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
