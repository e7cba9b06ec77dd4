// Every key family the keyv adapters read: a value of another shape is a named error (or, where a
// bad value was always skipped, a log line naming the key), and values written before versions read.
import type Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildRecord } from '../../src/articles/build-record.js';
import type { ArticleRecord } from '../../src/articles/record.js';
import { silentLogger } from '../../src/logger.js';
import { personKey } from '../../src/nlp/names.js';
import { POSTING_CAP, VOCABULARY_CAP } from '../../src/people/name-postings.js';
import { articleCodec } from '../../src/store/keyv-article-codecs.js';
import { personCodec } from '../../src/store/keyv-people-codecs.js';
import { createKeyvArticleStore } from '../../src/store/keyv-article-store.js';
import { createKeyvDigestArchive } from '../../src/store/keyv-digest-archive.js';
import { createKeyvDigestLedger } from '../../src/store/keyv-digest-ledger.js';
import { createKeyvIngestJournal } from '../../src/store/keyv-ingest-journal.js';
import { createKeyvOutbox } from '../../src/store/keyv-outbox.js';
import { createKeyvPendingInputStore } from '../../src/store/keyv-pending-input.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { createKeyvSubscriptionStore } from '../../src/store/keyv-subscription-store.js';
import { openStore } from '../../src/store/open-store.js';
import { StoredValueError } from '../../src/store/stored-value.js';
import { followUpText, seedText, unrelatedText } from '../support/articles.js';
import { TEST_NOW } from '../support/test-app.js';
import { recordNaming } from './people-records.js';

const record = (text: string): ArticleRecord => {
  const built = buildRecord(text, { now: TEST_NOW, maxBytes: 1_000_000 });
  if (!built.ok) throw new Error(built.error.message);
  return built.record;
};
const records = [record(seedText()), record(followUpText), record(unrelatedText)];

/** A store holding the three articles, published and indexed as ingest does. */
async function filledStore() {
  const store = await openStore('memory://');
  await createKeyvArticleStore(store.kv).putMany(records);
  await createKeyvPeopleIndex(store.kv).indexArticles(records, 'b1');
  return store;
}

function capturingLog() {
  const lines: { key: string; code: string; message: string }[] = [];
  return { lines, logger: { warn: (fields: { key: string; code: string }, message: string) => void lines.push({ ...fields, message }) } };
}

const rejectsNaming = async (work: Promise<unknown>, key: string) => {
  const error: unknown = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(StoredValueError);
  expect((error as StoredValueError).message).toContain(`"${key}"`);
  expect((error as StoredValueError).code).toBe('STORED_VALUE_INVALID');
};

