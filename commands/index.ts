// The command registry: the bot (each feature's command, buttons and typed follow-ups), /help and
// Telegram's command menus (setMyCommands, in src/telegram/register-commands.ts) all read this list.
import { digest } from './digest.js';
import { help } from './help.js';
import { latest } from './latest.js';
import { membership } from './membership.js';
import { settings } from './settings/index.js';
import { sources } from './sources/index.js';
import { start } from './start.js';
import { subscribe } from './subscribe.js';
import { unsubscribe } from './unsubscribe.js';
import { who } from './who.js';
import { ask } from './ask.js';
import { search } from './search.js';
import { language } from './language.js';

// ask last: its follow-up takes a private chat's plain text only when no other feature is waiting for it.
export const commands = [start, help, latest, who, digest, subscribe, unsubscribe, settings, language, sources, search, ask];

/** What the bot handles besides commands: its own membership in chats. */
export const features = [membership()];
