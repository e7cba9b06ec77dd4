// `newsbrief entities`: entity extraction on a text, or on {id,text} JSON lines (the eval format).
// A file is read like an ingest input (regular files only, capped); text output is terminal-safe.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { extractEntities } from '../nlp/entities.js';
import { readInput } from '../io/read-inputs.js';
import { terminalSafeJson, terminalSafeLine } from './terminal-safe.js';

const lineSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

export async function runEntities(options: {
  file: string | undefined;
  jsonl: string | undefined;
  json: boolean;
  maxBytes: number;
  out: (line: string) => void;
}): Promise<number> {
  const err = (line: string) => process.stderr.write(`${line}\n`);
  if (options.jsonl) {
    let failed = 0;
    let lineNo = 0;
    const input = options.jsonl === '-' ? process.stdin : createReadStream(options.jsonl);
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      let parsed: z.infer<typeof lineSchema>;
      try {
        parsed = lineSchema.parse(JSON.parse(line));
      } catch {
        failed++;
        err(`line ${lineNo}: expected a JSON object {"id": …, "text": "…"}; skipped`);
        continue;
      }
      options.out(terminalSafeJson(JSON.stringify({ id: parsed.id, entities: extractEntities(parsed.text) })));
    }
    return failed > 0 ? 1 : 0;
  }
  if (!options.file) {
    err('entities needs a file, - for stdin, or --jsonl FILE');
    return 2;
  }
  let text: string;
  if (options.file === '-') text = readFileSync(0, 'utf8');
  else {
    const read = readInput(options.file, options.maxBytes);
    if (!read.ok) {
      err(`failed  ${terminalSafeLine(options.file)}: ${terminalSafeLine(read.unreadable.message)}`);
      return 1;
    }
    text = new TextDecoder().decode(read.input.bytes);
  }
  const entities = extractEntities(text);
  if (options.json) options.out(terminalSafeJson(JSON.stringify({ entities })));
  else for (const e of entities) options.out(terminalSafeLine(`${e.type.padEnd(6)} ${e.text}${e.role ? ` — ${e.role}` : ''}  [${e.start}, ${e.end})`));
  return 0;
}
