import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ConfigError, NEWSBRIEF_VERSION, parseConfig } from '../src/config.js';

describe('config', () => {
  it('should apply documented defaults to an empty environment', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ STORE_URL: 'sqlite://data/newsbrief.sqlite', DIGEST_TIME: '08:00', DEFAULT_TZ: 'UTC', storeUrlFromEnv: false });
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
  });

  it('when several values are bad then it reports one line per problem', () => {
    try {
      parseConfig({ DIGEST_TIME: '25:00', DEFAULT_TZ: 'Mars/Olympus', STORE_URL: 'ftp://x', OPENAI_TIMEOUT_MS: '-5', TELEGRAM_BOT_TOKEN: 'nope', INBOX_SCHEDULE: 'often' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(6);
      expect(problems.join('\n')).toMatch(/DIGEST_TIME: must be a 24-hour time/);
      expect(problems.join('\n')).toMatch(/DEFAULT_TZ: must be an IANA time zone/);
      expect(problems.join('\n')).toMatch(/TELEGRAM_BOT_TOKEN: .*@BotFather/);
    }
  });

  it('when DIGEST_SUMMARY_TIMEOUT_MS is unset then the digest summary deadline is 20 s, and a bad value is one line', () => {
    expect(parseConfig({}).DIGEST_SUMMARY_TIMEOUT_MS).toBe(20_000);
    expect(parseConfig({ DIGEST_SUMMARY_TIMEOUT_MS: '1500' }).DIGEST_SUMMARY_TIMEOUT_MS).toBe(1500);
    expect(() => parseConfig({ DIGEST_SUMMARY_TIMEOUT_MS: '0' })).toThrow(/DIGEST_SUMMARY_TIMEOUT_MS: /);
  });

  it('should treat empty strings as unset', () => {
    expect(parseConfig({ OPENAI_API_KEY: '', STORE_URL: '  ' }).OPENAI_API_KEY).toBeUndefined();
  });

  it('when STORE_URL names a scheme openStore cannot open, or a shared server without what it needs, then validation fails with one line naming the supported ones', () => {
    for (const url of ['postgres://u:p@db', 'postgres://u@db:5432/', 'redis://[bad', 'mysql://db/x', 'foo://bar', 'data/news.sqlite', 'sqlite://']) {
      let problems: readonly string[] = [];
      try {
        parseConfig({ STORE_URL: url });
      } catch (error) {
        problems = (error as ConfigError).problems;
      }
      expect(problems, url).toHaveLength(1);
      expect(problems[0], url).toMatch(/^STORE_URL: /);
      expect(problems[0], url).not.toContain('\n');
      if (!/^(sqlite|postgres):\/\//.test(url)) expect(problems[0], url).toMatch(/sqlite:\/\/.*memory:\/\//);
      if (url.startsWith('postgres')) expect(problems[0], url).toMatch(/needs a database name/);
    }
    expect(parseConfig({ STORE_URL: 'SQLite://data/x.sqlite' }).STORE_URL).toBe('sqlite://data/x.sqlite');
    expect(parseConfig({ STORE_URL: 'memory://' }).STORE_URL).toBe('memory://');
    for (const url of ['redis://localhost:6379', 'rediss://r:6380/2', 'postgres://u:p@db/news', 'postgresql://u@127.0.0.1:5432/test']) {
      expect(parseConfig({ STORE_URL: url }).STORE_URL, url).toBe(url);
    }
  });

  it('when the bot token is malformed then the message states the rule the check applies, and real-shaped tokens pass', () => {
    const secret35 = 'AAE' + 'x'.repeat(30) + '_-';
    expect(parseConfig({ TELEGRAM_BOT_TOKEN: `7123456789:${secret35}` }).TELEGRAM_BOT_TOKEN).toBe(`7123456789:${secret35}`);
    for (const bad of ['nope', `123456:${'a'.repeat(29)}`, `123456:${'a'.repeat(65)}`, `:${secret35}`, `0123:${secret35}`, `123456:${secret35.slice(0, 34)}!`]) {
      let problems: readonly string[] = [];
      try {
        parseConfig({ TELEGRAM_BOT_TOKEN: bad });
      } catch (error) {
        problems = (error as ConfigError).problems;
      }
      expect(problems, bad).toHaveLength(1);
      expect(problems[0], bad).toMatch(/TELEGRAM_BOT_TOKEN: .*digits.*colon.*35 characters of A-Z a-z 0-9 _ -.*@BotFather/);
    }
  });

  it('when DEFAULT_TZ is an old or lower-case zone name then the current IANA name is kept', () => {
    expect(parseConfig({ DEFAULT_TZ: 'Europe/Kiev' }).DEFAULT_TZ).toBe('Europe/Kyiv');
    expect(parseConfig({ DEFAULT_TZ: 'asia/calcutta' }).DEFAULT_TZ).toBe('Asia/Kolkata');
    expect(parseConfig({ DEFAULT_TZ: 'europe/minsk' }).DEFAULT_TZ).toBe('Europe/Minsk');
    expect(() => parseConfig({ DEFAULT_TZ: '+03:00' })).toThrow(/DEFAULT_TZ: must be an IANA time zone/);
  });
  it('when no FETCH_ variable is set then fetching refuses private addresses and names the bot in its User-Agent', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ FETCH_ALLOW_PRIVATE: false, FETCH_TIMEOUT_MS: 15_000, FETCH_MAX_BYTES: 5 * 1024 * 1024, FETCH_MAX_REDIRECTS: 5 });
    expect(config.FETCH_USER_AGENT).toMatch(/^newsbrief\/\d+\.\d+\.\d+ /);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(NEWSBRIEF_VERSION).toBe(pkg.version);
  });

  it('when FETCH_ALLOW_PRIVATE is 1, true, yes or on then it is on, and 0, false, no or off leave it off', () => {
    for (const on of ['1', 'true', 'YES', 'on']) expect(parseConfig({ FETCH_ALLOW_PRIVATE: on }).FETCH_ALLOW_PRIVATE, on).toBe(true);
    for (const off of ['0', 'false', 'No', 'off', '']) expect(parseConfig({ FETCH_ALLOW_PRIVATE: off }).FETCH_ALLOW_PRIVATE, off).toBe(false);
  });

  it('when FETCH_ values are bad then each is one line that says what is expected', () => {
    let problems: readonly string[] = [];
    try {
      parseConfig({ FETCH_ALLOW_PRIVATE: 'maybe', FETCH_USER_AGENT: 'bot\u00e9', FETCH_TIMEOUT_MS: '0', FETCH_MAX_BYTES: 'lots', FETCH_MAX_REDIRECTS: '50' });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems).toHaveLength(5);
    expect(problems.every((p) => !p.includes('\n'))).toBe(true);
    expect(problems.join('\n')).toMatch(/FETCH_ALLOW_PRIVATE: must be 1 or 0/);
    expect(problems.join('\n')).toMatch(/FETCH_USER_AGENT: must be printable ASCII/);
    expect(problems.join('\n')).toMatch(/FETCH_TIMEOUT_MS: /);
    expect(problems.join('\n')).toMatch(/FETCH_MAX_BYTES: /);
    expect(problems.join('\n')).toMatch(/FETCH_MAX_REDIRECTS: must be 0–20/);
    expect(parseConfig({ FETCH_MAX_REDIRECTS: '0', FETCH_USER_AGENT: 'acme-news/2 (+https://acme.example/bot)' })).toMatchObject({ FETCH_MAX_REDIRECTS: 0, FETCH_USER_AGENT: 'acme-news/2 (+https://acme.example/bot)' });
  });

  it('when STORE_URL is redis:// and QUEUE_URL is unset then the queue is on the store\'s Redis; sqlite and PostgreSQL alone get no queue', () => {
    expect(parseConfig({ STORE_URL: 'redis://127.0.0.1:6379/2' }).QUEUE_URL).toBe('redis://127.0.0.1:6379/2');
    expect(parseConfig({}).QUEUE_URL).toBeUndefined();
    expect(parseConfig({ STORE_URL: 'postgres://nb@127.0.0.1:5432/nb' }).QUEUE_URL).toBeUndefined();
    expect(parseConfig({ STORE_URL: 'postgres://nb@127.0.0.1:5432/nb', QUEUE_URL: 'redis://10.0.0.5:6379' }).QUEUE_URL).toBe('redis://10.0.0.5:6379');
  });

  it.each(['sqlite://data/x.sqlite', 'memory://'])('when QUEUE_URL is set with STORE_URL=%s then one line says the queue needs a shared store', (store) => {
    let problems: readonly string[] = [];
    try {
      parseConfig({ STORE_URL: store, QUEUE_URL: 'redis://127.0.0.1:6379' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      problems = (error as ConfigError).problems;
    }
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^QUEUE_URL needs a shared store: redis:\/\/ or postgres:\/\//);
    expect(problems[0]).not.toContain('\n');
  });

  it('when QUEUE_URL is not a redis:// URL then validation names it', () => {
    expect(() => parseConfig({ STORE_URL: 'redis://127.0.0.1:6379', QUEUE_URL: 'postgres://x@h/db' })).toThrow(/QUEUE_URL: must be a redis:\/\/ URL/);
  });
});
