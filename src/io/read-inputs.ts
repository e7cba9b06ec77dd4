// Files and folders named on the command line → ingest inputs. Oversized files are not read.
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestInput } from '../articles/ingest.js';

export interface UnreadableInput {
  name: string;
  message: string;
}

/** Expands folders (sorted, hidden files skipped, not recursive) and reads each file. */
export function readInputs(paths: readonly string[], maxBytes: number): { inputs: IngestInput[]; unreadable: UnreadableInput[] } {
  const inputs: IngestInput[] = [];
  const unreadable: UnreadableInput[] = [];
  for (const path of paths) {
    for (const file of expand(path, unreadable)) {
      try {
        const size = statSync(file).size;
        // Read only the first maxBytes+1 bytes of a huge file: enough for cleaning to reject it.
        inputs.push({ name: file, bytes: size > maxBytes ? readHead(file, maxBytes + 1) : readFileSync(file) });
      } catch (error) {
        unreadable.push({ name: file, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      }
    }
  }
  return { inputs, unreadable };
}

function expand(path: string, unreadable: UnreadableInput[]): string[] {
  try {
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => join(path, name))
      .filter((file) => statSync(file).isFile());
  } catch (error) {
    unreadable.push({ name: path, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return [];
  }
}

function readHead(file: string, bytes: number): Uint8Array {
  const buffer = Buffer.alloc(bytes);
  const fd = openSync(file, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}
