// Callback data of the /settings menu: "s:<action>:<chatId>[:arg]". The target chat travels in
// every button, so a press never depends on server-side session state, and stays ≤ 64 bytes.

/** What a button does. Short codes keep the data well under Telegram's 64-byte limit. */
export const SETTINGS_ACTIONS = {
  menu: 'm', list: 'l', done: 'd',
  timePicker: 't', timeSet: 'ts', timeOther: 'to',
  zonePicker: 'z', zoneSet: 'zs', zoneOther: 'zo',
  include: 'i', exclude: 'x', clearTopics: 'c',
  pause: 'p', resume: 'r', unsubscribe: 'u', unsubscribeYes: 'uy', subscribe: 'sn',
  languagePicker: 'lp', languageSet: 'ls',
  storyPicker: 'sp', storyToggle: 'st', storyAll: 'sa',
} as const;
export type SettingsAction = keyof typeof SETTINGS_ACTIONS;

export interface SettingsPress {
  action: SettingsAction;
  chatId: number;
  arg?: string;
}

/** Every button of this menu, and only these, starts with it (the bot routes presses by it). */
export const SETTINGS_DATA_PREFIX = 's:';

/** Telegram refuses buttons whose callback_data is longer than this many bytes. */
export const CALLBACK_DATA_LIMIT = 64;

const byCode = new Map<string, SettingsAction>(Object.entries(SETTINGS_ACTIONS).map(([action, code]) => [code, action as SettingsAction]));

/**
 * @example settingsData('timeSet', -1001234567890, '0730') // "s:ts:-1001234567890:0730"
 */
export function settingsData(action: SettingsAction, chatId: number, arg?: string): string {
  const data = `${SETTINGS_DATA_PREFIX}${SETTINGS_ACTIONS[action]}:${chatId}${arg === undefined ? '' : `:${arg}`}`;
  // A programming error (e.g. a new quick pick with a very long name), not a user one.
  if (Buffer.byteLength(data) > CALLBACK_DATA_LIMIT) throw new RangeError(`callback data over ${CALLBACK_DATA_LIMIT} bytes: ${data}`);
  return data;
}

/** The press a callback's data describes; undefined for data this menu never produced. */
export function parseSettingsData(data: string): SettingsPress | undefined {
  const m = /^s:([a-z]{1,3}):(-?\d{1,20})(?::(.{1,40}))?$/.exec(data);
  const action = m?.[1] === undefined ? undefined : byCode.get(m[1]);
  if (!m || !action) return undefined;
  const chatId = Number(m[2]);
  if (!Number.isSafeInteger(chatId)) return undefined;
  return { action, chatId, ...(m[3] !== undefined ? { arg: m[3] } : {}) };
}
