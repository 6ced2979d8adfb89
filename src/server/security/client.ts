/**
 * Facts about the connection: the client's address (for throttling), whether
 * the socket is loopback (for the local CLI token), whether the request came
 * over TLS (for Secure cookies and HSTS).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export interface ConnectionOptions {
  /** Behind a reverse proxy on this machine: trust X-Forwarded-For / X-Forwarded-Proto. */
  trustProxy: boolean;
  /** The socket's remote address; replaced in tests (app.request has no socket). */
  socketAddress?: (c: Context) => string | null;
}

export function socketAddressOf(c: Context, options: ConnectionOptions): string | null {
  if (options.socketAddress) return options.socketAddress(c);
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/** The client address used for throttling (never stored: only its blind index is). */
export function clientAddress(c: Context, options: ConnectionOptions): string {
  if (options.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  return socketAddressOf(c, options) ?? 'unknown';
}

/** True for a connection from this machine, judged by the socket, never by a header. */
export function isLoopback(c: Context, options: ConnectionOptions): boolean {
  const address = socketAddressOf(c, options);
  return (
    address === '::1' ||
    address === '127.0.0.1' ||
    /^::ffff:127\./.test(address ?? '') ||
    /^127\./.test(address ?? '')
  );
}

export function isTls(c: Context, options: ConnectionOptions): boolean {
  if (options.trustProxy && c.req.header('x-forwarded-proto') === 'https') return true;
  try {
    return new URL(c.req.url).protocol === 'https:';
  } catch {
    return false;
  }
}
