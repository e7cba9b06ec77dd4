// A command's description in the reader's language: the key `cmd-<name>` in locales/*.ftl, else
// (a command added without one) the English description its definition carries.
import type { Translate } from './translate.port.js';

export function commandDescription(t: Translate, command: { name: string; description: string }): string {
  const key = `cmd-${command.name}`;
  const text = t(key);
  return text === `{${key}}` ? command.description : text;
}
