// Renders a briefing for a phone: Telegram-HTML messages (≤ 4096 chars each) and the same layout in plain text
// for the terminal. A short header; the top events, each a linked bold headline, its lead, at most two bullets, a
// compact italic source line ("AP · Reuters · +2 more") and the longer detail (per-outlet dates and counts, a
// follow-up's date) in an expandable blockquote; events past the first FULL_EVENTS as linked headlines only; the
// disclaimers close the last message. Each event block is bounded, so 8 events fit in 2 messages.
import { escapeAttr, escapeHtml, link } from '../src/render/telegram-html.js';
import type { Briefing, BriefingEvent } from './compose.js';
import { formatDay, formatDayTime } from '../src/render/format-date.js';
import { packMessages, type Block } from './render-pack.js';
import { DIGEST_STRINGS_EN, type DigestStrings } from './render-strings.js';
import { eventView, isLinkable, sourceLine, type EventView } from './render-event.js';

export { DIGEST_STRINGS_EN, type DigestStrings } from './render-strings.js';
export const STANDING_DISCLAIMER = DIGEST_STRINGS_EN.disclaimer;
/** Events shown whole; the rest are listed as headlines. */
export const FULL_EVENTS = 8;

export interface RenderOptions {
  /** IANA time zone for dates (default UTC). */
  timeZone?: string;
  /** Header title (default: the strings' title, "News digest"). */
  title?: string;
  /** The frame's words (default English). */
  strings?: DigestStrings;
  /** BCP-47 locale for dates (default: the stable English form, "12 Sep 2025"). */
  locale?: string;
}

interface Context {
  timeZone: string;
  strings: DigestStrings;
  locale: string | undefined;
  day: (iso: string | undefined) => string;
  dayTime: (iso: string) => string;
}

function contextOf(options: RenderOptions): Context {
  const timeZone = options.timeZone ?? 'UTC';
  const strings = options.strings ?? DIGEST_STRINGS_EN;
  const locale = options.locale;
  return {
    timeZone,
    strings,
    locale,
    day: (iso) => (iso === undefined ? strings.dateUnknown : formatDay(iso, timeZone, locale)),
    dayTime: (iso) => formatDayTime(iso, timeZone, locale),
  };
}

/** Telegram-HTML messages, each ≤ 4096 chars, never cut inside a tag or an event; the disclaimers close the last. */
export function renderBriefing(briefing: Briefing, options: RenderOptions = {}): string[] {
  const ctx = contextOf(options);
  const title = `<b>${escapeHtml(oneLine(options.title ?? ctx.strings.title))}</b>`;
  if (briefing.events.length === 0) {
    return [`${title}\n${escapeHtml(ctx.strings.nothingNew(ctx.dayTime(briefing.since), ctx.timeZone))}`];
  }
  const blocks: Block[] = [{ html: `${title}\n${escapeHtml(windowLine(briefing, ctx))}`, joiner: '\n\n', sticky: true }];
  const full = briefing.events.slice(0, FULL_EVENTS);
  const rest = briefing.events.slice(FULL_EVENTS);
  for (const event of full) blocks.push({ html: eventHtml(eventView(event, ctx), ctx), joiner: '\n\n' });
  if (rest.length) blocks.push({ html: `<b>${escapeHtml(ctx.strings.moreStories)}</b>`, joiner: '\n\n', sticky: true });
  for (const event of rest) blocks.push({ html: headlineHtml(event, ctx), joiner: '\n' });
  const footer = disclaimers(briefing, ctx).map((d) => `<i>${escapeHtml(d)}</i>`).join('\n');
  return packMessages(blocks, footer);
}

function eventHtml(view: EventView, ctx: Context): string {
  const headline = `<b>${escapeHtml(view.title)}</b>`;
  const lines = [view.url ? `<a href="${escapeAttr(view.url)}">${headline}</a>` : headline];
  if (view.lead) lines.push(escapeHtml(view.lead));
  for (const bullet of view.bullets) lines.push(`• ${escapeHtml(bullet)}`);
  if (view.shown.length) {
    const names = view.shown.map((s) => link(s.name, s.articleUrl ?? s.url));
    if (view.more) names.push(escapeHtml(ctx.strings.more(view.more)));
    lines.push(`<i>${names.join(' · ')}</i>`);
  }
  if (view.detail.length) lines.push(`<blockquote expandable>${view.detail.map((d) => escapeHtml(d.text)).join('\n')}</blockquote>`);
  return lines.join('\n');
}

/** A story past the first FULL_EVENTS: its linked headline and how many outlets carry it. */
function headlineHtml(event: BriefingEvent, ctx: Context): string {
  const { title, url, outlets } = headlineOf(event, ctx);
  return `• ${link(title, url)} <i>· ${escapeHtml(ctx.strings.outlets(outlets))}</i>`;
}

function headlineOf(event: BriefingEvent, ctx: Context): { title: string; url: string | undefined; outlets: number } {
  const view = eventView(event, ctx, { headlineOnly: true });
  return { title: view.title, url: view.url, outlets: sourceLine(event.sources, ctx.strings).length };
}

/** Plain-text rendering for the CLI (no HTML): the same layout, links as <url>. */
export function renderBriefingText(briefing: Briefing, options: RenderOptions = {}): string {
  const ctx = contextOf(options);
  if (briefing.events.length === 0) return `${ctx.strings.nothingNew(ctx.dayTime(briefing.since), ctx.timeZone)}\n`;
  const blocks = [`${oneLine(options.title ?? ctx.strings.title)}: ${windowLine(briefing, ctx)}`];
  briefing.events.slice(0, FULL_EVENTS).forEach((event, i) => blocks.push(eventText(eventView(event, ctx), i + 1, ctx)));
  const rest = briefing.events.slice(FULL_EVENTS);
  if (rest.length) {
    const lines = rest.map((event, i) => {
      const { title, url, outlets } = headlineOf(event, ctx);
      return `${FULL_EVENTS + i + 1}. ${title} · ${ctx.strings.outlets(outlets)}${isLinkable(url) ? ` <${url}>` : ''}`;
    });
    blocks.push([ctx.strings.moreStories, ...lines].join('\n'));
  }
  blocks.push(disclaimers(briefing, ctx).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

function eventText(view: EventView, n: number, ctx: Context): string {
  const lines = [`${n}. ${view.title}`];
  if (view.lead) lines.push(`   ${view.lead}`);
  for (const bullet of view.bullets) lines.push(`   • ${bullet}`);
  if (view.shown.length) lines.push(`   ${[...view.shown.map((s) => s.name), ...(view.more ? [ctx.strings.more(view.more)] : [])].join(' · ')}`);
  for (const d of view.detail) lines.push(`     ${d.text}${isLinkable(d.url) ? ` <${d.url}>` : ''}`);
  return lines.join('\n');
}

function windowLine(briefing: Briefing, ctx: Context): string {
  return ctx.strings.window(ctx.dayTime(briefing.since), ctx.dayTime(briefing.until), ctx.timeZone, briefing.events.length);
}

function disclaimers(briefing: Briefing, ctx: Context): string[] {
  return [...briefing.disclaimers.map(oneLine), ctx.strings.disclaimer];
}

/** Collapses whitespace so outside text can never introduce a block break. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
