// Web-page notices that are not news, found by kind, not by one site's wording: embedded-tweet notices,
// web-archive crawl notices, share and sign-up prompts, photo credits and captions, ads and site notices.
// noticeKind is the loose test, for the summariser (a summary sentence that merely mentions a newsletter or the
// Internet Archive is dropped: there are always other sentences). Cleaning drops whole lines and must not lose
// news that mentions such things: it uses noticeLineKind (notice-lines.ts), which wants a notice's whole shape.

export type NoticeKind = 'tweet' | 'crawl' | 'prompt' | 'credit' | 'caption' | 'site' | 'link';

const TWEETS_RE = /\btweets?\b/i;
const PLACE_RE = /\b(?:location|city|town|precise|whereabouts|where you are|place)\b/i;
const READER_RE = /\b(?:you|your)\b/i;
/** Twitter's location notices: a line about "your" tweets and where you are (any wording of it). */
export const isTweetLocationNotice = (text: string): boolean =>
  TWEETS_RE.test(text) && PLACE_RE.test(text) && (READER_RE.test(text) || /^\W*tweet with\b/i.test(text));

// The vocabulary of web-archive notices. The archive's names alone are a topic ("The Internet Archive, which runs
// the Wayback Machine, lost its appeal"); a notice tells how pages are gathered, with a second term of the trade.
const ARCHIVE_NAMES_RE = /\bwayback machine\b|\binternet archive\b|\barchive-it\b/i;
const ARCHIVE_MECHANICS: readonly RegExp[] = [
  /\bcrawl(?:s|ed|er|ers|ing)?\b/i,
  /\bseed ?lists?\b/i,
  /\brobots\.txt\b/i,
  /\bweb (?:archiving|captures?|collections?)\b/i,
  /\bembargo period\b/i,
];
/** A web-archive notice's sentence: two terms of how pages are archived, or one with the archive's name. */
export function isArchiveNotice(text: string): boolean {
  const mechanics = ARCHIVE_MECHANICS.filter((re) => re.test(text)).length;
  return mechanics >= 2 || (mechanics === 1 && ARCHIVE_NAMES_RE.test(text));
}

const RULES: readonly (readonly [NoticeKind, RegExp | ((text: string) => boolean)])[] = [
  // Twitter's embed and location notices, an embedded tweet's signature line, Instagram's embed line.
  ['tweet', isTweetLocationNotice],
  ['tweet', /\bembed (?:this|the) tweet\b|\bpic\.twitter\.com\b|\(@\w{1,15}\)\s+\p{L}+\.? \d{1,2},? \d{4}\s*$|\ba post shared by\b/iu],
  // Web archives: the Wayback Machine, crawl data and seed lists.
  ['crawl', /\bwayback machine\b|\binternet archive\b|\bcrawls? of\b|\b(?:web|wide|the|this|these|election|collaborative) crawls?\b|\bcrawl(?:s|ed|er|ing)?\b[^.]{0,60}\b(?:archive|data|seed ?list|configuration|software|performed)\b|\bseed ?list\b|\brobots\.txt\b/i],
  // Share, sign-up, subscribe and follow prompts addressed to the reader.
  ['prompt', /^(?:share|tweet|pin|e-?mail|print|save|comment)(?:[\s,|/]+(?:share|tweet|pin|e-?mail|print|save|comment|this|story|article|on|facebook|twitter|whatsapp|linkedin|reddit))+\b|\bshare (?:this|on (?:facebook|twitter|x)|via|with (?:your )?friends)\b|\bsign(?:ing)? up (?:for|to|here|now|today)\b|\bsubscribe (?:to (?:our|the|this)|now|today|here|for (?:free|only|unlimited|\$))|\bnewsletter\b|\binvalid e-?mail\b|\bnot a robot\b|\b(?:follow|like|find|join) us (?:on|at)\b|\b(?:click|tap) (?:here|to (?:read|see|watch|share|subscribe|download|view))\b|\bdownload (?:our|the) app\b|\be-?mail (?:us|this (?:story|article))\b|\bthanks for (?:subscribing|signing up|reading)\b|\bmailing list\b|\bcontact details\b|\bin the form below\b|\bdownload and share\b|\b(?:share|like|comment on) (?:it|this) (?:on|with)\b/i],
  // Picture credits: "(Photo: …)", "Getty Images", "AP Photo/…", "Photo by …".
  ['credit', /\((?:photo|image|picture|pic|credit|video)s?\s*:|\b(?:getty images|shutterstock|istock(?:photo)?|alamy|ap photo|afp photo|reuters photo|pool photo|epa-efe)\b|\b(?:photo|image|picture)s? (?:by|credit|courtesy)\b|\b(?:photo|image) credit\b|\/(?:ap|afp|reuters|getty|epa)\b/i],
  // Captions: "In this May 24, 2016, file photo, …", "FILE - …", "… in a file photo."
  ['caption', /^(?:file\s*[-–—:]\s*)?in this\b[^.]{0,80}?\b(?:photo|image|picture|frame grab|still|video)s?\b|^file\s*[-–—:]\s|^file photo\b|\b(?:file|handout|undated|stock|archive) (?:photo|image|picture)\b|\b(?:pictured|seen) (?:here|above|below|left|right)\b|^\(?(?:above|top|left|right|below|inset)\s*[:)]/i],
  // Ads and site furniture: "Advertisement", "Story continues below", JavaScript, cookies, hosting notices.
  ['site', /^advertisement\b|\bcontinue reading\b|\bstory continue[sd] below\b|\benable javascript\b|\bjavascript (?:is )?(?:disabled|required)\b|\byour browser (?:does not|doesn't)\b|\bcookies?\b[^.]{0,60}\b(?:accept|consent|policy|settings)\b|\bcustom domain\b|\bpage (?:not found|you requested)\b|\bthis (?:page|site|website) (?:uses|requires|is no longer|has moved|may)\b|\ball rights reserved\b|©|\bcopyright \d{4}\b/i],
  // A web address: fine in an article, never in a summary sentence.
  ['link', /https?:\/\/|\bwww\.\w|\b[\w-]{2,}\.(?:com|org|net|co\.uk)\b/i],
];

/** The kind of web-page notice this sentence mentions or is (loose: for the summariser), or undefined for news. */
export function noticeKind(text: string): NoticeKind | undefined {
  for (const [kind, rule] of RULES) if (typeof rule === 'function' ? rule(text) : rule.test(text)) return kind;
  return undefined;
}
