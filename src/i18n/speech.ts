// What a renderer needs to speak the reader's language: the translate function and a day formatter.
// The pure renderers (src/render/**) take it as an argument (its type is in translate.port.ts).
import type { Context } from 'grammy';
import { dayFormatter, type Speech } from './speech-of.js';
import { localeOf, tr } from './tr.js';

export function speechOf(ctx: Context): Speech {
  const t = tr(ctx);
  return { t, day: dayFormatter(localeOf(ctx), t) };
}