describe('stored values of another shape', () => {
  it('when article records are foreign, of an unknown version or garbage then each is skipped with a log line naming its key', async () => {
    const store = await filledStore();
    const { lines, logger } = capturingLog();
    await store.kv.set('article:foreign', { v: 2, value: { nope: 1 } });
    await store.kv.set('article:future', { v: 9, value: records[0] });
    await store.kv.set('article:garbage', { title: 5 });
    const read = await createKeyvArticleStore(store.kv, { logger }).getMany(['foreign', records[0]!.id, 'future', 'garbage']);
    expect(read.map((r) => r.id)).toEqual([records[0]!.id]);
    expect(lines.map((l) => l.key)).toEqual(['article:foreign', 'article:future', 'article:garbage']);
    expect(lines.every((l) => l.code === 'STORED_VALUE_INVALID' && l.message === 'stored value skipped')).toBe(true);
    // A pino logger is what the app passes.
    expect(await createKeyvArticleStore(store.kv, { logger: silentLogger }).getMany(['garbage'])).toEqual([]);
  });

  const hash = records[0]!.contentHash;
  it.each([
    ['hash:', `hash:${hash}`, 42, (kv: Keyv) => createKeyvArticleStore(kv).idsForHashes([hash])],
    ['ingestlog:head', 'ingestlog:head', { seq: 'one' }, (kv: Keyv) => createKeyvArticleStore(kv).count()],
    ['ingestlog:<seq>', 'ingestlog:0', [[1, 2]], (kv: Keyv) => createKeyvArticleStore(kv).idsIngestedSince(new Date(0))],
    ['latest', 'latest', { id: 'x' }, (kv: Keyv) => createKeyvArticleStore(kv).latest(5)],
    ['ingest:journal', 'ingest:journal', { id: 5, ids: 'x' }, (kv: Keyv) => createKeyvIngestJournal(kv).pending()],
    // Lukashenko's row is in the shard of his given name (a: Alexander), which a bare /who reads as the surname's leader.
    ['people:<key>#<letter>', 'people:lukashenk#a', 'Lukashenko', (kv: Keyv) => createKeyvPeopleIndex(kv).lookup('Lukashenko')],
    // A batch gives new ids from the summary's count, so it stops on a summary it can't read (a query skips it).
    ['people:s:<key>', 'people:s:lukashenk', { numbered: -1 }, (kv: Keyv) => createKeyvPeopleIndex(kv).indexArticles([{ ...records[0]!, id: 'again' }], 'bx')],
    ['person:<id>', 'person:lukashenk', { v: 2, value: ['not', 'an', 'entry'] }, (kv: Keyv) => createKeyvPeopleIndex(kv).lookup('Lukashenko')],
    // The old directory is read while its revision says a store from before the name index holds one.
    ['people:directory', 'people:directory', { v: 9, value: [] }, async (kv: Keyv) => (await kv.set('people:directory:rev', 'r1'), createKeyvPeopleIndex(kv).lookup('Gitanas'))],
    ['people:directory:rev', 'people:directory:rev', 7, (kv: Keyv) => createKeyvPeopleIndex(kv).lookup('Gitanas')],
    ['outbox:open', 'outbox:open', 'x', (kv: Keyv) => createKeyvOutbox(kv).open()],
    ['subs:index', 'subs:index', ['a'], (kv: Keyv) => createKeyvSubscriptionStore(kv).list()],
    ['subs:owner:<id>', 'subs:owner:7', { 1: 2 }, (kv: Keyv) => createKeyvSubscriptionStore(kv).listOwnedBy(7)],
  ] as const)('when %s holds another shape then reading it throws StoredValueError naming the key', async (_family, key, value, read) => {
    const store = await filledStore();
    await store.kv.set(key, value);
    await rejectsNaming(read(store.kv), key);
  });

  it('when an outbox item or a subscription is unreadable then it is skipped with a log line, and the others still read', async () => {
    const store = await openStore('memory://');
    const { lines, logger } = capturingLog();
    const subscriptions = createKeyvSubscriptionStore(store.kv, { logger });
    const at = TEST_NOW.toISOString();
    await subscriptions.put({ chatId: 1, chatType: 'private', time: '07:30', timeZone: 'UTC', include: [], exclude: [], status: 'active', createdAt: at, updatedAt: at });
    await store.kv.set('sub:2', { chatId: 'two' });
    await store.kv.set('subs:index', [1, 2]);
    expect((await subscriptions.list()).map((s) => s.chatId)).toEqual([1]);
    expect(await subscriptions.get(2)).toBeUndefined();

    const outbox = createKeyvOutbox(store.kv, { logger });
    const item = { chatId: 1, day: '2026-11-27', chatKind: 'private' as const, messages: ['hi'], next: 0, events: {}, attempts: 0, createdAt: at };
    await outbox.enqueue([item, { ...item, chatId: 3 }]);
    await store.kv.set('outbox:3:2026-11-27', { ...item, chatId: 3, messages: [] });
    expect((await outbox.open()).map((i) => i.chatId)).toEqual([1]);
    // sub:2 was read twice (list, get) and is logged once: a bad value met every tick is one line, not one a minute.
    expect(lines.map((l) => l.key)).toEqual(['sub:2', 'outbox:3:2026-11-27']);
  });

  it('when a ledger entry, a window start, an archive pointer or view, or a pending question is unreadable then it reads as absent with one log line naming its key', async () => {
    const store = await openStore('memory://');
    const { lines, logger } = capturingLog();
    const at = TEST_NOW.toISOString();
    const ledger = createKeyvDigestLedger(store.kv, { logger });
    await ledger.record({ chatId: 1, day: '2026-11-27', status: 'sent', eventIds: ['e'], messageCount: 1, sentAt: at }, { sentAt: at, events: { e: 1 } });
    await store.kv.set('ledger:2:2026-11-27', { chatId: 2, day: 'yesterday' });
    await store.kv.set('digest:last:2', { sentAt: 'soon', events: [] });
    expect(await ledger.get(1, '2026-11-27')).toMatchObject({ status: 'sent' });
    expect(await ledger.get(2, '2026-11-27')).toBeUndefined();
    expect((await ledger.lastDigest([1, 2])).map((l) => l?.events)).toEqual([{ e: 1 }, undefined]);

    const archive = createKeyvDigestArchive(store.kv, { logger });
    const view = { v: 1 as const, messages: ['<b>News digest</b>'], timeZone: 'UTC', createdAt: at };
    await archive.record([{ hash: 'a'.repeat(16), view }], [{ chatId: 1, day: '2026-11-27', hash: 'a'.repeat(16) }]);
    await store.kv.set('archive:chat:2:2026-11-27', { v: 7, view: 'a'.repeat(16) });
    await store.kv.set('archive:chat:3:2026-11-27', { v: 1, view: 'b'.repeat(16) });
    await store.kv.set(`archive:view:${'b'.repeat(16)}`, { v: 1, messages: [] });
    expect((await archive.sentTo(1, '2026-11-27'))?.messages).toEqual(view.messages);
    expect(await archive.sentTo(2, '2026-11-27')).toBeUndefined();
    expect(await archive.sentTo(3, '2026-11-27')).toBeUndefined();

    const pending = createKeyvPendingInputStore(store.kv, { logger });
    await store.kv.set('pending:1:5', { kind: 'time', expiresAt: 42 });
    expect(await pending.get(1, 5, TEST_NOW)).toBeUndefined();
    expect(lines.map((l) => l.key)).toEqual([
      'ledger:2:2026-11-27', 'digest:last:2', 'archive:chat:2:2026-11-27', `archive:view:${'b'.repeat(16)}`, 'pending:1:5',
    ]);
    expect(lines.every((l) => l.code === 'STORED_VALUE_INVALID')).toBe(true);
  });

  it('when a (chat, day) already points at a view then archiving it again keeps the first one (the one its outbox item holds)', async () => {
    const store = await openStore('memory://');
    const archive = createKeyvDigestArchive(store.kv);
    const at = TEST_NOW.toISOString();
    const first = { v: 1 as const, messages: ['first'], timeZone: 'UTC', createdAt: at };
    const second = { ...first, messages: ['second'] };
    await archive.record([{ hash: 'a'.repeat(16), view: first }], [{ chatId: 1, day: '2026-11-27', hash: 'a'.repeat(16) }]);
    await archive.record(
      [{ hash: 'b'.repeat(16), view: second }],
      [{ chatId: 1, day: '2026-11-27', hash: 'b'.repeat(16) }, { chatId: 2, day: '2026-11-27', hash: 'b'.repeat(16) }],
    );
    expect((await archive.sentTo(1, '2026-11-27'))?.messages).toEqual(['first']);
    expect((await archive.sentTo(2, '2026-11-27'))?.messages).toEqual(['second']);
  });
});

