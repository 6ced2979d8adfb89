/**
 * Security headers on every response (hono/secure-headers): a strict Content
 * Security Policy (only this origin's own files; no inline script, no
 * plugins, no framing, no <base>), nosniff, no Referer, cross-origin
 * isolation, and HSTS when the request came over TLS (sending HSTS over
 * plain HTTP means nothing, and on localhost would break development).
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { type ConnectionOptions, isTls } from './client.ts';

export function securityHeaders(connection: ConnectionOptions): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
    },
    strictTransportSecurity: false,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    xContentTypeOptions: 'nosniff',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
  return async (c, next) => {
    await headers(c, next);
    if (isTls(c, connection))
      c.res.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    // API answers may hold personal data: no cache anywhere keeps them.
    if (c.req.path.startsWith('/api/') && !c.req.path.startsWith('/api/public/'))
      c.res.headers.set('Cache-Control', 'no-store');
  };
}
