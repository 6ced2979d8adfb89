/**
 * Throttle keys from a login attempt: blind indexes of the account name and
 * of the client's network, so the throttle tables never hold a username or
 * an address, yet the same account or network always gives the same key.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { blindIndex } from '../crypto/blind-index.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { ThrottleKeys } from './throttle.ts';

/** The keys for `username` (as typed) coming from `address` (the client IP). */
export function throttleKeys(keyring: Keyring, username: string, address: string): ThrottleKeys {
  return {
    account: blindIndex(keyring, username, 'throttle.account'),
    address: blindIndex(keyring, networkOf(address), 'throttle.address', { normalise: (v) => v }),
  };
}

/**
 * The unit an address is counted by: an IPv4 address itself; for IPv6 its
 * /64, because one client usually holds a whole /64 and could otherwise
 * rotate through billions of addresses.
 */
export function networkOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return address.trim().toLowerCase();
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => group.replace(/^0+(?=.)/, ''));
}
