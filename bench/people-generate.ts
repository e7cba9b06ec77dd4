// Feeds bench/people-ingest.mjs: open-cast generated articles as JSON lines ({name, text}) on stdout, through a
// pipe, so the ingesting process runs the built bot alone (no tsx loader thread in its RSS) and the /who process
// spends nothing on generating. The pipe's backpressure paces this process to the ingester.
// Usage: tsx bench/people-generate.ts ARTICLES
import { once } from 'node:events';
import { createArticleGenerator } from './generate-articles.js';

const articles = Number(process.argv[2]);
if (!Number.isInteger(articles) || articles < 1) {
  process.stderr.write('usage: people-generate.ts ARTICLES\n');
  process.exit(2);
}
const generator = createArticleGenerator({ cast: 'open' });
for (let i = 0; i < articles; i++) {
  const { name, text } = generator.article(i);
  if (!process.stdout.write(`${JSON.stringify({ name, text })}\n`)) await once(process.stdout, 'drain');
}
