// A Speech for a locale without a context (the scheduled digest, tests).
import { formatDayIn } from './dates.js';
import { translator } from './fluent.js';
import type { Speech, Translate } from './translate.port.js';

export function dayFormatter(locale: string, t: Translate): Speech['day'] {
  const unknown = t('date-unknown');
  return (iso, timeZone) => formatDayIn(locale, iso, unknown, timeZone);
}

export function speechFor(locale: string): Speech {
  const t = translator(locale);
  return { t, day: dayFormatter(locale, t) };
}

export type { Speech };
