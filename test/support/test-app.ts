// An app on an in-memory (or given) store with a fixed clock and silent logs.
import { openApp, type App } from '../../src/app.js';
import { fixedClock } from '../../src/clock.js';
import { parseConfig } from '../../src/config.js';
import type { Summarizer } from '../../src/llm/summarizer.port.js';
import { silentLogger } from '../../src/logger.js';

export const TEST_NOW = new Date('2026-11-27T09:00:00.000Z');

export async function createTestApp(options: { storeUrl?: string; now?: Date; summarizer?: Summarizer; env?: Record<string, string> } = {}): Promise<App> {
  const config = parseConfig({ STORE_URL: options.storeUrl ?? 'memory://', ...options.env });
  return openApp(config, {
    logger: silentLogger,
    clock: fixedClock(options.now ?? TEST_NOW),
    ...(options.summarizer ? { summarizer: options.summarizer } : {}),
  });
}

export function input(name: string, text: string | Uint8Array) {
  return { name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text };
}
