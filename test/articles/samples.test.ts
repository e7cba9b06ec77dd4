import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { cleanOk } from './fixture.js';

const dir = new URL('../../samples/', import.meta.url);
const samples = readdirSync(dir).filter((f) => /\.(txt|json)$/.test(f)).sort();
const cleaned = new Map(samples.map((f) => [f, cleanOk(new Uint8Array(readFileSync(new URL(f, dir))))]));

describe('demo samples', () => {
  it('should include the seed and at least four more articles in both text and JSON', () => {
    expect(samples.length).toBeGreaterThanOrEqual(5);
    expect(samples.some((f) => f.endsWith('.json'))).toBe(true);
  });

  it.each(samples)('when %s is cleaned then it has a title, an outlet, a past date and no boilerplate', (file) => {
    const a = cleaned.get(file);
    if (!a) return expect.fail(`${file} was not cleaned`);
    expect(a.title.length).toBeGreaterThan(10);
    expect(a.source.name).not.toBe('Unknown source');
    expect(a.publishedAt !== undefined && a.publishedAt < '2026-01-01').toBe(true);
    expect(a.paragraphs.join('\n')).not.toMatch(/Disclaimer|ADVERTISEMENT|Share this|Sign up|Subscribe|Reporting by|\((AP|Reuters)\)/);
  });

  it('should tell the Belarus stories apart by content hash and outlet', () => {
    const belarus = [...cleaned.values()].filter((a) => /Belavia/.test(a.paragraphs.join(' ')));
    expect(belarus.length).toBeGreaterThanOrEqual(4);
    expect(new Set(belarus.map((a) => a.contentHash)).size).toBe(belarus.length);
    expect(new Set(belarus.map((a) => a.source.name)).size).toBeGreaterThanOrEqual(3);
  });
});
