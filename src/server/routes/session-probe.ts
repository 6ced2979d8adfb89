/**
 * `GET /api/public/session`: who the caller is, for the web app's start.
 * Unlike GET /api/auth/session (401 without a session), an anonymous
 * visitor gets 200 with no user, so the public page makes no request that
 * fails (a 401 shows as an error in every visitor's browser console).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { csrfTokenFor } from '../../security/session-tokens.ts';
import { readSessionCookie } from '../security/cookies.ts';
import { callerOf } from '../security/principal.ts';

const Probe = z
  .object({
    user: z
      .object({ id: z.string(), username: z.string(), role: z.string(), mustChangePassword: z.boolean() })
      .nullable(),
    csrfToken: z.string().nullable(),
  })
  .openapi('SessionProbe');

const probeRoute = createRoute({
  method: 'get',
  path: '/api/public/session',
  tags: ['auth'],
  summary: 'The signed-in account and its CSRF token, or no user for an anonymous visitor (never 401)',
  responses: { 200: { description: 'Session or none', content: { 'application/json': { schema: Probe } } } },
});

/** Mounts `GET /api/public/session`. */
export function sessionProbeRoutes(app: OpenAPIHono): void {
  app.openapi(probeRoute, (c) => {
    const caller = callerOf(c);
    const cookie = readSessionCookie(c);
    c.header('cache-control', 'no-store');
    if (caller.kind !== 'user' || !cookie) return c.json({ user: null, csrfToken: null }, 200);
    const user = {
      id: caller.userId,
      username: caller.username,
      role: caller.role,
      mustChangePassword: caller.mustChangePassword,
    };
    return c.json({ user, csrfToken: csrfTokenFor(cookie) }, 200);
  });
}
