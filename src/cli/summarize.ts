// `newsbrief summarize --jsonl FILE [--words N]`: {id, documents: [text, …]} lines (one event each) →
// {id, summary} lines, the extractive digest summary within N words (default 80). A bad or too-long line is
// reported on stderr (and, when its id is readable, as an {id, error} line) and the rest continue.
import { z } from 'zod';
import { summarizeTexts } from '../nlp/summary-budget.js';
import { answerJsonLines } from './text-input.js';

const lineSchema = z.object({ id: z.union([z.string(), z.number()]), documents: z.array(z.string()).max(1000) });

export interface SummarizeOptions {
  jsonl: string;
  words: number;
  maxBytes: number;
  out: (line: string) => void;
  err: (line: string) => void;
}

export function runSummarize(options: SummarizeOptions): Promise<number> {
  return answerJsonLines(options.jsonl, options, lineSchema, '{"id": …, "documents": ["…", …]}', (line) => ({
    summary: summarizeTexts(line.documents, options.words),
  }));
}
