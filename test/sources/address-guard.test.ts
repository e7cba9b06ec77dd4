import { describe, expect, it } from 'vitest';
import { addressRange, checkTarget, isPublicAddress } from '../../src/sources/address-guard.js';
import { isAccepted, mediaType, parseRetryAfter } from '../../src/sources/fetch-headers.js';

const strict = { allowPrivate: false, allowedPorts: [80, 443] };

describe('address guard', () => {
  it('when an address is loopback, private, link-local, CGNAT, NAT64 or IPv4-mapped then it is not public', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
      '255.255.255.255', '224.0.0.1', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::7f00:1', '2002:7f00:1::1']) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    expect(addressRange('::ffff:10.0.0.1')).toBe('private');
  });

  it('when an address is public unicast then it is allowed, v4 and v6', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '[2001:4860:4860::8888]']) expect(isPublicAddress(address), address).toBe(true);
    expect(isPublicAddress('example.com')).toBe(false);
  });

  it('when a URL is an IP literal in decimal, hex, octal, short or mapped form then checkTarget refuses it', () => {
    for (const url of ['http://2130706433/', 'http://0x7f000001/', 'http://0177.0.0.1/', 'http://0x7f.1/', 'http://127.1/',
      'https://[::ffff:127.0.0.1]/', 'http://[::1]/', 'http://169.254.169.254/latest/meta-data/', 'http://0.0.0.0/', 'http://[0:0:0:0:0:ffff:7f00:1]/']) {
      const check = checkTarget(url, strict);
      expect(check, url).toMatchObject({ ok: false, code: 'FETCH_ADDRESS_REFUSED' });
      expect(!check.ok && check.message, url).toMatch(/set FETCH_ALLOW_PRIVATE=1 for intranet feeds$/);
    }
  });

  it('when the policy allows private addresses then any port and address pass, but the scheme rule stays', () => {
    expect(checkTarget('http://127.0.0.1:8080/feed', { allowPrivate: true, allowedPorts: [80, 443] })).toMatchObject({ ok: true });
    expect(checkTarget('ftp://127.0.0.1/feed', { allowPrivate: true, allowedPorts: [] })).toMatchObject({ ok: false, code: 'FETCH_SCHEME' });
    expect(checkTarget('https://example.com/', strict)).toMatchObject({ ok: true });
    expect(checkTarget('https://example.com:8443/', strict)).toMatchObject({ ok: false, code: 'FETCH_PORT' });
  });
});

describe('fetch headers', () => {
  it('when Retry-After is seconds, an HTTP date, a past date or junk then it becomes ms, ms, 0 or undefined', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('when a content type has parameters or wildcards are accepted then matching uses the bare media type', () => {
    expect(mediaType('Application/RSS+XML; charset=UTF-8')).toBe('application/rss+xml');
    expect(mediaType(undefined)).toBe('application/octet-stream');
    expect(isAccepted('text/html', ['text/*'])).toBe(true);
    expect(isAccepted('text/html', ['application/xml'])).toBe(false);
    expect(isAccepted('image/png', ['*/*'])).toBe(true);
  });
});