describe("the name index's stored values of another shape", () => {
  const pairs = (n: number) => Array.from({ length: n }, (_, i) => [`p${i}`, n - i]);
  /**
   * `name` and Maria Kolesnikova indexed, `query` asked, then one name-index key overwritten. Each case
   * names its own person: a bad key is logged once per process, so keys are not shared between cases.
   */
  async function corrupted(name: string, query: string, key: string, value: unknown) {
    const store = await openStore('memory://');
    await createKeyvPeopleIndex(store.kv).indexArticles([recordNaming('a1', [name, 'Maria Kolesnikova'])], 'b1');
    const before = await createKeyvPeopleIndex(store.kv).lookup(query);
    await store.kv.set(key, value);
    const { lines, logger } = capturingLog();
    return { store, lines, before, people: createKeyvPeopleIndex(store.kv, { logger }) };
  }
  const typo = (surname: string) => `${surname.slice(0, -2)}x${surname.slice(-1)}`;

  // A typo in the surname is answered through the complete surname bucket when the posting is unreadable.
  it.each([
    ['an empty id', 'Valtonen', () => [['', 3]]],
    ['a negative count', 'Halvorsen', (id: string) => [[id, -1]]],
    ['a fractional count', 'Lindqvist', (id: string) => [[id, 1.5]]],
    ['a count as text', 'Moravecki', (id: string) => [[id, 'many']]],
    ['three-element pairs', 'Castellano', (id: string) => [[id, 1, 2]]],
    ['more pairs than its cap', 'Brennagan', () => pairs(POSTING_CAP + 1)],
    ['no list', 'Okonkwora', (id: string) => ({ [id]: 1 })],
  ] as const)('when a posting holds %s then the lookup reading it still answers, and logs the key once', async (_case, surname, value) => {
    const name = `Ingrid ${surname}`;
    const query = `Ingrid ${typo(surname)}`;
    const key = `people:names:t:${surname.toLowerCase()}`;
    const { lines, before, people } = await corrupted(name, query, key, value(personKey(name)));
    expect(before.person?.name).toBe(name);
    expect((await people.lookup(query)).person?.name).toBe(name);
    expect((await people.lookup(query)).person?.name).toBe(name);
    expect(lines.map((l) => l.key)).toEqual([key]);
    expect(lines[0]).toMatchObject({ code: 'STORED_VALUE_INVALID', message: 'stored value skipped' });
  });

  it.each([
    ['a vocabulary with an empty token', 'Maria Petrovska', 'x', () => ['petrovska', '']],
    ['a vocabulary with a number', 'Maria Juarezco', 'x', () => [7]],
    ['a vocabulary longer than its cap', 'Maria Sorensky', 'x', () => Array.from({ length: VOCABULARY_CAP + 1 }, (_, i) => `soren${i}`)],
    ['a row with a negative count', 'Ottiliana Harlow', 'row', (n: string) => [personKey(n), n, [], -4]],
    ['a row with an empty id', 'Bronislawa Tremaine', 'row', (n: string) => ['', n, [], 1]],
    ['a row of three fields', 'Evangelina Quillfeather', 'row', (n: string) => [personKey(n), n, 1]],
  ] as const)('when %s is stored then a lookup through it finds nothing there, logs the key, and other lookups still answer', async (_case, name, kind, value) => {
    // A prefix reads people:names:x:<prefix>, then the postings of the tokens listed there, then their
    // rows; a prefix of the surname also reads its bucket, so rows are tested through a first name.
    const [given, surname] = name.split(' ') as [string, string];
    const query = (kind === 'x' ? surname : given).slice(0, 5);
    const key = kind === 'x' ? `people:names:x:${query.toLowerCase()}` : `people:row:${personKey(name)}`;
    const { lines, before, people } = await corrupted(name, query, key, value(name));
    expect(before.suggestions).toContain(name);
    expect((await people.lookup(query)).suggestions).not.toContain(name);
    expect(lines.map((l) => l.key)).toEqual([key]);
    expect((await people.lookup('Kolesnikva')).person?.name).toBe('Maria Kolesnikova');
  });

  it('when a posting is unreadable then the next batch that files someone under it writes a readable one', async () => {
    const { store, lines, people } = await corrupted('Ingrid Tammisaari', 'Ingrid', 'people:names:t:tammisaari', [['', -1]]);
    await people.indexArticles([recordNaming('a2', ['Pekka Tammisaari'])], 'b2');
    expect(lines.map((l) => l.key)).toEqual(['people:names:t:tammisaari']);
    // Pekka is the second Tammisaari of that bucket, so his id is tammisaari~2.
    expect(await store.kv.get('people:names:t:tammisaari')).toEqual([[`${personKey('Pekka Tammisaari')}~2`, 1]]);
    expect((await people.lookup('Pekka')).suggestions).toEqual(['Pekka Tammisaari']);
  });
});

