// Which addresses and URLs a fetch may reach. A user-given URL is untrusted (SSRF): only public unicast
// addresses, checked up front for IP literals and again at connect time (after DNS) by the fetcher's connector.
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** How every refusal ends by default, so the operator knows the switch (a chat's fetcher passes its own). */
export const LIFT_HINT = 'set FETCH_ALLOW_PRIVATE=1 for intranet feeds';
/** The chats' fetcher's ending: a chat user can't lift the rule (CHAT_FETCH_ALLOW_PRIVATE is the operator's), only give another URL. */
export const CHAT_HINT = 'this bot only fetches public web addresses on ports 80 and 443; give the feed’s public URL';

export const DEFAULT_ALLOWED_PORTS: readonly number[] = [80, 443];

/** Thrown from the connector (and turned into a FETCH_ADDRESS_REFUSED result by the fetcher). */
export class AddressRefusedError extends Error {
  readonly code = 'FETCH_ADDRESS_REFUSED';
  constructor(readonly host: string, readonly address: string, readonly range: string, hint: string = LIFT_HINT) {
    super(`${host} resolves to ${address} (${range}), not a public address: refused; ${hint}`);
    this.name = 'AddressRefusedError';
  }
}

/** The ipaddr.js range of an address, IPv4-mapped IPv6 (::ffff:127.0.0.1) unwrapped first; undefined if not an IP. */
export function addressRange(address: string): string | undefined {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (isIP(bare) === 0) return undefined;
  // process() unwraps IPv4-mapped IPv6, so ::ffff:7f00:1 is judged as 127.0.0.1 (loopback).
  return ipaddr.process(bare).range();
}

/** Only 'unicast' counts as public: private, loopback, link-local (169.254.169.254), NAT64, 6to4 … are refused. */
export function isPublicAddress(address: string): boolean {
  return addressRange(address) === 'unicast';
}

/** Decides whether an IP address may be reached; isPublicAddress unless a test swaps it. */
export type AddressClassifier = (address: string) => boolean;

/** Throws AddressRefusedError (ending with `hint`) unless the (resolved) address passes the classifier. */
export function assertPublicAddress(host: string, address: string, isPublic: AddressClassifier = isPublicAddress, hint: string = LIFT_HINT): void {
  if (!isPublic(address)) throw new AddressRefusedError(host, address, addressRange(address) ?? 'not an IP address', hint);
}

export interface TargetPolicy {
  allowPrivate: boolean;
  /** Ports allowed when allowPrivate is off (allowPrivate allows any port: intranet and test servers). */
  allowedPorts: readonly number[];
  isPublic?: AddressClassifier;
  /** How a port or address refusal ends; default LIFT_HINT (the operator's switch). */
  liftHint?: string;
}

export type TargetCheck =
  | { ok: true; url: URL }
  | { ok: false; code: 'FETCH_BAD_URL' | 'FETCH_SCHEME' | 'FETCH_PORT' | 'FETCH_ADDRESS_REFUSED'; message: string };

/**
 * The up-front check of one URL (the first one and every redirect target): http(s) only, no credentials,
 * an allowed port, and no non-public IP literal. WHATWG URL parsing already turns 0x7f000001, 2130706433,
 * 0177.0.0.1 and 127.1 into 127.0.0.1, so a literal in any notation is caught here without connecting.
 */
export function checkTarget(raw: string | URL, policy: TargetPolicy): TargetCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, code: 'FETCH_BAD_URL', message: `${String(raw).slice(0, 200)} is not a URL; give a full http(s):// address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, code: 'FETCH_SCHEME', message: `${url.protocol} URLs are not fetched; only http:// and https:// are` };
  }
  if (url.username || url.password) {
    return { ok: false, code: 'FETCH_BAD_URL', message: 'URLs with user:password@ are not fetched; remove the credentials' };
  }
  if (policy.allowPrivate) return { ok: true, url };
  const hint = policy.liftHint ?? LIFT_HINT;
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  if (!policy.allowedPorts.includes(port)) {
    return { ok: false, code: 'FETCH_PORT', message: `port ${port} is not allowed (only ${policy.allowedPorts.join(', ')}); ${hint}` };
  }
  const range = addressRange(url.hostname);
  if (range !== undefined && !(policy.isPublic ?? isPublicAddress)(url.hostname.replace(/^\[|\]$/g, ''))) {
    return { ok: false, code: 'FETCH_ADDRESS_REFUSED', message: `${url.hostname} is a ${range} address, not a public one: refused; ${hint}` };
  }
  return { ok: true, url };
}
