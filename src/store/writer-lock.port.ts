// The store's writer lock. Ingest batches from every process on one store run one at a time, and
// the "is this content hash new" read happens inside, so an article is counted exactly once.
// Each backend brings its own: sqlite a lock database beside the store (sqlite-writer-lock.ts),
// memory:// only an in-process queue; redis/postgres (later) SET NX with a lease, or an advisory lock.

export interface WriterLock {
  /**
   * Runs `work` as the store's only writer. Waits up to the lock's bound for another writer to
   * finish, then throws StoreBusyError (nothing is written). Released when `work` settles.
   * @example await lock.withLock(async () => { const isNew = await idsForHashes(h); … commit … });
   */
  withLock<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Another process kept the store's writer lock past the wait bound. Nothing was written. */
export class StoreBusyError extends Error {
  readonly code = 'STORE_BUSY';
  constructor(
    readonly store: string,
    readonly holderPid: number | undefined,
    options?: { cause?: unknown },
  ) {
    const who = holderPid === undefined ? '' : ` (pid ${holderPid})`;
    super(`another newsbrief process is writing to ${store}${who}; try again later`, options);
    this.name = 'StoreBusyError';
  }
}
