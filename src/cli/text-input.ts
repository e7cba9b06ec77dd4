// The CLI's two ways to take text in, shared by `entities`, `extract`, `summarize` and `cluster`: a whole file or stdin
// (capped before decoding), or a file or stdin read as capped lines (--jsonl).
import { tooLargeMessage } from '../articles/decode.js';
import { readInput } from '../io/read-inputs.js';
import type { z } from 'zod';
import { cappedLines, leadingId, openRegularFile, readAllCapped } from './capped-read.js';
import { terminalSafeJson, terminalSafeLine } from './terminal-safe.js';

export type TextRead = { ok: true; value: string } | { ok: false; message: string };

/** The whole of `file` ('-' = stdin) as UTF-8, refused past maxBytes without reading on. */
export async function readText(file: string, maxBytes: number): Promise<TextRead> {
  if (file === '-') {
    const read = await readAllCapped(process.stdin, maxBytes);
    if (!read.ok) process.stdin.destroy();
    return read.ok ? { ok: true, value: new TextDecoder().decode(read.bytes) } : { ok: false, message: tooLargeMessage(read.size, maxBytes) };
  }
  const read = readInput(file, maxBytes);
  return read.ok ? { ok: true, value: new TextDecoder().decode(read.input.bytes) } : { ok: false, message: read.unreadable.message };
}

/** The stream --jsonl reads: stdin for '-', else the regular file (a FIFO, device or missing file is refused). */
export function lineInput(path: string): { ok: true; input: AsyncIterable<Buffer | string> } | { ok: false; message: string } {
  if (path === '-') return { ok: true, input: process.stdin };
  const opened = openRegularFile(path);
  return opened.ok ? { ok: true, input: opened.stream } : opened;
}

export type JsonLine<T> =
  | { lineNo: number; ok: true; value: T }
  /** Over maxBytes: `id` when the line's start names one, so the output line can still say which input it was. */
  | { lineNo: number; ok: false; kind: 'too_long'; id?: string | number; error: string }
  | { lineNo: number; ok: false; kind: 'not_object' };

/** --jsonl's lines, in order: each non-blank line capped at maxBytes, then parsed as JSON by `schema`. */
export async function* jsonLines<T>(input: AsyncIterable<Buffer | string>, maxBytes: number, schema: z.ZodType<T>): AsyncGenerator<JsonLine<T>> {
  let lineNo = 0;
  for await (const line of cappedLines(input, maxBytes)) {
    lineNo++;
    if (!line.ok) {
      const id = leadingId(line.head);
      yield { lineNo, ok: false, kind: 'too_long', ...(id === undefined ? {} : { id }), error: tooLargeMessage(line.size, maxBytes) };
      continue;
    }
    if (!line.text.trim()) continue;
    const parsed = schema.safeParse(parseJson(line.text));
    yield parsed.success ? { lineNo, ok: true, value: parsed.data } : { lineNo, ok: false, kind: 'not_object' };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The --jsonl loop of `entities` and `summarize`: one output line per input line from `answer`; a too-long line
 * gets an {id?, error} line and a stderr line, a line that isn't `expected` a stderr line; the rest continue.
 * Exit code 1 when any line failed (or the file can't be opened), else 0.
 */
export async function answerJsonLines<T extends { id: string | number }>(
  path: string,
  io: { maxBytes: number; out: (line: string) => void; err: (line: string) => void },
  schema: z.ZodType<T>,
  expected: string,
  answer: (value: T) => object,
): Promise<number> {
  const opened = lineInput(path);
  if (!opened.ok) {
    io.err(`failed  ${terminalSafeLine(path)}: ${terminalSafeLine(opened.message)}`);
    return 1;
  }
  let failed = 0;
  for await (const line of jsonLines(opened.input, io.maxBytes, schema)) {
    if (!line.ok) {
      failed++;
      if (line.kind === 'too_long') {
        io.out(terminalSafeJson(JSON.stringify({ ...(line.id === undefined ? {} : { id: line.id }), error: line.error })));
        io.err(`line ${line.lineNo}: ${line.error} Skipped.`);
      } else io.err(`line ${line.lineNo}: expected a JSON object ${expected}; skipped`);
      continue;
    }
    io.out(terminalSafeJson(JSON.stringify({ id: line.value.id, ...answer(line.value) })));
  }
  return failed > 0 ? 1 : 0;
}
