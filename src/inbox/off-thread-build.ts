// Builds records in one worker thread (src/inbox/build-worker.ts), for files big enough to stall
// the event loop if built on the main thread. From source (tsx, vitest) the worker starts through
// build-worker-tsx.mjs, which registers tsx; from dist/ it is plain JavaScript. If the worker can't run, the build happens on
// the main thread instead (logged once): slower to respond, never lost.
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { buildRecord, type BuildOutcome } from '../articles/build-record.js';
import type { IngestInput } from '../articles/ingest.js';
import type { Logger } from '../logger.js';

export interface OffThreadBuilder {
  build(input: IngestInput, options: { now: Date; maxBytes: number }): Promise<BuildOutcome>;
  /** Ends the worker; builds after this run on the main thread. */
  close(): Promise<void>;
}

const replySchema = z.object({ id: z.number(), json: z.string() });
/**
 * The worker runs buildRecord, which validates every record with articleRecordSchema before returning it;
 * only the envelope is checked here: re-validating 30k entity mentions would itself hold the loop ~300 ms.
 */
const outcomeSchema = z.custom<BuildOutcome>((v) => {
  const o = v as { ok?: unknown; record?: { id?: unknown }; error?: { code?: unknown; message?: unknown } } | null;
  return o?.ok === true ? typeof o.record?.id === 'string' : o?.ok === false && typeof o.error?.code === 'string' && typeof o.error.message === 'string';
});

/** undefined for text that is not JSON: a bad reply must not throw out of the message handler. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  if (!fromSource) return new Worker(new URL('./build-worker.js', import.meta.url));
  return new Worker(new URL('./build-worker-tsx.mjs', import.meta.url));
}

/** `start` is for tests (a worker that misbehaves); the real one runs build-worker.ts. */
export function createOffThreadBuilder(logger: Logger, start: () => Worker = startWorker): OffThreadBuilder {
  let worker: Worker | undefined;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, { resolve: (o: BuildOutcome) => void; reject: (e: unknown) => void }>();
  const failAll = (error: unknown) => {
    if (!broken) logger.warn({ code: 'BUILD_WORKER_FAILED', err: error }, 'record-building worker failed; building on the main thread instead');
    broken = true;
    // Ended, not just forgotten: close() only reaches `worker`, and a live one would keep the process up.
    const w = worker;
    worker = undefined;
    void w?.terminate();
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  // Holds the process open only while a build is waiting on it; an idle worker never does.
  const holdWhileBusy = (w: Worker) => (pending.size > 0 ? w.ref() : w.unref());
  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const w = start();
    w.unref();
    w.on('message', (message: unknown) => {
      const reply = replySchema.safeParse(message);
      const outcome = reply.success ? outcomeSchema.safeParse(parseJson(reply.data.json)) : undefined;
      if (!reply.success || !outcome?.success) return failAll(new Error('unexpected reply from the record-building worker'));
      pending.get(reply.data.id)?.resolve(outcome.data);
      pending.delete(reply.data.id);
      holdWhileBusy(w);
    });
    w.on('error', failAll);
    w.on('exit', (code) => {
      if (pending.size > 0) failAll(new Error(`the worker exited (code ${code})`));
      if (worker === w) worker = undefined;
    });
    worker = w;
    return w;
  };
  const onMainThread = (input: IngestInput, options: { now: Date; maxBytes: number }) =>
    buildRecord(input.bytes, { ...options, fileName: input.name });

  return {
    async build(input, options) {
      if (broken) return onMainThread(input, options);
      try {
        const w = ensureWorker();
        const id = nextId++;
        return await new Promise<BuildOutcome>((resolve, reject) => {
          pending.set(id, { resolve, reject });
          holdWhileBusy(w);
          w.postMessage({ id, bytes: input.bytes, now: options.now.getTime(), maxBytes: options.maxBytes, fileName: input.name });
        });
      } catch (error) {
        failAll(error);
        return onMainThread(input, options);
      }
    },
    async close() {
      broken = true;
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
  };
}
