// Whole lines that are web-page notices, for cleaning: a line is dropped only when its shape is the notice's, not
// when it mentions a notice word. So "Sign up for our newsletter." goes, "The senator wrote in a newsletter to
// voters." stays; Twitter's location notice goes, a story about the Internet Archive or a seed list stays.
// Shapes: the notice's opening words at the start of the line (prompts, captions, credits, site furniture), the
// vocabulary of a notice used together (web-archive notices), or a short line of loose notice words addressed to
// the reader. The loose test for summary sentences is noticeKind (boilerplate-notices.ts).
import { isArchiveNotice, isTweetLocationNotice, noticeKind, type NoticeKind } from './boilerplate-notices.js';

const ANCHORED: readonly (readonly [NoticeKind, RegExp])[] = [
  // An embed's signature line "— Name (@handle) March 3, 2019", an embed prompt, Instagram's embed line.
  ['tweet', /^[—–-]+\s*[^()]{1,60}\(@\w{1,15}\)\s+\p{L}+\.? \d{1,2},? \d{4}\s*$|^embed (?:this|the) tweet\b|^a post shared by\b|^pic\.twitter\.com\/\w+$/iu],
  // An archive notice that opens on its subject: "These crawls are …", "Web wide crawl with …", "Crawl data …".
  ['crawl', /^(?:(?:these|this|the) )?(?:(?:web|wide|election|collaborative|domain) )*crawls? (?:data )?(?:are|is|was|were|of|with|from|started|performed)\b/i],
  // Reader prompts, opening the line: a row of share buttons, "Sign up for …", "Subscribe to …", "Follow us on …".
  ['prompt', /^(?:share|tweet|pin|e-?mail|print|save|comment)(?:[\s,|/]+(?:share|tweet|pin|e-?mail|print|save|comment|this|story|article|on|facebook|twitter|whatsapp|linkedin|reddit))+\s*$|^(?:please )?(?:sign up|subscribe|register) (?:for|to|here|now|today)\b|^(?:follow|like|find|join) us (?:on|at)\b|^(?:click|tap) (?:here|to (?:read|see|watch|share|subscribe|download|view))\b|^download (?:our|the) app\b|^thanks? (?:you )?for (?:subscribing|signing up|reading)\b|^(?:enter|fill in|provide|add|leave) your (?:e-?mail|contact details|details|name)\b|^(?:invalid e-?mail|please confirm you are not a robot)\b/i],
  // Picture credits opening the line: "(Photo: …)", "Photo by …", "Image credit: …".
  ['credit', /^\(?(?:photo|image|picture|pic|video)s?\s*(?::|by\b|credit\b|courtesy\b)|^\(?credits?\s*:/i],
  // Captions: "In this May 24, 2016, file photo, …", "FILE - …", "(Above) …".
  ['caption', /^(?:file\s*[-–—:]\s*)?in this\b[^.]{0,80}?\b(?:photo|image|picture|frame grab|still|video)s?\b|^file\s*[-–—:]\s|^file photo\b|^\(?(?:above|top|left|right|below|inset)\s*[:)]/i],
  // Ads and site furniture opening the line, or the line ending on a rights notice.
  ['site', /^advertisement\b|^(?:story|article) continue[sd] below\b|^continue reading\b|^(?:please )?(?:enable|turn on) javascript\b|^javascript (?:is )?(?:disabled|required)\b|^your browser (?:does not|doesn't)\b|^this (?:page|site|website) (?:uses|requires|is no longer|has moved)\b|^(?:the )?page (?:not found|you requested)\b|^(?:©|copyright \d{4}\b)|\ball rights reserved\.?$/i],
];

// A short line of loose notice words is only a notice when it talks to the reader ("your", "our", "us") or is a
// label of a few words without a sentence's end ("Getty Images", "Newsletter sign-up"); a headline is longer.
const SHORT_WORDS = 12;
const LABEL_WORDS = 4;
const READER_RE = /\b(?:you|your|our|us)\b/i;
const hasSentenceEnd = (s: string) => /[.!?…]["'”’)]*$/.test(s);

/** The kind of web-page notice this whole line is, or undefined when it is (or may be) news. */
export function noticeLineKind(line: string): NoticeKind | undefined {
  const text = line.trim();
  if (isTweetLocationNotice(text)) return 'tweet';
  if (isArchiveNotice(text)) return 'crawl';
  for (const [kind, re] of ANCHORED) if (re.test(text)) return kind;
  const loose = noticeKind(text);
  if (loose === undefined || loose === 'link') return undefined;
  const words = text.split(/\s+/, SHORT_WORDS + 1).length;
  const toReader = words <= SHORT_WORDS && READER_RE.test(text);
  const label = words <= LABEL_WORDS && !hasSentenceEnd(text);
  return toReader || label ? loose : undefined;
}
