// Every example /help (and the command menu) gives must answer meaningfully on the demo's store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { App } from '../../src/app.js';
import { CONSOLE_USER } from '../../src/cli/fake-updates.js';
import { seedSamples } from '../../src/cli/offline-store.js';
import { createHarness, type Harness } from '../support/bot-harness.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

let app: App;
let bot: Harness;
beforeEach(async () => {
  app = await createTestApp();
  await seedSamples(app); // exactly what `newsbrief demo` (and a fresh `console`) puts in its store
  bot = await createHarness(app);
});
afterEach(async () => {
  await bot.close();
  await app.close();
});

/** The demo's chat: seedSamples delivers it today's digest, so its /help can name that day. */
const CONSOLE = { id: CONSOLE_USER.id, type: 'private' as const };
const say = (text: string) => bot.say(text, CONSOLE);
const FAILURE = /^Usage|No digest was composed|I don't know|is not a time|Sorry|don't know that command|Nothing new|No stories/;
const strip = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Every "/command args" a reader could copy from a text: after "e.g.", a "Try" line, or any dated /digest. */
function examplesIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/e\.g\. (\/[a-z]+(?: [^\s,;—(]+)*)/g)) found.add(m[1]!.trim());
  for (const m of text.matchAll(/\/digest \d{4}-\d{2}-\d{2}/g)) found.add(m[0]);
  const tryAt = text.indexOf('\nTry\n');
  if (tryAt >= 0) for (const line of text.slice(tryAt + 5).split('\n')) if (line.startsWith('/')) found.add(line.trim());
  return [...found];
}

describe('/help examples on the demo store', () => {
  it('when /help is read then it offers a /digest YYYY-MM-DD example for a day the demo archived', async () => {
    const help = strip((await say('/help')).join('\n'));
    expect(help).toContain(`/digest ${TEST_NOW.toISOString().slice(0, 10)}`);
  });

  it('when each example from /help, /start and the command menu is sent then each gets a real answer', async () => {
    const menu = commands.map((c) => c.description).join('\n');
    const texts = [strip((await say('/help')).join('\n')), strip((await say('/start')).join('\n')), menu];
    const examples = [...new Set(texts.flatMap(examplesIn))];
    expect(examples).toEqual(expect.arrayContaining(['/latest 10', '/who Lukashenko', '/subscribe 07:30 Europe/Minsk']));
    expect(examples.some((e) => /^\/digest \d{4}-\d{2}-\d{2}$/.test(e))).toBe(true);
    // "/language ru" switches the chat's language: sent last, so the other replies stay in English for the checks.
    examples.sort((a, b) => Number(a.startsWith('/language')) - Number(b.startsWith('/language')));
    expect(examples.at(-1)).toMatch(/^\/language \w+/u);
    for (const example of examples) {
      const replies = await say(example);
      expect(replies.length, example).toBeGreaterThan(0);
      expect(strip(replies[0]!), example).not.toMatch(FAILURE);
      if (example.startsWith('/digest ')) expect(replies.join('\n'), example).toContain('Digest of');
    }
  });
});
