// The digest's frame in a locale, from the `digest-*` keys: the shape of briefings/render-strings.ts
// DigestStrings (kept structural here: src/ may not import briefings/). The scheduled digest has no
// grammY context, so this takes a locale, not ctx.
import { translator } from './fluent.js';
import type { DigestStrings, Translate } from './translate.port.js';

export type DigestFrameStrings = DigestStrings;

const cache = new Map<string, DigestFrameStrings>();

export function digestStrings(locale: string, t: Translate = translator(locale)): DigestFrameStrings {
  const hit = cache.get(locale);
  if (hit) return hit;
  const strings: DigestFrameStrings = {
    title: t('digest-title'),
    window: (since, until, zone, stories) => t('digest-window', { since, until, zone, stories }),
    nothingNew: (since, zone) => t('digest-nothing-new', { since, zone }),
    update: t('digest-update'),
    more: (count) => t('digest-more', { count }),
    outlets: (count) => t('digest-outlets', { count }),
    articles: (count, latest) => t('digest-articles', { count, latest }),
    followUp: (outlet, when) => t('digest-follow-up', { outlet, when }),
    moreOutlets: (count) => t('digest-more-outlets', { count }),
    moreStories: t('digest-more-stories'),
    unknownSource: t('digest-unknown-source'),
    dateUnknown: t('date-unknown'),
    disclaimer: t('digest-disclaimer'),
  };
  cache.set(locale, strings);
  return strings;
}
