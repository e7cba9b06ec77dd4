// ctx.log is made on first use (most updates log nothing): it must still carry the update's id, once per update.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import type { App } from '../../src/app.js';
import { OFFLINE_BOT_INFO } from '../../src/cli/fake-updates.js';
import { createLogger } from '../../src/logger.js';
import { createBot } from '../../src/telegram/create-bot.js';
import { defineCommand } from '../../src/telegram/define-command.js';
import { createTestApp } from '../support/test-app.js';

let app: App;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const command = (id: number, text: string): Update => ({
  update_id: id,
  message: { message_id: id, date: 1_700_000_000, chat: { id: 42, type: 'private', first_name: 'A' }, from: { id: 42, is_bot: false, first_name: 'A' }, text, entities: [{ type: 'bot_command', offset: 0, length: text.length }] },
});

describe('the update logger', () => {
  it('when a handler logs then each line carries its own update id, and the same logger serves the whole update', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger('info', { destination: { write: (line) => void lines.push(JSON.parse(line) as Record<string, unknown>) } });
    const seen: unknown[] = [];
    const noisy = defineCommand({
      name: 'noisy',
      description: 'logs twice',
      handle: (ctx) => {
        seen.push(ctx.log);
        ctx.log.info({ step: 1 }, 'one');
        seen.push(ctx.log);
        ctx.log.info({ step: 2 }, 'two');
        return Promise.resolve();
      },
    });
    const bot = createBot('1:test', { deps: { ...app, logger }, commands: [noisy], botInfo: OFFLINE_BOT_INFO });
    await bot.handleUpdate(command(7, '/noisy'));
    await bot.handleUpdate(command(8, '/noisy'));
    expect(lines.map((l) => [l['updateId'], l['step']])).toEqual([[7, 1], [7, 2], [8, 1], [8, 2]]);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[2]).not.toBe(seen[0]);
  });

  it('when a handler replaces ctx.log then what it set is what it reads', async () => {
    const lines: string[] = [];
    const replacement = createLogger('info', { destination: { write: (line) => void lines.push(line) } });
    let read: unknown;
    const swap = defineCommand({
      name: 'swap',
      description: 'replaces the logger',
      handle: (ctx) => {
        ctx.log = replacement;
        read = ctx.log;
        ctx.log.info('via the replacement');
        return Promise.resolve();
      },
    });
    const bot = createBot('1:test', { deps: app, commands: [swap], botInfo: OFFLINE_BOT_INFO });
    await bot.handleUpdate(command(9, '/swap'));
    expect(read).toBe(replacement);
    expect(lines).toHaveLength(1);
  });
});
