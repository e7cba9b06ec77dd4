// Reads for the entities CLI that are capped before they happen: stdin never buffers more than
// the cap + one chunk, a JSON-lines file must be a regular file, and each line is capped on its own
// (an endless line from /dev/zero or a FIFO is counted and dropped, never held in memory).
import { closeSync, constants, createReadStream, fstatSync, openSync, type ReadStream } from 'node:fs';
import { inspectEntry } from '../io/read-inputs.js';

export { readAllCapped } from '../io/read-capped.js';

export type CappedLine = { ok: true; text: string } | { ok: false; size: number; head: string };
/** Enough of a too-long line to find the id it starts with. */
const HEAD_BYTES = 512;

/** The lines of `input` ("\n" or "\r\n"), each at most `maxBytes`; a longer one comes back as its size and first bytes. */
export async function* cappedLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<CappedLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let head: Buffer | undefined;
  const add = (piece: Buffer) => {
    size += piece.byteLength;
    if (head) return;
    parts.push(piece);
    if (size > maxBytes) {
      head = Buffer.concat(parts).subarray(0, HEAD_BYTES);
      parts = [];
    }
  };
  const finish = (): CappedLine => {
    const line: CappedLine = head
      ? { ok: false, size, head: head.toString('utf8') }
      : { ok: true, text: Buffer.concat(parts, size).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    head = undefined;
    return line;
  };
  for await (const chunk of input) {
    let rest = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let nl = rest.indexOf(0x0a); nl >= 0; nl = rest.indexOf(0x0a)) {
      add(rest.subarray(0, nl));
      rest = rest.subarray(nl + 1);
      yield finish();
    }
    add(rest);
  }
  if (size > 0) yield finish();
}

/** The id a JSON line starts with (`{"id": …`), if it is the first key. */
export function leadingId(head: string): string | number | undefined {
  const m = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.){0,200}"|-?\d{1,15}(?![\d.eE]))/.exec(head);
  if (!m?.[1]) return undefined;
  try {
    const id: unknown = JSON.parse(m[1]);
    return typeof id === 'string' || typeof id === 'number' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** A stream of a regular file, or why not (a FIFO, a device, a folder or a socket could block or never end). */
export function openRegularFile(path: string): { ok: true; stream: ReadStream } | { ok: false; message: string } {
  const entry = inspectEntry(path);
  if (!entry) return { ok: false, message: 'no such file.' };
  if (entry.kind === 'bad') return { ok: false, message: entry.message };
  if (entry.kind === 'dir') return { ok: false, message: 'a folder, not a file; give a JSON-lines file.' };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)}).` };
  }
  // Checked again on the open handle: the path may have been swapped for a FIFO since inspectEntry.
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    return { ok: false, message: 'not a regular file; only regular files are read.' };
  }
  return { ok: true, stream: createReadStream('', { fd }) };
}
