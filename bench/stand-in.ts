// The Bot API stand-in in its own process for the fan-out benchmark, so the bot's CPU time is
// measured without the server's. Prints {"apiRoot": …} on start; answers "stats" on stdin.
// `--lifted`: no overall 30/s cap (as with paid broadcasts, whose 1000/s is what we try to reach); the
// per-chat 1/s and per-group 20/min limits still hold.
import { createInterface } from 'node:readline';
import { startFakeTelegram } from '../test/support/fake-telegram.js';

const lifted = process.argv.includes('--lifted');
const tg = await startFakeTelegram();
tg.enforceRateLimits(lifted ? { perChatPerSecond: 1, perGroupPerMinute: 20 } : { perSecondGlobal: 30, perChatPerSecond: 1, perGroupPerMinute: 20 });
process.stdout.write(`${JSON.stringify({ apiRoot: tg.apiRoot })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  // cpuMs: the stand-in's own CPU so far, to tell whether it, not the bot, limits a lifted run.
  if (line.trim() === 'stats') {
    const cpu = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ ...tg.stats(), cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
  }
  if (line.trim() === 'quit') break;
}
await tg.close();
