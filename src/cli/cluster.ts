// `newsbrief cluster --jsonl FILE`: which reports tell the same event. {id, text, title?, publishedAt?} lines in,
// one {id, cluster} line out per good input line, in input order. Every line is capped before it is parsed
// (text-input.ts); a bad or too-long line gets one line on stderr and no output line, and the rest continue.
import { z } from 'zod';
import { EventIndex } from '../../briefings/event-index.js';
import type { EventDocument } from '../../briefings/event-features.js';
import { jsonLines, lineInput } from './text-input.js';
import { terminalSafeJson, terminalSafeLine } from './terminal-safe.js';

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
});

export interface ClusterOptions {
  jsonl: string;
  maxBytes: number;
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function runCluster(options: ClusterOptions): Promise<number> {
  const opened = lineInput(options.jsonl);
  if (!opened.ok) {
    options.err(`failed  ${terminalSafeLine(options.jsonl)}: ${terminalSafeLine(opened.message)}`);
    return 1;
  }
  const docs: (EventDocument & { given: string | number })[] = [];
  const seen = new Set<string>();
  let failed = 0;
  for await (const line of jsonLines(opened.input, options.maxBytes, lineSchema)) {
    if (!line.ok) {
      failed++;
      options.err(
        line.kind === 'too_long'
          ? `line ${line.lineNo}: ${terminalSafeLine(line.error)} Skipped.`
          : `line ${line.lineNo}: expected a JSON object {"id": …, "text": "…", "title"?: "…", "publishedAt"?: "ISO date"}; skipped`,
      );
      continue;
    }
    const { id, text, title, publishedAt } = line.value;
    const key = String(id);
    if (seen.has(key)) {
      failed++;
      options.err(`line ${line.lineNo}: id ${terminalSafeLine(key)} appeared before; skipped`);
      continue;
    }
    seen.add(key);
    const time = publishedAt === undefined ? undefined : Date.parse(publishedAt);
    if (time !== undefined && Number.isNaN(time)) options.err(`line ${line.lineNo}: publishedAt "${terminalSafeLine(publishedAt!)}" is not a date; ignored`);
    docs.push({ id: key, given: id, text, title, time: time === undefined || Number.isNaN(time) ? undefined : time });
  }
  const index = new EventIndex();
  // Oldest first when the lines are dated (undated ones keep their place among themselves, first).
  index.addAll([...docs].sort((a, b) => (a.time ?? Number.NEGATIVE_INFINITY) - (b.time ?? Number.NEGATIVE_INFINITY)));
  const names = new Map<number, string>();
  for (const doc of docs) {
    const event = index.eventOf(doc.id)!;
    if (!names.has(event)) names.set(event, `e${names.size + 1}`);
    options.out(terminalSafeJson(JSON.stringify({ id: doc.given, cluster: names.get(event) })));
  }
  return failed > 0 ? 1 : 0;
}
