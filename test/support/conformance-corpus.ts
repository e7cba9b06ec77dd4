// The inputs the store-conformance suite ingests on every backend: the same files in the same batches, so each
// backend must give the same answers. Real files through the real ingestor: plain text, metadata headers, JSON
// feed items, Cyrillic articles, and every kind of duplicate (same text, same link, a wire copy).
import type { IngestInput } from '../../src/articles/ingest.js';
import { followUpJson, OUTLETS, WIRE_PARAGRAPHS, wireCopyJson } from '../articles/ingest-wire-copies.js';
import { followUpText, seedText, unrelatedText } from './articles.js';
import { inputOf } from './conformance-rig.js';
import { manyArticles } from './many-articles.js';

export const [GAZETTE, COURIER] = OUTLETS as [(typeof OUTLETS)[0], (typeof OUTLETS)[0]];
export const SOURCE_A = 'a1b2c3d4e5';
export const SOURCE_B = '0f9e8d7c6b';
export const SOURCE_CHAT = '1234567890';
export const CHAT = -100777;

export const RUSSIAN = `Лукашенко провёл совещание с правительством

МИНСК, 29 ноября — БЕЛТА. Александр Лукашенко провёл в субботу совещание с правительством по вопросам экономики.

Лукашенко потребовал от министров навести порядок в ценах, сообщила пресс-служба.`;

export const BELARUSIAN = `Лукашэнка правёў нараду з урадам

Мінск, 26 лістапада 2026 года. Аляксандр Лукашэнка правёў у суботу нараду з урадам па пытаннях эканомікі.

Лукашэнка запатрабаваў ад міністраў навесці парадак з цэнамі, паведаміла прэс-служба.`;

/** A chat's own source's story: its trust scope is the chat, so it stays out of /latest and /who. */
export const CHAT_STORY = JSON.stringify({
  title: 'Village library reopens after a year of repairs',
  text: [
    'The library in the village of Hallow Creek reopened on Wednesday after a year of repairs to its roof and heating, the parish council said in a statement to residents.',
    'Librarian Oskar Brandt said the reading room would stay open late on Thursdays and that the children\'s corner had doubled in size thanks to donations from local families.',
  ],
  source: { name: 'Hallow Creek Notes', url: 'https://hallow-creek.example/' },
  url: 'https://hallow-creek.example/library-reopens',
  publishedAt: '2026-11-26T10:00:00.000Z',
});

/** The same text under another outlet's name and link: a duplicate by content hash. */
export const MIRROR_COPY = wireCopyJson(GAZETTE).replace(GAZETTE.name, 'Wire Mirror').replace(GAZETTE.link, 'https://mirror.example/a');

/** Another text at the Gazette's link with tracking parameters: a duplicate by canonical URL. */
export const AGGREGATED = JSON.stringify({
  title: 'Port strike: what we know',
  text: ['A short aggregator summary of the dock strike at Calderon, with a link to the full story.'],
  source: 'Aggregator Daily',
  url: `${GAZETTE.link}?utm_source=rss&utm_medium=feed`,
});

export const TRACKED_GAZETTE_LINK = `${GAZETTE.link}?utm_campaign=x&fbclid=abc`;
export const WIRE_TEXT = WIRE_PARAGRAPHS;

/** The batches, in order; the clock moves five minutes between them. */
export function corpusBatches(): IngestInput[][] {
  const many = manyArticles(24).map((a) => inputOf(a.name, a.text));
  return [
    [...many.slice(0, 12), inputOf('seed.txt', seedText()), inputOf('follow-up.txt', followUpText), inputOf('ecb.txt', unrelatedText)],
    [inputOf('gazette.json', wireCopyJson(GAZETTE), { sourceId: SOURCE_A }), inputOf('ru.txt', RUSSIAN), inputOf('be.txt', BELARUSIAN), inputOf('ruling.json', followUpJson(GAZETTE))],
    [
      inputOf('courier.json', wireCopyJson(COURIER), { sourceId: SOURCE_B }),
      inputOf('mirror.json', MIRROR_COPY),
      inputOf('aggregated.json', AGGREGATED),
      inputOf('seed-again.txt', seedText()),
      inputOf('chat.json', CHAT_STORY, { sourceId: SOURCE_CHAT, chatId: CHAT }),
      inputOf('empty.txt', '   '),
    ],
    many.slice(12),
  ];
}
