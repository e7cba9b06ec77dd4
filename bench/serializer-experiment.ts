// BENCH_PLAIN_JSON: measure the store with a faster keyv (de)serializer, without touching src/.
//   "1"    plain JSON.stringify / JSON.parse both ways (fine for a new store; see caveat below)
//   "read" keyv's own writer kept; reads use plain JSON.parse unless the raw text may hold a
//          value keyv escaped (a string starting with ":" is stored as "::…", a Buffer as ":base64:…"),
//          so it reads every existing store exactly as before.
import type Keyv from 'keyv';

export type SerializerMode = 'default' | 'plain' | 'read';

export function applySerializerExperiment(kv: Keyv, setting: string | undefined): SerializerMode {
  if (setting !== '1' && setting !== 'read') return 'default';
  const original = kv.deserialize;
  if (!original) return 'default';
  if (setting === '1') kv.serialize = (data) => JSON.stringify(data);
  kv.deserialize = (data) =>
    setting === 'read' && (data.includes('"::') || data.includes('":base64:')) ? original(data) : (JSON.parse(data) as never);
  return setting === '1' ? 'plain' : 'read';
}
