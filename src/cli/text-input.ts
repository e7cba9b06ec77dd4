// The CLI's two ways to take text in, shared by `entities` and `extract`: a whole file or stdin
// (capped before decoding), or a file or stdin read as capped lines (--jsonl).
import { tooLargeMessage } from '../articles/decode.js';
import { readInput } from '../io/read-inputs.js';
import { openRegularFile, readAllCapped } from './capped-read.js';

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
