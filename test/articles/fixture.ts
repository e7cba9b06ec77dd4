// Loading the hand-written article fixtures and cleaning them with a fixed clock.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { cleanArticle, type CleanedArticle, type CleanOptions } from '../../src/articles/clean.js';

export const NOW = new Date('2026-11-27T10:00:00.000Z');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url)));
}

export function fixtureText(name: string): string {
  return new TextDecoder().decode(fixtureBytes(name));
}

/** Clean and assert success, so tests read as expectations on the article. */
export function cleanOk(input: Uint8Array | string, options: Partial<CleanOptions> = {}): CleanedArticle {
  const outcome = cleanArticle(input, { now: NOW, maxBytes: 1_000_000, ...options });
  if (!outcome.ok) expect.fail(`expected a cleaned article, got ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.article;
}
