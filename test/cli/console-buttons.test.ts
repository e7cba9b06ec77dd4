// The offline console presses inline buttons: they print as numbered choices, and a typed number is a tap.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createConsoleSession } from '../../src/cli/console-session.js';
import { buttonsOf, choiceNumber, renderButtons } from '../../src/cli/console-buttons.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function session() {
  app = await openApp(parseConfig({ STORE_URL: 'memory://' }), { logger: silentLogger, clock: { now: () => new Date('2026-03-02T09:00:00Z') } });
  const printed: string[] = [];
  return { console: createConsoleSession(app, (t) => printed.push(t)), printed };
}

describe('console buttons', () => {
  it('when the bot sends a keyboard then its buttons print as numbered choices, and typing a number presses one', async () => {
    const { console: c, printed } = await session();
    await c.send('/subscribe 08:00');
    printed.length = 0;
    await c.send('/settings');
    const menu = printed.join('\n');
    expect(menu).toMatch(/\[1\] \S.*Time/u);
    const timeChoice = /\[(\d)\] 🕗 Time/u.exec(menu)?.[1];
    expect(timeChoice).toBeDefined();
    printed.length = 0;
    await c.send(timeChoice!);
    const edited = printed.join('\n');
    expect(edited).toContain('(edited)');
    expect(edited).toContain('When should the digest come');
    expect(edited).toMatch(/\[\d\] 07:00/u);
  });

  it('when a number is out of range then it says so, and once a message without buttons follows a number is text again', async () => {
    const { console: c, printed } = await session();
    await c.send('/subscribe 08:00');
    await c.send('/settings');
    printed.length = 0;
    await c.send('#42');
    expect(printed.join('\n')).toMatch(/no choice 42: the last message has \d+ buttons/u);
    await c.send('/latest 1');
    printed.length = 0;
    await c.send('2');
    expect(printed.join('\n')).not.toContain('(edited)');
    expect(printed.join('\n')).not.toContain('no choice');
  });

  it('should read buttons in row order, show link buttons with their URL and accept "3" or "#3" only', () => {
    const buttons = buttonsOf({ reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }, { text: 'Site', url: 'https://example.org/' }], [{ text: 'B', callback_data: 'b' }]] } });
    expect(buttons.map((b) => b.label)).toEqual(['A', 'Site', 'B']);
    expect(renderButtons(buttons)).toBe('[1] A   [link] Site (https://example.org/)   [3] B');
    expect(buttonsOf({ reply_markup: { keyboard: [[{ text: 'x' }]] } })).toEqual([]);
    expect([choiceNumber('3'), choiceNumber('#3'), choiceNumber(' 12 '), choiceNumber('3 apples'), choiceNumber('123')]).toEqual([3, 3, 12, undefined, undefined]);
  });
});
