// The tick's hand-over to the queue: every open outbox item becomes the job for its next message. One item per
// chat at a time (its earliest day; a catch-up day waits for the next tick), so a chat never has two chains
// racing its 1/s. Adding an id the queue already holds adds nothing, so ticks (here or in other processes) may
// repeat this freely; an item whose chain was cut by a crash is picked up where its saved progress says.
import type { Outbox, OutboxItem } from '../store/outbox.port.js';
import { sendJobId, type SendJobData } from './queue-job.js';

export interface QueueEnqueueDeps {
  outbox: Outbox;
  addBulk: (jobs: { data: SendJobData; jobId: string }[]) => Promise<void>;
}

/** How many items were handed to the queue (already queued ones included). */
export async function enqueueOpen(deps: QueueEnqueueDeps): Promise<number> {
  const firstPerChat = new Map<number, OutboxItem>();
  for (const item of await deps.outbox.open()) {
    const seen = firstPerChat.get(item.chatId);
    if (!seen || item.day < seen.day) firstPerChat.set(item.chatId, item);
  }
  const items = [...firstPerChat.values()];
  if (items.length > 0) await deps.addBulk(items.map((item) => ({ data: { item }, jobId: sendJobId(item) })));
  await deps.outbox.compact();
  return items.length;
}
