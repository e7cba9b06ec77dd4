// Worker-thread entry: builds records (clean + entities, pure and CPU-bound) off the main thread,
// so a 2 MB article does not stall the bot's event loop. One job in, one outcome out.
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { buildRecord } from '../articles/build-record.js';

const jobSchema = z.object({
  id: z.number(),
  bytes: z.instanceof(Uint8Array),
  now: z.number(),
  maxBytes: z.number(),
  fileName: z.string(),
});

parentPort?.on('message', (message: unknown) => {
  const job = jobSchema.parse(message);
  const outcome = buildRecord(job.bytes, { now: new Date(job.now), maxBytes: job.maxBytes, fileName: job.fileName });
  // As a JSON string: cloning one string is cheap, and JSON.parse on the main thread is ~5x faster than
  // deserialising the object graph (a 2 MB article has tens of thousands of entity mentions).
  parentPort?.postMessage({ id: job.id, json: JSON.stringify(outcome) });
});
