// The real bot, fed typed lines as Telegram updates, its replies printed as text. No network.
import { createInterface } from 'node:readline';
import { commands, features } from '../../commands/index.js';
import type { App } from '../app.js';
import type { Config } from '../config.js';
import { createBot } from '../telegram/create-bot.js';
import { buttonsOf, callbackUpdate, choiceNumber, renderButtons, type ConsoleButton } from './console-buttons.js';
import { OFFLINE_BOT_INFO, textUpdate } from './fake-updates.js';
import { answerApiLocally, htmlToText, textParam } from './offline-api.js';
import { openOfflineApp, seedSamples } from './offline-store.js';

export interface ConsoleSession {
  /**
   * Sends one line as the console user and waits until the bot has handled it. A number ("2" or "#2") while the
   * bot's last message has buttons presses that button instead.
   */
  send(text: string): Promise<void>;
}

export const NO_SUCH_CHOICE = (n: number, count: number) => `(no choice ${n}: the last message has ${count} button${count === 1 ? '' : 's'})`;

export function createConsoleSession(app: App, print: (text: string) => void): ConsoleSession {
  const bot = createBot('offline', { deps: app, commands, features, botInfo: OFFLINE_BOT_INFO });
  // The buttons of the bot's newest message that has any, and that message (a press names it, as Telegram's does).
  let keyboard: { messageId: number; text: string; buttons: ConsoleButton[] } | undefined;
  answerApiLocally(bot, ({ method, payload, messageId }) => {
    if (method === 'answerCallbackQuery' && typeof payload['text'] === 'string' && payload['text']) print(`(${payload['text']})`);
    if (method !== 'sendMessage' && method !== 'editMessageText') return;
    const text = htmlToText(textParam(payload));
    const buttons = buttonsOf(payload);
    print(method === 'editMessageText' ? `(edited)\n${text}` : text);
    if (buttons.length > 0 && messageId !== undefined) {
      print(renderButtons(buttons));
      keyboard = { messageId, text, buttons };
    } else if (method === 'sendMessage' || keyboard?.messageId === messageId) {
      keyboard = undefined;
    }
  });
  let updateId = 0;
  return {
    send: async (text) => {
      const choice = keyboard ? choiceNumber(text) : undefined;
      if (keyboard && choice !== undefined) {
        const button = keyboard.buttons[choice - 1];
        if (!button?.data) return print(NO_SUCH_CHOICE(choice, keyboard.buttons.length));
        return bot.handleUpdate(callbackUpdate(++updateId, button.data, { id: keyboard.messageId, text: keyboard.text }, app.clock.now()));
      }
      return bot.handleUpdate(textUpdate(++updateId, text, app.clock.now()));
    },
  };
}

/** Reads lines from stdin until EOF or /quit; each goes to the bot. */
export async function runConsole(session: ConsoleSession, io: { interactive: boolean; print: (t: string) => void }): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: io.interactive });
  if (io.interactive) {
    io.print('You are chatting with the bot as a Telegram user. Try /latest, /who Lukashenko, /digest, /settings (type a number to press a button). /quit to leave.');
    rl.setPrompt('you> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text) await session.send(text);
    if (io.interactive) rl.prompt();
  }
  rl.close();
}

/**
 * `newsbrief console`: on a fresh temporary store with the samples, unless STORE_URL is set in the
 * environment. Never the bot's own store by default: a subscription made here would get real deliveries.
 * The store line goes to stderr, so piped output holds only the bot's replies.
 */
export async function runConsoleCommand(config: Config, print: (text: string) => void): Promise<number> {
  const offline = await openOfflineApp(config, 'console');
  try {
    if (offline.scratch) await seedSamples(offline.app);
    process.stderr.write(`newsbrief console: offline. Store: ${offline.label}\n`);
    await runConsole(createConsoleSession(offline.app, print), { interactive: Boolean(process.stdin.isTTY), print });
    return 0;
  } finally {
    await offline.close();
  }
}
