// The inbox folder: new files are ingested, then moved to done/ or failed/ (with the reason).
// Files are moved only after their batch is committed, so a crash re-reads them next time and
// dedupe turns them into "duplicate" → done/. Nothing is lost and nothing is stored twice.
//
// The scan runs inside the bot, so it must never hold the event loop for long: files are ingested
// in small chunks with a macrotask yield between them, and a file big enough to take more than a
// few tens of milliseconds to build is built in a worker thread (off-thread-build.ts).
// A bad entry (dangling symlink, symlink loop, FIFO, device, unreadable or oversized file) is
// moved to failed/ with its reason, so it is reported once, not on every tick.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { IngestInput, Ingestor } from '../articles/ingest.js';
import type { Logger } from '../logger.js';
import { inspectEntry, listFolder, readInput, type UnreadableCode } from '../io/read-inputs.js';
import { createOffThreadBuilder } from './off-thread-build.js';

export interface InboxReport {
  stored: number;
  duplicates: number;
  failed: number;
}

/** Files still being written are skipped: writers should write *.part/*.tmp and rename. */
const IN_PROGRESS = /\.(part|tmp|crdownload|swp)$/i;
/** A file touched this recently may still be growing; it is picked up on the next tick. */
const SETTLE_MS = 2000;
const MAX_FILES_PER_SCAN = 1000;
/** A chunk (one ingest call, built on the main thread) holds at most this many files or bytes: ~15 ms of work. */
const CHUNK_FILES = 16;
const CHUNK_BYTES = 32 * 1024;
/** Files from this size up are built in the worker thread (about 15 ms of main-thread work per 32 KB). */
export const OFF_THREAD_BYTES = 32 * 1024;

export interface ScanDeps {
  ingestor: Ingestor;
  maxBytes: number;
  now: Date;
  logger: Logger;
  /** Files of at least this many bytes are built off the main thread; Infinity keeps them all on it. */
  offThreadBytes?: number;
}

interface Bad {
  path: string;
  code: UnreadableCode;
  message: string;
}

/** The settled candidate files (in name order) and the settled bad entries of the inbox folder. */
function listInbox(dir: string, now: Date): { files: string[]; bad: Bad[] } {
  const files: string[] = [];
  const bad: Bad[] = [];
  const settled = (mtimeMs: number) => now.getTime() - mtimeMs >= SETTLE_MS;
  for (const path of listFolder(dir)) {
    if (IN_PROGRESS.test(path) || files.length >= MAX_FILES_PER_SCAN) continue;
    const entry = inspectEntry(path);
    if (entry?.kind === 'file' && settled(entry.mtimeMs)) files.push(path);
    else if (entry?.kind === 'bad' && settled(entry.mtimeMs)) bad.push({ path, code: entry.code, message: entry.message });
  }
  return { files, bad };
}

export async function scanInbox(dir: string, deps: ScanDeps): Promise<InboxReport> {
  const doneDir = join(dir, 'done');
  const failedDir = join(dir, 'failed');
  mkdirSync(doneDir, { recursive: true });
  mkdirSync(failedDir, { recursive: true });
  const { files, bad } = listInbox(dir, deps.now);
  const report: InboxReport = { stored: 0, duplicates: 0, failed: 0 };
  const reject = (path: string, code: string, message: string) => {
    report.failed++;
    deps.logger.warn({ file: basename(path), code, reason: message }, 'inbox file rejected');
    moveAside(path, failedDir, `${code}: ${message}`, deps.logger);
  };
  for (const b of bad) reject(b.path, b.code, b.message);
  if (files.length === 0) {
    if (bad.length > 0) deps.logger.info(report, 'inbox scanned');
    return report;
  }

  const builder = createOffThreadBuilder(deps.logger);
  const offThreadBytes = deps.offThreadBytes ?? OFF_THREAD_BYTES;
  try {
    for (const chunk of chunks(files, deps.maxBytes, reject)) {
      // Big files are built in the worker meanwhile the loop keeps serving; small ones in ingest().
      const inputs: IngestInput[] = await Promise.all(
        chunk.map(async (input) =>
          input.bytes.byteLength >= offThreadBytes ? { ...input, built: await builder.build(input, { now: deps.now, maxBytes: deps.maxBytes }) } : input,
        ),
      );
      for (const result of await deps.ingestor.ingest(inputs)) {
        if (result.status === 'failed') reject(result.name, result.error.code, result.error.message);
        else {
          if (result.status === 'stored') report.stored++;
          else report.duplicates++;
          moveAside(result.name, doneDir, undefined, deps.logger);
        }
      }
      await yieldToLoop();
    }
  } finally {
    await builder.close();
  }
  deps.logger.info(report, 'inbox scanned');
  return report;
}

/** Reads files lazily into chunks of at most CHUNK_FILES files and CHUNK_BYTES bytes (a big file is a chunk of its own). */
function* chunks(files: readonly string[], maxBytes: number, reject: (path: string, code: string, message: string) => void): Generator<IngestInput[]> {
  let chunk: IngestInput[] = [];
  let bytes = 0;
  for (const file of files) {
    const read = readInput(file, maxBytes);
    if (!read.ok) {
      reject(file, read.unreadable.code, read.unreadable.message);
      continue;
    }
    const size = read.input.bytes.byteLength;
    if (chunk.length > 0 && (chunk.length >= CHUNK_FILES || bytes + size > CHUNK_BYTES)) {
      yield chunk;
      chunk = [];
      bytes = 0;
    }
    chunk.push(read.input);
    bytes += size;
  }
  if (chunk.length > 0) yield chunk;
}

/** Moves a file (or the link or FIFO itself, never its target) aside. A failed move is logged, not thrown: the next scan retries it. */
function moveAside(path: string, toDir: string, reason: string | undefined, logger: Logger): void {
  try {
    const target = freeName(toDir, basename(path));
    renameSync(path, target);
    if (reason !== undefined) writeFileSync(`${target}.error.txt`, `${reason}\n`);
  } catch (error) {
    logger.error({ code: 'INBOX_MOVE_FAILED', err: error, file: basename(path) }, 'cannot move an inbox file aside; it will be looked at again on the next scan');
  }
}

/** done/a.txt exists → done/a-2.txt, so an earlier file of the same name is never overwritten. */
function freeName(dir: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = join(dir, name);
  for (let n = 2; existsSync(candidate) || existsSync(`${candidate}.error.txt`); n++) candidate = join(dir, `${stem}-${n}${ext}`);
  return candidate;
}