describe('values written before versions (v1)', () => {
  const envelope = z.object({ v: z.number(), value: z.unknown() });
  /** Rewrites every people and article value as a store written before envelopes holds it. */
  async function downgrade(kv: Keyv) {
    const map: unknown = kv.store;
    if (!(map instanceof Map)) throw new Error('expected the memory store');
    for (const stored of [...map.keys()].map(String)) {
      const key = stored.replace(/^nb:/, '');
      // The name index (people:row:, people:names:), the buckets' counts (people:n:) and the surname summaries
      // (people:s:) came after versions: never stored bare.
      if (!/^(article|person|people):/.test(key) || /^people:(row|names|n|s):/.test(key)) continue;
      const raw: unknown = await kv.get(key);
      const { v, value } = envelope.parse(raw);
      // Article records and person entries are packed from v3 on: a bare one is the whole value.
      expect(v).toBe(/^(article|person):/.test(key) ? 3 : 2);
      // Entries from before batch marks had the old 64-article window instead.
      const bare = key.startsWith('person:')
        ? { ...personCodec.decode(key, raw), batches: undefined, recentArticleIds: ['old'] }
        : key.startsWith('article:')
          ? articleCodec.decode(key, raw)
          : value;
      await kv.set(key, bare);
    }
  }

  it('when people and articles are stored bare then /who, /latest and a new batch read them as before, and a rewrite versions them', async () => {
    const store = await filledStore();
    const articles = createKeyvArticleStore(store.kv);
    const before = { latest: await articles.latest(5), who: await createKeyvPeopleIndex(store.kv).lookup('Lukashenko'), typo: await createKeyvPeopleIndex(store.kv).lookup('Lukashenkko') };
    await downgrade(store.kv);

    const people = createKeyvPeopleIndex(store.kv);
    expect(await articles.latest(5)).toEqual(before.latest);
    expect(await people.lookup('Lukashenko')).toEqual(before.who);
    expect(await people.lookup('Lukashenkko')).toEqual(before.typo);

    // Folding a new batch into a bare entry counts once, and writes it back versioned, without the old window.
    await people.indexArticles([{ ...records[1]!, id: 'again' }], 'b2');
    expect((await people.lookup('Lukashenko')).person?.articleCount).toBe(before.who.person!.articleCount + 1);
    const rewritten: unknown = await store.kv.get('person:lukashenk');
    expect(rewritten).toMatchObject({ v: 3 });
    expect(personCodec.decode('person:lukashenk', rewritten)?.batches).toEqual(['b2']);
    expect(JSON.stringify(rewritten)).not.toContain('recentArticleIds');
  });
});
