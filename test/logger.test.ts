// Tokens never reach the log: grammY's HttpError wraps node-fetch's error, whose message and
// stack carry the request URL …/bot<TOKEN>/method.
import { createServer } from 'node:net';
import { Api, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { createLogger, redactSecrets } from '../src/logger.js';

const TOKEN = '123456789:AAHsecretPartOfTheTokenThatMustNeverLeak';

function capture() {
  const lines: string[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(line) } };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('logger', () => {
  it('when a real network error from grammY is logged then the token appears nowhere (message, stack, wrapped error)', async () => {
    const api = new Api(TOKEN, { apiRoot: `http://127.0.0.1:${await closedPort()}` });
    const error = await api.getMe().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    // The leak is real: the wrapped error names the URL with the token.
    expect(String((error as HttpError & { error: Error }).error.message)).toContain(TOKEN);
    const { lines, destination } = capture();
    const logger = createLogger('info', { destination });
    logger.error({ err: error }, 'call failed');
    logger.child({ job: 'digest' }).warn({ error }, 'again, under another key');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain(TOKEN);
      expect(line).not.toContain(TOKEN.split(':')[1]);
      expect(line).toContain('/bot<redacted>/getMe');
    }
    const parsed = JSON.parse(lines[0]!) as { err: { type: string; error: { stack: string } } };
    expect(parsed.err.type).toBe('HttpError');
    expect(parsed.err.error.stack).toContain('ECONNREFUSED');
  });

  it('when an error has a nested cause, or carries the configured secret in another shape, then those are scrubbed too', () => {
    const { lines, destination } = capture();
    const logger = createLogger('info', { destination, secrets: ['sk-custom-secret-value'] });
    const error = new Error('outer', { cause: new Error(`inner https://api.telegram.org/bot${TOKEN}/sendMessage and sk-custom-secret-value`) });
    logger.error({ err: error }, 'nested');
    expect(lines[0]).not.toContain(TOKEN);
    expect(lines[0]).not.toContain('sk-custom-secret-value');
    expect(lines[0]).toContain('<redacted>');
  });

  it('when text has no token then redactSecrets leaves it alone', () => {
    expect(redactSecrets('update 123456 at 10:30 failed')).toBe('update 123456 at 10:30 failed');
  });
});
