// The undici dispatcher the fetcher uses: its connector refuses non-public addresses at CONNECT time,
// after DNS, so DNS rebinding and every redirect hop are covered (a lookup-only guard misses IP literals,
// hence the literal check here as well as in checkTarget).
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { LIFT_HINT, assertPublicAddress, isPublicAddress, type AddressClassifier } from './address-guard.js';

/** A lookup that resolves every address of a name and refuses the name if any of them is not public (ending with `hint`). */
export const guardedLookup = (isPublic: AddressClassifier, hint: string = LIFT_HINT): LookupFunction => (hostname, options: LookupOptions, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    try {
      for (const { address } of addresses) assertPublicAddress(hostname, address, isPublic, hint);
    } catch (refused) {
      return callback(refused as NodeJS.ErrnoException, '', 0);
    }
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
    if (options.all) return callback(null, addresses);
    return callback(null, first.address, first.family);
  });
};

/** A connector that checks IP-literal hosts before connecting and the socket's peer address after. */
export function guardedConnector(connectTimeoutMs: number, isPublic: AddressClassifier = isPublicAddress, hint: string = LIFT_HINT): buildConnector.connector {
  const connect = buildConnector({ lookup: guardedLookup(isPublic, hint), timeout: connectTimeoutMs });
  return (options, callback) => {
    const host = options.hostname.replace(/^\[|\]$/g, '');
    try {
      if (isIP(host) !== 0) assertPublicAddress(host, host, isPublic, hint);
    } catch (refused) {
      return callback(refused as Error, null);
    }
    connect(options, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error('connect failed'), null);
      // Belt and braces: whatever path produced the socket, its peer must be public too.
      try {
        assertPublicAddress(options.hostname, socket.remoteAddress ?? '', isPublic, hint);
      } catch (refused) {
        socket.destroy();
        return callback(refused as Error, null);
      }
      return callback(null, socket);
    });
  };
}

export interface AgentOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  isPublic?: AddressClassifier;
  /** How an address refusal ends; default LIFT_HINT. */
  liftHint?: string;
}

/** One keep-alive Agent per fetcher; allowPrivate drops the address guard (tests, demo, intranet). */
export function createFetchAgent({ allowPrivate, timeoutMs, isPublic, liftHint }: AgentOptions): Agent {
  const connectTimeoutMs = Math.min(timeoutMs, 10_000);
  return new Agent({
    connect: allowPrivate ? { timeout: connectTimeoutMs } : guardedConnector(connectTimeoutMs, isPublic, liftHint),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
}
