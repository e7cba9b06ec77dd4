// Fan-out: N chats due at once, delivered through the real digest job against a stand-in that
// enforces Telegram's limits (30 messages/s) and answers 429 beyond them. Reports the achieved
// rate ÷ 30, the 429s received, and this process's CPU ms per delivered message.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Api } from 'grammy';
import type { App } from '../src/app.js';
import { createDigestJob } from '../src/delivery/digest-job.js';
import { createPacer } from '../src/delivery/pacer.js';
import { sendOutbox } from '../src/delivery/send-outbox.js';
import { silentLogger } from '../src/logger.js';
import { projectRoot } from '../src/util/project-root.js';

export interface FanoutFigures {
  chats: number;
  delivered: number;
  seconds: number;
  messagesPerSec: number;
  rateOverLimit: number;
  http429: number;
  cpuMsPerMessage: number;
  compositions: number;
  renderings: number;
  /** Stored bytes a subscribed chat keeps (its record, its share of the list, its last digest), and per delivered day. */
  bytesPerSubscription: number;
  bytesPerChatDay: number;
}

/** Keys plus JSON values of what one chat keeps, averaged over a sample (docs/scaling.md extrapolates from it). */
async function storedBytes(app: App, chatIds: readonly number[], day: string): Promise<{ perChat: number; perDay: number }> {
  const size = async (key: string) => {
    const value: unknown = await app.store.kv.get(key);
    return value === undefined ? 0 : key.length + JSON.stringify(value).length;
  };
  let perChat = 0;
  let perDay = 0;
  for (const id of chatIds) {
    // "<id>," in subs:index is the record's share of the list.
    perChat += (await size(`sub:${id}`)) + (await size(`digest:last:${id}`)) + String(id).length + 1;
    perDay += (await size(`ledger:${id}:${day}`)) + (await size(`archive:chat:${id}:${day}`));
  }
  return { perChat: Math.round(perChat / chatIds.length), perDay: Math.round(perDay / chatIds.length) };
}

export async function benchFanout(app: App, chats: number): Promise<FanoutFigures> {
  const root = projectRoot();
  const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', loader, join(root, 'bench', 'stand-in.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const { apiRoot } = JSON.parse(String((await lines.next()).value)) as { apiRoot: string };
  try {
    const now = app.clock.now();
    const due = new Date(now.getTime() - 60_000);
    const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
    const createdAt = new Date(now.getTime() - 2 * 86_400_000).toISOString();
    for (let i = 0; i < chats; i++) {
      await app.subscriptions.put({ chatId: 5_000_000 + i, chatType: 'private', time, timeZone: 'UTC', include: [], exclude: [], status: 'active', createdAt, updatedAt: createdAt });
    }
    const api = new Api('1:bench', { apiRoot });
    // Only the send phase is timed: composing happens once per window and is reported separately.
    let seconds = 0;
    let cpu = { user: 0, system: 0 };
    const job = createDigestJob({
      ...app,
      logger: silentLogger,
      catchUpMs: 6 * 3_600_000,
      send: async () => {
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        const sent = await sendOutbox({
          api, outbox: app.outbox, ledger: app.ledger, subscriptions: app.subscriptions, sources: app.sources, pacer: createPacer(), clock: app.clock,
          logger: silentLogger, alert: () => Promise.resolve(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        });
        seconds = (performance.now() - start) / 1000;
        cpu = process.cpuUsage(cpuStart);
        return sent;
      },
    });
    const report = await job.tick();
    child.stdin.write('stats\n');
    const stats = JSON.parse(String((await lines.next()).value)) as { rateLimited: number };
    const messages = report.sent?.messages ?? 0;
    const sample = Array.from({ length: Math.min(chats, 200) }, (_, i) => 5_000_000 + i);
    const bytes = await storedBytes(app, sample, now.toISOString().slice(0, 10));
    return {
      chats,
      delivered: report.sent?.delivered ?? 0,
      seconds: Math.round(seconds * 10) / 10,
      messagesPerSec: Math.round((messages / seconds) * 10) / 10,
      rateOverLimit: Math.round((messages / seconds / 30) * 1000) / 1000,
      http429: stats.rateLimited,
      cpuMsPerMessage: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, messages)) * 100) / 100,
      compositions: report.compositions,
      renderings: report.renderings,
      bytesPerSubscription: bytes.perChat,
      bytesPerChatDay: bytes.perDay,
    };
  } finally {
    child.stdin.write('quit\n');
    child.kill();
  }
}
