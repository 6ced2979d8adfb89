/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Strict (not
 * sent on cross-site requests), Path=/, Secure when served over TLS (or when
 * configured so). Over TLS it takes the `__Host-` prefix, which browsers only
 * accept from a secure origin without a Domain: it cannot be planted by a
 * sibling subdomain.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_LIFETIME_SECONDS } from '../../security/accounts/sessions.ts';
import { type ConnectionOptions, isTls } from './client.ts';

const PLAIN = 'objector_session';
const HOST = '__Host-objector_session';

export type CookieSecure = 'auto' | 'always' | 'never';

function secure(c: Context, mode: CookieSecure, connection: ConnectionOptions): boolean {
  return mode === 'always' || (mode === 'auto' && isTls(c, connection));
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, HOST) ?? getCookie(c, PLAIN);
}

export function writeSessionCookie(
  c: Context,
  token: string,
  mode: CookieSecure,
  connection: ConnectionOptions,
) {
  const isSecure = secure(c, mode, connection);
  setCookie(c, isSecure ? HOST : PLAIN, token, {
    httpOnly: true,
    secure: isSecure,
    sameSite: 'Strict',
    path: '/',
    maxAge: SESSION_LIFETIME_SECONDS,
  });
}

export function clearSessionCookie(c: Context, mode: CookieSecure, connection: ConnectionOptions) {
  const isSecure = secure(c, mode, connection);
  deleteCookie(c, isSecure ? HOST : PLAIN, {
    path: '/',
    secure: isSecure,
    httpOnly: true,
    sameSite: 'Strict',
  });
}
