// The real process (`newsbrief start`) when the store can't be opened: it must say so and exit,
// even with a health listener up, never hang until someone kills it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBotProcess } from '../support/bot-process.js';
import { startFakeTelegram } from '../support/fake-telegram.js';
import { freePort } from '../support/free-port.js';


describe('start-up when the store cannot be opened', () => {
  it('when HEALTH_PORT is set and STORE_URL points under a file then it prints the error and exits non-zero', async () => {
    const tg = await startFakeTelegram();
    try {
      const blocker = join(mkdtempSync(join(tmpdir(), 'newsbrief-nostore-')), 'not-a-dir');
      writeFileSync(blocker, 'a file, so no folder can be made under it');
      const bot = startBotProcess({ TELEGRAM_API_ROOT: tg.apiRoot, HEALTH_PORT: String(await freePort()), STORE_URL: `sqlite://${blocker}/store.sqlite` });
      const exited = await Promise.race([bot.exited, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 20_000))]);
      if (exited === 'hung') await bot.stop('SIGKILL');
      expect(exited).not.toBe('hung');
      expect(exited).not.toBe(0);
      expect(bot.output().stderr).toMatch(/not-a-dir/);
    } finally {
      await tg.close();
    }
  }, 40_000);

  it('when the webhook port is taken then one line names the port, not Telegram, and it exits 2', async () => {
    const tg = await startFakeTelegram();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, resolve));
    const port = (squatter.address() as { port: number }).port;
    try {
      const bot = startBotProcess({ TELEGRAM_API_ROOT: tg.apiRoot, WEBHOOK_URL: `https://bot.example.com/hook`, PORT: String(port) });
      const code = await Promise.race([bot.exited, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 20_000))]);
      if (code === 'hung') await bot.stop('SIGKILL');
      expect(code).toBe(2);
      expect(bot.output().stderr).toContain(`cannot listen on port ${port}: it is in use by another process`);
      expect(bot.output().stderr).not.toMatch(/cannot reach the Telegram/i);
    } finally {
      await new Promise<void>((resolve) => squatter.close(() => resolve()));
      await tg.close();
    }
  }, 40_000);
});
