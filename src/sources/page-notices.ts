// What a page that is not an article says instead: a consent wall, a login or paywall stub, a crawl/archive
// notice. Each pattern is the general wording of a kind of notice, not one site's text.
export type NoticeKind = 'consent_wall' | 'paywall' | 'crawl_notice';

const NOTICES: readonly (readonly [NoticeKind, RegExp])[] = [
  [
    'consent_wall',
    /\b(?:we (?:and our (?:\d+ )?partners )?(?:use|store) cookies|(?:accept|reject|allow) all(?: cookies)?\b|cookie (?:policy|settings|preferences|consent|banner)|manage (?:your )?(?:cookie|privacy|consent) (?:settings|preferences|choices|options)|(?:your|manage) privacy choices|we value your privacy|consent to (?:the use of|our use of) cookies|before you continue to)\b/i,
  ],
  [
    'paywall',
    /\b(?:subscribe (?:now )?to (?:continue|read|keep reading|unlock|get full access)|(?:for|exclusive to|available to) (?:paid |premium |digital )?(?:subscribers|members) only|subscribers? only|(?:sign|log) ?in to (?:continue|read|keep reading|view|access|see)|already (?:a subscriber|have an account)|create (?:a )?free account to (?:continue|read)|you(?:'|’)ve (?:reached|used) (?:your|all of your) (?:free |monthly )?(?:article|story|articles|stories)|this (?:article|content|story) is (?:for|reserved for|available to|exclusive to) (?:paid |premium )?(?:subscribers|members)|start your (?:free )?trial|unlock (?:this|the full) (?:article|story)|to continue reading,? (?:please )?(?:subscribe|sign in|log in|register))\b/i,
  ],
  [
    'crawl_notice',
    /\b(?:you can add location information to your tweets|add this tweet to your website|tweet with a location|the wayback machine|wayback machine (?:has not archived|doesn't have)|got an http \d{3} response at crawl time|this crawl was run at a level|the seed for this crawl|captured \d+ times? between|this page (?:is|was) archived|archived (?:from the original|snapshot))\b/i,
  ],
];

/** A paragraph longer than this that mentions a notice's wording is article prose, not the notice. */
export const MAX_NOTICE_CHARS = 300;

/** The kind of notice `text` is (or contains), if any. */
export function noticeOf(text: string): NoticeKind | undefined {
  return NOTICES.find(([, re]) => re.test(text))?.[0];
}

export const NOTICE_MESSAGES: Record<NoticeKind | 'too_little_text' | 'not_article', string> = {
  consent_wall: 'This is a cookie or consent page, not the article; fetch the article URL itself (a consent page has no article text).',
  paywall: 'This is a login or paywall stub; the article text is behind a subscription, so use the feed’s own text instead.',
  crawl_notice: 'This is a crawl or archive notice (a Wayback or tweet-location page), not an article; use the original article URL.',
  too_little_text: 'The page has too little prose to be an article; check the URL points at one story, not a list or a media page.',
  not_article: 'Found no article on this page (a list, a home page or a media page); give the URL of one story.',
};
