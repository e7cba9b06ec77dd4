// /latest and /who without a Speech (CLI, fuzzing) say exactly what locales/en.ftl says.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { speechFor } from '../../src/i18n/speech-of.js';
import { renderLatestHtml } from '../../src/render/latest.js';
import { ENGLISH_SPEECH } from '../../src/render/speech-en.js';
import { renderWhoHtml } from '../../src/render/who.js';
import { followUpText, seedText } from '../support/articles.js';
import { createTestApp, input } from '../support/test-app.js';

let app: App;
beforeEach(async () => {
  app = await createTestApp();
  await app.ingestor.ingest([input('seed', seedText()), input('follow', followUpText)]);
});
afterEach(() => app.close());

describe('the renderers’ built-in English', () => {
  it('should match en.ftl for /latest (with links and other outlets) and /who, found or not', async () => {
    const [first, ...rest] = await app.articles.latest(5);
    const many = Array.from({ length: 5 }, (_, i) => ({ name: `Wire ${i}`, from: 'file' }));
    const records = [{ ...first!, url: 'https://example.org/a', alsoIn: many }, ...rest];
    const en = speechFor('en');
    expect(renderLatestHtml(records)).toBe(renderLatestHtml(records, en));
    expect(renderLatestHtml(records)).toContain('+2 more');
    expect(renderLatestHtml([])).toBe(renderLatestHtml([], en));
    expect(renderLatestHtml(records.slice(0, 1))).toContain('Latest 1 story');
    for (const name of ['Lukashenko', 'Lukashnko', '']) {
      const lookup = await app.people.lookup(name);
      expect(renderWhoHtml(lookup), name).toBe(renderWhoHtml(lookup, undefined, en));
    }
    for (const key of ['who-not-found', 'latest-also']) expect(ENGLISH_SPEECH.t(key, { name: 'X', names: 'Y' })).toBe(en.t(key, { name: 'X', names: 'Y' }));
  });

  it('should speak Russian when given a Russian Speech, names and headlines unchanged', async () => {
    const lookup = await app.people.lookup('Lukashenko');
    const html = renderWhoHtml(lookup, undefined, speechFor('ru'));
    expect(html).toContain(`<b>${lookup.person?.name}</b>`);
    expect(html).toMatch(/Упоминается в/);
    const missing = renderWhoHtml(await app.people.lookup('Zzyzx Qwerty'), undefined, speechFor('ru'));
    expect(missing).toBe('В сохранённых статьях нет никого по имени <b>Zzyzx Qwerty</b>.');
  });
});
