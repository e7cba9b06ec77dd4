// The command registry: /help, the bot and (later) setMyCommands all read this list.
import { digest } from './digest.js';
import { help } from './help.js';
import { latest } from './latest.js';
import { settings } from './settings.js';
import { start } from './start.js';
import { subscribe } from './subscribe.js';
import { unsubscribe } from './unsubscribe.js';
import { who } from './who.js';

export const commands = [start, help, latest, who, digest, subscribe, unsubscribe, settings];
