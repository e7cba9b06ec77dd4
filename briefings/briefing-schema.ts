// The Briefing's shape as a zod schema, for reading briefings stored by older versions (the
// per-UTC-day `archive:<day>` entries): a shape change is then "not readable", not garbage.
import { z } from 'zod';
import type { Briefing } from './compose.js';

const sourceSchema = z.object({
  name: z.string(),
  url: z.string().optional(),
  articleUrl: z.string().optional(),
  publishedAt: z.string().optional(),
});

const eventSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.array(z.string()),
  articleIds: z.array(z.string()),
  sources: z.array(sourceSchema),
  importance: z.number(),
  /** Optional: briefings archived before the story-language filter have none (their events pass it). */
  languages: z.array(z.string()).optional(),
  followUp: z.object({ articleId: z.string(), fact: z.string() }).optional(),
});

export const briefingSchema = z.object({
  since: z.iso.datetime({ offset: true }),
  until: z.iso.datetime({ offset: true }),
  events: z.array(eventSchema),
  disclaimers: z.array(z.string()),
}) satisfies z.ZodType<Briefing>; // a field added to Briefing without its schema fails the type check

/** The stored value as a Briefing, or undefined when it isn't one. */
export function parseBriefing(value: unknown): Briefing | undefined {
  const parsed = briefingSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
