// Recognising boilerplate lines in scraped articles. Each rule is a general pattern, not one outlet's wording.
//
// Dropped from the body (see classifyLine):
// - credits: "Image from AP News", "Photo: Jane Doe/Reuters", "(Photo: AFP via Getty Images)", "Getty Images", "Source: …", "Via: …"
// - translation links (kept in `translations`), disclaimers (kept in `disclaimer`)
// - promos: short lines led by share/follow/subscribe/sign up/join/download/click/tap/listen/watch…, newsletter and app pushes,
//   "Read more: …", "Related: …", "See also: …", "Also read …", "[Bracketed related headline]"
// - crumbs: "Advertisement", "Sponsored", "Story continues below", "Skip to content", "5 min read", breadcrumbs, cookie notices,
//   "© 2025 …", "All rights reserved", "Reporting by …; Editing by …", "Tags: …", "The AP contributed to this report."
// - bylines-only lines ("By Jane Doe and John Roe, Reuters") and date-stamp lines ("Published 3:45 PM, Sept. 12, 2025": used as a date hint)
// - web-page notices (src/nlp/notice-lines.ts): embedded-tweet and location notices, web-archive crawl notices,
//   share/sign-up prompts, captions, site furniture; a text of nothing else is not an article (clean.ts refuses it).
//   Whole-line shapes only: a news sentence that mentions a newsletter, a seed list or Getty Images is kept
// - very short lines without sentence punctuation (≤ 3 words) such as "Share", "Menu", "Trending now"
import { parseTranslation } from './clean-translations.js';
import type { Translation } from './record.js';
import { outletFromCredit } from './source.js';
import { parseDateString } from './dates-parse.js';
import type { NoticeKind } from '../nlp/boilerplate-notices.js';
import { noticeLineKind } from '../nlp/notice-lines.js';

export type LineKind =
  | { kind: 'content' }
  | { kind: 'credit'; outlet?: string }
  | { kind: 'translation'; translation: Translation }
  | { kind: 'disclaimer' }
  | { kind: 'stamp' }

  /** Too short to be a paragraph (≤ 3 words, no sentence punctuation): dropped from the body, but may be a title. */
  | { kind: 'short' }
  /** `notice`: the line is a web-page notice (notice-lines.ts) the older rules let through. */
  | { kind: 'junk'; notice?: NoticeKind };

