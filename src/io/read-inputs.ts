// Files and folders named on the command line (or found in the inbox) → ingest inputs.
// Only regular files are read (a FIFO, a device or a socket could block or never end), through a
// file handle opened non-blocking and checked again with fstat, and never more than the cap + 1 bytes.
// A bad entry (dangling symlink, symlink loop, non-regular file) is reported on its own; the rest is read.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { IngestInput } from '../articles/ingest.js';
import { tooLargeMessage } from '../articles/decode.js';

export type UnreadableCode = 'not_found' | 'bad_link' | 'not_regular' | 'too_large' | 'unreadable';

export interface UnreadableInput {
  name: string;
  code: UnreadableCode;
  /** One line, without the name. */
  message: string;
}

export type Entry =
  | { kind: 'file'; mtimeMs: number }
  | { kind: 'dir' }
  | { kind: 'bad'; code: UnreadableCode; message: string; /** of the entry itself (the link, not its target) */ mtimeMs: number };

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

function whatItIs(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'something other than a file';
}

const notRegular = (stat: Stats) => ({ code: 'not_regular' as const, message: `${whatItIs(stat)}, not a regular file; only regular files are ingested.` });

/** What a path is, following symlinks, without opening it. */
export function inspectEntry(path: string): Entry | undefined {
  const link = lstatSync(path, { throwIfNoEntry: false });
  if (!link) return undefined;
  let stat: Stats = link;
  if (link.isSymbolicLink()) {
    try {
      stat = statSync(path);
    } catch (error) {
      const code = errno(error);
      const message =
        code === 'ELOOP'
          ? 'a symlink loop, not a file; fix or remove the link.'
          : code === 'ENOENT'
            ? 'a dangling symlink (its target does not exist); fix or remove the link.'
            : `a symlink that cannot be followed (${code}); fix or remove the link.`;
      return { kind: 'bad', code: 'bad_link', message, mtimeMs: link.mtimeMs };
    }
  }
  if (stat.isDirectory()) return { kind: 'dir' };
  if (stat.isFile()) return { kind: 'file', mtimeMs: stat.mtimeMs };
  return { kind: 'bad', ...notRegular(stat), mtimeMs: link.mtimeMs };
}

/** Reads at most `limit` bytes from the current position of `fd`, in as many reads as it takes. */
function readCapped(fd: number, expected: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let want = Math.min(expected + 1, limit);
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.max(1, want));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    want = Math.min(64 * 1024, limit - total);
  }
  return Buffer.concat(chunks, total);
}

/** One file's bytes, or why not: checked by fstat on the open handle, so a swapped-in FIFO can't block. */
export function readInput(path: string, maxBytes: number): { ok: true; input: IngestInput } | { ok: false; unreadable: UnreadableInput } {
  const refuse = (code: UnreadableCode, message: string) => ({ ok: false as const, unreadable: { name: path, code, message } });
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = errno(error);
    if (code === 'ENOENT') return refuse('not_found', 'no such file.');
    if (code === 'ELOOP') return refuse('bad_link', 'a symlink loop, not a file; fix or remove the link.');
    if (code === 'ENXIO') return refuse('not_regular', 'a socket, not a regular file; only regular files are ingested.');
    return refuse('unreadable', `cannot read (${code}).`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return refuse(notRegular(stat).code, notRegular(stat).message);
    if (stat.size > maxBytes) return refuse('too_large', tooLargeMessage(stat.size, maxBytes));
    const bytes = readCapped(fd, stat.size, maxBytes + 1);
    // It grew while being read: the size now is the real one.
    if (bytes.byteLength > maxBytes) return refuse('too_large', tooLargeMessage(Math.max(fstatSync(fd).size, bytes.byteLength), maxBytes));
    return { ok: true, input: { name: path, bytes } };
  } catch (error) {
    return refuse('unreadable', `cannot read (${errno(error)}).`);
  } finally {
    closeSync(fd);
  }
}

/** The entries of a folder to consider: sorted, hidden ones skipped, not recursive. */
export function listFolder(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => join(dir, name));
}

/** Expands folders (sorted, hidden files and sub-folders skipped) and reads each file; bad entries are reported, not fatal. */
export function readInputs(paths: readonly string[], maxBytes: number): { inputs: IngestInput[]; unreadable: UnreadableInput[] } {
  const inputs: IngestInput[] = [];
  const unreadable: UnreadableInput[] = [];
  const read = (file: string) => {
    const result = readInput(file, maxBytes);
    if (result.ok) inputs.push(result.input);
    else unreadable.push(result.unreadable);
  };
  for (const path of paths) {
    const entry = inspectEntry(path);
    if (!entry) unreadable.push({ name: path, code: 'not_found', message: 'no such file or folder.' });
    else if (entry.kind === 'bad') unreadable.push({ name: path, code: entry.code, message: entry.message });
    else if (entry.kind === 'file') read(path);
    else {
      let files: string[];
      try {
        files = listFolder(path);
      } catch (error) {
        unreadable.push({ name: path, code: 'unreadable', message: `cannot list this folder (${errno(error)}).` });
        continue;
      }
      for (const file of files) {
        const inner = inspectEntry(file);
        if (inner?.kind === 'file') read(file);
        else if (inner?.kind === 'bad') unreadable.push({ name: file, code: inner.code, message: inner.message });
      }
    }
  }
  return { inputs, unreadable };
}
