// Batched finishes for the in-process sender. A digest whose last message went is already safe once its progress is
// saved as fully sent (that save is the message's one store write): a restart finishes such an item without sending
// (send-outbox.ts). What remains, the ledger entry (set-if-absent, under the store's list lock) and the item's
// removal, goes here in batches: one lock, a read and two writes per batch instead of per digest. Waiting costs
// nothing the guarantee needs: the outbox keeps the day from being composed again until the batch lands, and
// a crash before it lands leaves items the next run finishes.
import type { OutboxItem } from '../store/outbox.port.js';
import type { LedgerRecord } from '../store/digest-ledger.port.js';
import type { SendDeps, SendReport } from './send-deps.js';

/** A batch goes once it holds this many digests... */
export const FINISH_BATCH = 100;
/**
 * ...or once its first has waited this long (ms), so the ledger and /digest replays lag a fan-out by seconds at most.
 * Not shorter: each batch takes the store's list lock, a lease costing ~4 CPU ms on sqlite (measured), and at 30/s a
 * one-second batch is only ~30 messages.
 */
export const FINISH_MAX_WAIT_MS = 5000;
/** ...or when the sender is about to wait this long (ms) anyway (a chat's 1/s, a group's 20/min, a 429). */
export const FINISH_WHEN_IDLE_MS = 1000;

export interface FinishBatch {
  /** A digest fully sent and saved as such: its ledger entry is written with the batch. */
  sent(item: OutboxItem): void;
  /** An item whose day the ledger already has (a crash before its removal): only removed. */
  recorded(item: OutboxItem): void;
  /** Writes the batch if it is full or old enough (or `force`, or about to wait `idleMs`), else nothing. */
  flushIfDue(options?: { force?: boolean; idleMs?: number }): Promise<void>;
}

export function createFinishBatch(deps: Pick<SendDeps, 'ledger' | 'outbox' | 'clock' | 'logger'>, report: SendReport): FinishBatch {
  // Each with the time its last message went (the ledger's sentAt).
  let sent: { item: OutboxItem; at: string }[] = [];
  let recorded: OutboxItem[] = [];
  let since = Infinity;
  const note = () => {
    if (sent.length + recorded.length === 1) since = deps.clock.now().getTime();
  };
  const flush = async () => {
    // Taken before the first await: items added meanwhile (other workers) wait for the next batch.
    const [toRecord, toRemove] = [sent, recorded];
    sent = [];
    recorded = [];
    since = Infinity;
    if (toRecord.length === 0 && toRemove.length === 0) return;
    const records: LedgerRecord[] = toRecord.map(({ item, at }) => ({
      entry: { chatId: item.chatId, day: item.day, status: 'sent', eventIds: Object.keys(item.events), messageCount: item.messages.length, sentAt: at },
      last: { sentAt: at, composedAt: item.createdAt, events: item.events },
    }));
    const first = await deps.ledger.recordEach(records);
    // Removed only once the ledger has them: a crash in between leaves items the next run just removes. An item
    // whose record is invalid stays (saved as fully sent): removing it without its day recorded could send it again.
    await deps.outbox.finishMany([...toRecord.filter((_, i) => first[i] !== undefined).map((s) => s.item), ...toRemove]);
    toRecord.forEach(({ item }, i) => {
      if (first[i] === undefined) {
        deps.logger.error({ code: 'DIGEST_LEDGER_INVALID', chatId: item.chatId, day: item.day }, 'a finished digest\'s ledger record is invalid: left in the outbox, not recorded');
      } else if (first[i]) {
        report.delivered++;
        deps.logger.debug({ chatId: item.chatId, day: item.day, messages: item.messages.length }, 'digest delivered');
      } else {
        deps.logger.info({ code: 'DIGEST_ALREADY_RECORDED', chatId: item.chatId, day: item.day }, 'digest day already recorded (another process finished it)');
      }
    });
  };
  return {
    sent(item) {
      sent.push({ item, at: deps.clock.now().toISOString() });
      note();
    },
    recorded(item) {
      recorded.push(item);
      note();
    },
    async flushIfDue({ force = false, idleMs = 0 } = {}) {
      const size = sent.length + recorded.length;
      if (size === 0) return;
      if (force || size >= FINISH_BATCH || idleMs >= FINISH_WHEN_IDLE_MS || deps.clock.now().getTime() - since >= FINISH_MAX_WAIT_MS) await flush();
    },
  };
}