const CREDIT_RE =
  /^\(?\s*(?:(?:image|photo|photograph|picture|pic|video|footage|graphic|illustration|cover image|top image|main image|lead image)s?\s*(?:from|by|credit|courtesy|via|source|:)|(?:credit|courtesy|source|via|caption)s?\s*(?:of\s+)?:?\s)/i;
const STOCK_RE = /\b(getty images|shutterstock|ap photo|afp photo|reuters\/|\/reuters|epa-efe|istock|alamy|pool photo)\b/i;
const ORIGIN_RE = /^(?:this (?:story|article|report) (?:was )?(?:first |originally )?(?:published|appeared)|originally (?:published|appeared))\b/i;
const DISCLAIMER_RE =
  /^(disclaimer\b|this (?:content|article|post|story) (?:is|was|has been) (?:aggregated|automatically|auto-generated|generated|compiled|sourced))|\baggregated from (?:public|various|third-party|online)/i;

const PROMO_VERBS =
  /^(?:[^\p{L}\d]*)(share|follow|subscribe|sign up|sign in|log in|register|join|download|get (?:the|our|breaking|daily|free)|like us|tweet|email (?:this|us)|print|click|tap|listen|watch|read (?:more|next|also|the full)|continue reading|also read|don't miss|do not miss|support (?:us|our)|donate|become a (?:member|subscriber)|enable javascript|please enable|advertisement|sponsored|skip to|jump to|back to top|scroll to|partager|teilen|jetzt teilen|folgen sie|abonnieren|lesen sie auch|compartir|síguenos|suscríbete|lee también|поделиться|подписывайтесь|подпишитесь|читайте также|поділитися|підписуйтесь|udostępnij|obserwuj|czytaj także|czytaj też)(?!\p{L})/iu;
// Section labels: junk when they are not a sentence ("Most popular stories", "Related coverage").
const SECTION_RE = /^(see also|related|recommended|more from|more on|most (?:read|popular|viewed)|trending|top stories|latest news|editor'?s picks|you may also like|in other news)\b/i;
const LABEL_RE = /^(read|read more|related|see also|also read|more|recommended|watch|listen|tags?|topics?|filed under|more coverage|related (?:coverage|stories|articles|content)|read next|next|previous)\s*[:|>»–—-]/i;
const CRUMB_RE =
  /^(advertisement|advertising|ad|anzeige|werbung|publicité|publicidad|реклама|reklama|sponsored(?: content| post| by .*)?|promoted|story continues below.*|article continues below.*|continue reading.*|story continued below|\d+\s*min(?:ute)?s? read|text size.*|loading\.*|comments?|\d+ comments?|menu|home|close|reset)$/i;
const COOKIE_RE = /\bcookies?\b.*\b(use|accept|consent|agree|policy|settings|preferences|continuing)\b/i;
const SOCIAL_RE = /\b(facebook|twitter|x\.com|instagram|telegram|whatsapp|linkedin|youtube|tiktok|pinterest|reddit|threads|bluesky|newsletter|podcast|inbox|app store|google play|notifications|alerts)\b/i;
const COPYRIGHT_RE = /^(©|\(c\)|copyright\b)|all rights reserved/i;
const TRAILER_RE =
  /^\(?\s*(reporting by|additional reporting|writing by|editing by|compiled by|edited by)\b|^\(?\s*(the )?(associated press|ap|reuters|afp|[\w ]{2,30}) (contributed|contributed reporting) to this (report|story|article)\.?\)?$/i;
const BYLINE_RE = /^[Bb][Yy]:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*(?:\s*[,|–—-]\s*[\p{L} ]{2,40})?$/u;
const STAMP_RE = /^(?:published|updated|posted|last updated|first published|date|posted on|published on|veröffentlicht|publié|publicado)\b[\s:]*|^\p{L}{3,9}\.? \d{1,2},? \d{4}(?:,? \d{1,2}:\d{2}.*)?$|^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/iu;

// Photo captions end with their credit (only the last 120 characters are tested: a credit is short, and
// testing whole lines made this regex quadratic): "… Michael Nagle/Getty Images", "… Photo: Tom Wall via AP", "(Photo: Ralph Wilson, AP)".
const CAPTION_END_RE =
  /(?:\b(?:photo|image|photograph|picture|pic|illustration)s?\s*(?:by|:)\s*[^.:]{2,80}|[\p{L} .'-]\/(?:getty images?|reuters|ap|afp|epa|shutterstock|scanpix|tt|anadolu|bloomberg|pool)|\bvia (?:getty images|ap|afp|reuters))\.?\)?$/iu;
// Every branch of CAPTION_END_RE needs one of these; most lines have none, and a cheap test skips the costly one.
const CAPTION_HINT_RE = /photo|image|pic|illustration|\/|via /iu;
const captionEnd = (tail: string) => CAPTION_HINT_RE.test(tail) && CAPTION_END_RE.test(tail);
const CAPTION_START_RE = /^(file photo|image copyright|image caption|photo gallery|in pictures)\b|\ba post shared by\b.*\(@/i;
// Calls to action anywhere in a short line, addressed to the reader.
const CTA_RE = /\b(?:follow|like|find|join) us (?:on|at)\b|\b(?:click|tap) (?:here|through)\b|advertisement continue reading|thanks for subscribing|let us know in (?:the )?comments|\bturn on javascript|\benable javascript|\bread or share\b/i;
const CTA_PAIR = (s: string) =>
  /\b(download|sign up|signing up|subscribe|get)\b/i.test(s) && /\b(app|newsletter|inbox|alerts)\b/i.test(s) && /\b(our|your|you|now|here|free)\b/i.test(s);

const hasSentencePunctuation = (s: string) => /[.!?…。！？]["'”’»)]*$/.test(s) || /[.!?]\s+\p{Lu}/u.test(s);
// What `\s` matches beyond ASCII.
const WIDE_SPACES = new Set([0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && (WIDE_SPACES.has(c) || (c >= 0x2000 && c <= 0x200a)));
/** Whitespace-separated words, counted up to 13 (every rule asks about 12 or fewer): no split of a long line. */
function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n <= 12; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

// How long a line of each notice kind may be and still be only that notice: the specific notices (tweet, crawl)
// run to a paragraph; a prompt or site notice longer than a short line is an article paragraph that mentions one.
const NOTICE_LIMITS: Record<Exclude<NoticeKind, 'link'>, number> = { tweet: 400, crawl: 400, caption: 300, credit: 160, prompt: 200, site: 200 };
const NOTICE_MAX_CHARS = 400;

/** What a (trimmed, non-empty) line of an article is. */
export function classifyLine(line: string): LineKind {
  const text = line.trim();
  const short = text.length <= 160;
  if (DISCLAIMER_RE.test(text)) return { kind: 'disclaimer' };
  const translation = short ? parseTranslation(text) : undefined;
  if (translation) return { kind: 'translation', translation };
  if (short && (CREDIT_RE.test(text) || ORIGIN_RE.test(text) || (STOCK_RE.test(text) && !hasSentencePunctuation(text)))) {
    const outlet = outletFromCredit(text);
    return { kind: 'credit', ...(outlet ? { outlet } : {}) };
  }
  if (short && (TRAILER_RE.test(text) || COPYRIGHT_RE.test(text))) return { kind: 'junk' };
  if (short && (CRUMB_RE.test(text.replace(/[\s:.|]+$/, '')) || LABEL_RE.test(text))) return { kind: 'junk' };
  if (/^\[[^\]]{3,160}\]$/.test(text)) return { kind: 'junk' };
  if (text.length <= 300 && (CAPTION_START_RE.test(text) || captionEnd(text.slice(-120)))) return { kind: 'junk' };
  if (text.length <= 300 && (CTA_RE.test(text) || CTA_PAIR(text))) return { kind: 'junk' };
  if (text.length <= 400 && COOKIE_RE.test(text)) return { kind: 'junk' };
  if (text.length <= 140 && PROMO_VERBS.test(text) && (SOCIAL_RE.test(text) || words(text) <= 8 || !hasSentencePunctuation(text))) {
    return { kind: 'junk' };
  }
  if (text.length <= 140 && SECTION_RE.test(text) && !hasSentencePunctuation(text)) return { kind: 'junk' };
  if (text.length <= 140 && SOCIAL_RE.test(text) && !hasSentencePunctuation(text) && words(text) <= 10) return { kind: 'junk' };
  if (text.length <= 100 && BYLINE_RE.test(text)) return { kind: 'junk' };
  if (text.length <= 80 && STAMP_RE.test(text) && parseDateString(text)) return { kind: 'stamp' };
  // Breadcrumbs and menus: "World › Europe › Belarus", "Home | News | World".
  if (short && /\s[›»>|]\s/.test(text) && !hasSentencePunctuation(text) && words(text) <= 12) return { kind: 'junk' };
  const notice = text.length <= NOTICE_MAX_CHARS ? noticeLineKind(text) : undefined;
  if (notice !== undefined && notice !== 'link' && text.length <= NOTICE_LIMITS[notice]) return { kind: 'junk', notice };
  if (words(text) <= 3 && !hasSentencePunctuation(text)) return { kind: 'short' };
  return { kind: 'content' };
}
