// People as the code before the name index stored them, written out by hand (not by today's code):
// person:<id> and people:<surname key> as { v: 2, value }, everyone's names in one people:directory
// ({ v: 2, value: [id, name, aliases, articleCount][] }, or a bare array before versions) and a
// people:directory:rev that changed with every directory write (a random UUID).
import type Keyv from 'keyv';

export const OLD_REV = '5b3c1e0a-8d2f-4c6b-9a71-2e4f0d9c8b13';

/** Three people from two old articles: Kolesnikova in both, each with the company of the other article. */
export const OLD_VALUES: Record<string, unknown> = {
  'person:kolesnikov': {
    v: 2,
    value: {
      id: 'kolesnikov',
      name: 'Maria Kolesnikova',
      names: { 'Maria Kolesnikova': 2, Kolesnikova: 1 },
      roles: [{ role: 'opposition politician', source: 'Harbour Daily', date: '2026-10-02T08:00:00.000Z' }],
      facts: [],
      articleCount: 2,
      batches: ['old-1', 'old-2'],
      related: { valtonen: { name: 'Ingrid Valtonen', count: 1 }, lagarde: { name: 'Christine Lagarde', count: 1 } },
    },
  },
  'person:valtonen': {
    v: 2,
    value: {
      id: 'valtonen',
      name: 'Ingrid Valtonen',
      names: { 'Ingrid Valtonen': 1 },
      roles: [],
      facts: [],
      articleCount: 1,
      batches: ['old-1'],
      related: { kolesnikov: { name: 'Maria Kolesnikova', count: 1 } },
    },
  },
  'person:lagarde': {
    v: 2,
    value: {
      id: 'lagarde',
      name: 'Christine Lagarde',
      names: { 'Christine Lagarde': 1 },
      roles: [],
      facts: [],
      articleCount: 1,
      batches: ['old-2'],
      related: { kolesnikov: { name: 'Maria Kolesnikova', count: 1 } },
    },
  },
  'people:kolesnikov': { v: 2, value: [{ id: 'kolesnikov', name: 'Maria Kolesnikova', forms: ['Maria Kolesnikova', 'Kolesnikova'], articleCount: 2 }] },
  'people:valtonen': { v: 2, value: [{ id: 'valtonen', name: 'Ingrid Valtonen', forms: ['Ingrid Valtonen'], articleCount: 1 }] },
  'people:lagarde': { v: 2, value: [{ id: 'lagarde', name: 'Christine Lagarde', forms: ['Christine Lagarde'], articleCount: 1 }] },
  'people:directory': {
    v: 2,
    value: [
      ['kolesnikov', 'Maria Kolesnikova', ['Kolesnikova'], 2],
      ['valtonen', 'Ingrid Valtonen', [], 1],
      ['lagarde', 'Christine Lagarde', [], 1],
    ],
  },
  'people:directory:rev': OLD_REV,
};

/** The same store as directories before versions held it: the directory a bare array. */
export const OLD_BARE_DIRECTORY = (OLD_VALUES['people:directory'] as { value: unknown }).value;

/** One more old person, each alone in their surname bucket (the old shapes, as above). */
export function oldPerson(id: string, given: string, surname: string, count: number): { values: Record<string, unknown>; tuple: unknown[] } {
  const name = `${given} ${surname}`;
  return {
    values: {
      [`person:${id}`]: { v: 2, value: { id, name, names: { [name]: count }, roles: [], facts: [], articleCount: count, batches: ['old'], related: {} } },
      [`people:${id}`]: { v: 2, value: [{ id, name, forms: [name], articleCount: count }] },
    },
    tuple: [id, name, [], count],
  };
}

export async function writeOldLayout(kv: Keyv, values: Record<string, unknown>): Promise<void> {
  await kv.setMany(Object.entries(values).map(([key, value]) => ({ key, value })));
}
