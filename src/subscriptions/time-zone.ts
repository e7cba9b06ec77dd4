// IANA time zone names as we store them: validated by Intl, written in their current spelling.

/**
 * Renamed zones, old → current IANA name. Node 20's ICU resolves the current name back to the old
 * one (Europe/Kyiv → "Europe/Kiev"), so Intl alone would store a name IANA retired. Only renames
 * whose two names are the same place are listed; merged zones (Europe/Uzhgorod) are not renames.
 */
const RENAMED: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

// A named zone ("Area/City", "UTC", "Etc/GMT+3"); Intl on newer engines also takes "+03:00", which is no zone name.
const ZONE_NAME_RE = /^[A-Za-z][\w+-]*(\/[\w+-]+)*$/;
const memo = new Map<string, string | undefined>();
const MEMO_MAX = 2000;

/**
 * The zone's current IANA name, or undefined when it is not a zone.
 * @example canonicalTimeZone('europe/kiev') // 'Europe/Kyiv'
 * @example canonicalTimeZone('Mars/Olympus') // undefined
 */
export function canonicalTimeZone(text: string): string | undefined {
  const name = text.trim();
  if (!ZONE_NAME_RE.test(name)) return undefined;
  // Stored subscriptions are read through this every scheduler tick: remember answers (bounded, names are few).
  if (memo.has(name)) return memo.get(name);
  let zone: string | undefined;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    zone = RENAMED[resolved] ?? resolved;
  } catch {
    zone = undefined;
  }
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(name, zone);
  return zone;
}
