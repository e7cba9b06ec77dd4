// `newsbrief summarize --jsonl FILE [--words N]`: {id, documents: [text, …]} lines (one event each) →
// {id, summary} lines, the extractive digest summary within N words (default 80). A bad or too-long line is
// reported on stderr (and, when its id is readable, as an {id, error} line) and the rest continue.
import { z } from 'zod';
import { summarizeTexts } from '../nlp/summary-budget.js';
import { jsonLines, lineInput } from './text-input.js';
import { terminalSafeJson, terminalSafeLine } from './terminal-safe.js';

const lineSchema = z.object({ id: z.union([z.string(), z.number()]), documents: z.array(z.string()).max(1000) });

export interface SummarizeOptions {
  jsonl: string;
  words: number;
  maxBytes: number;
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function runSummarize(options: SummarizeOptions): Promise<number> {
  const { out, err } = options;
  const opened = lineInput(options.jsonl);
  if (!opened.ok) {
    err(`failed  ${terminalSafeLine(options.jsonl)}: ${terminalSafeLine(opened.message)}`);
    return 1;
  }
  let failed = 0;
  for await (const line of jsonLines(opened.input, options.maxBytes, lineSchema)) {
    if (!line.ok) {
      failed++;
      if (line.kind === 'too_long') {
        out(terminalSafeJson(JSON.stringify({ ...(line.id === undefined ? {} : { id: line.id }), error: line.error })));
        err(`line ${line.lineNo}: ${line.error} Skipped.`);
      } else err(`line ${line.lineNo}: expected a JSON object {"id": …, "documents": ["…", …]}; skipped`);
      continue;
    }
    out(terminalSafeJson(JSON.stringify({ id: line.value.id, summary: summarizeTexts(line.value.documents, options.words) })));
  }
  return failed > 0 ? 1 : 0;
}
