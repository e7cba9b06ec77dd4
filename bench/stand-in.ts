// The Bot API stand-in in its own process for the fan-out benchmark, so the bot's CPU time is
// measured without the server's. Prints {"apiRoot": …} on start; answers "stats" on stdin.
import { createInterface } from 'node:readline';
import { startFakeTelegram } from '../test/support/fake-telegram.js';

const tg = await startFakeTelegram();
tg.enforceRateLimits({ perSecondGlobal: 30, perChatPerSecond: 1, perGroupPerMinute: 20 });
process.stdout.write(`${JSON.stringify({ apiRoot: tg.apiRoot })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === 'stats') process.stdout.write(`${JSON.stringify(tg.stats())}\n`);
  if (line.trim() === 'quit') break;
}
await tg.close();
