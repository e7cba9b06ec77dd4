// `newsbrief entities`: entity extraction on a text, or on {id,text} JSON lines (the eval format).
// Every read is capped before it happens: a file is read like an ingest input (regular files only,
// capped), stdin stops at MAX_ARTICLE_BYTES, and each JSON line is capped on its own. Text output is terminal-safe.
import { z } from 'zod';
import { extractEntities } from '../nlp/entities.js';
import { answerJsonLines, readText } from './text-input.js';
import { terminalSafeJson, terminalSafeLine } from './terminal-safe.js';

// `language` (optional, BCP-47) picks the entity rules; without it the language is detected from the text
const lineSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string(), language: z.string().optional() });

interface EntitiesOptions {
  file: string | undefined;
  jsonl: string | undefined;
  json: boolean;
  maxBytes: number;
  out: (line: string) => void;
}

const err = (line: string) => process.stderr.write(`${line}\n`);

export async function runEntities(options: EntitiesOptions): Promise<number> {
  if (options.jsonl) return runJsonLines(options.jsonl, options);
  if (!options.file) {
    err('entities needs a file, - for stdin, or --jsonl FILE');
    return 2;
  }
  const text = await readText(options.file, options.maxBytes);
  if (!text.ok) {
    err(`failed  ${terminalSafeLine(options.file)}: ${terminalSafeLine(text.message)}`);
    return 1;
  }
  const entities = extractEntities(text.value);
  if (options.json) options.out(terminalSafeJson(JSON.stringify({ entities })));
  else for (const e of entities) options.out(terminalSafeLine(`${e.type.padEnd(6)} ${e.text}${e.role ? ` — ${e.role}` : ''}  [${e.start}, ${e.end})`));
  return 0;
}

/** One {id, entities} line per input line; a bad or too-long line is reported and the rest continue. */
function runJsonLines(path: string, options: EntitiesOptions): Promise<number> {
  return answerJsonLines(path, { maxBytes: options.maxBytes, out: options.out, err }, lineSchema, '{"id": …, "text": "…"}', (line) => ({
    entities: extractEntities(line.text, { language: line.language }),
  }));
}
