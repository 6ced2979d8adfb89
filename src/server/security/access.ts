/**
 * The one access check, for every /api route: find the route the request
 * matched, look its policy up in route-policy.ts, find out who is calling
 * (session cookie, or the local CLI token from loopback), check the CSRF
 * token on state-changing cookie requests, then the role. Anything without a
 * policy is refused (deny by default). Handlers run only after this.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Kysely } from 'kysely';
import { resolveSession } from '../../security/accounts/sessions.ts';
import { can } from '../../security/policy.ts';
import type { Security } from '../../security/services.ts';
import { tokenMatches } from '../../security/session-tokens.ts';
import type { DB } from '../../store/db-types.ts';
import { problem } from '../problem.ts';
import { type ConnectionOptions, isLoopback } from './client.ts';
import { readSessionCookie } from './cookies.ts';
import type { Caller } from './principal.ts';
import { policyFor } from './route-policy.ts';

export interface AccessOptions {
  db: Kysely<DB>;
  security: Security;
  connection: ConnectionOptions;
  /** SHA-256 of the local CLI token `serve` wrote into its lock file; null when there is none. */
  localTokenHash: string | null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The pattern of the route that will answer (the last matched route that is not middleware). */
export function answeringRoute(c: Context): { method: string; path: string } | null {
  const route = matchedRoutes(c)
    .filter((r) => r.method !== 'ALL')
    .at(-1);
  return route ? { method: route.method, path: route.path } : null;
}

export function accessControl(options: AccessOptions): MiddlewareHandler {
  return async (c, next) => {
    const route = answeringRoute(c);
    if (!route) return next(); // no such route: the 404 handler answers
    const policy = policyFor(route.method, route.path);
    if (!policy) return problem(c, 403, 'Forbidden', 'this route has no access policy');
    const caller = await identify(c, options);
    if (caller === 'bad_token') return problem(c, 401, 'Unauthorized', 'the token is not valid here');
    c.set('caller', caller);
    if (policy.access === 'public') return next();
    if (caller.kind === 'public') {
      // Published data is granted to the public by the role policy itself ('public' principal).
      if (policy.access === 'role' && can('public', policy.resource, policy.action)) return next();
      return problem(c, 401, 'Unauthorized', 'sign in first');
    }
    if (caller.kind === 'user' && !SAFE_METHODS.has(c.req.method)) {
      const presented = c.req.header('x-csrf-token') ?? '';
      if (!presented || presented.length > 200 || !tokenMatches(presented, caller.csrfHash)) {
        return problem(
          c,
          403,
          'Forbidden',
          'missing or wrong X-CSRF-Token header; get it from GET /api/auth/session',
        );
      }
    }
    if (policy.access !== 'role') return next();
    if (caller.kind === 'user' && caller.mustChangePassword) {
      return problem(c, 403, 'Forbidden', 'change your one-time password first (POST /api/auth/password)');
    }
    if (can(caller.role, policy.resource, policy.action)) return next();
    if (caller.kind === 'user') {
      await options.security.audit.record(options.db, {
        actor: caller.userId,
        action: 'permission_denied',
        targetKind: policy.resource,
        details: { method: route.method, route: route.path.slice(0, 100) },
      });
    }
    return problem(c, 403, 'Forbidden', 'your role does not allow this');
  };
}

async function identify(c: Context, options: AccessOptions): Promise<Caller | 'bad_token'> {
  const authorization = c.req.header('authorization');
  if (authorization) {
    const token = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(authorization)?.[1];
    const ok =
      token !== undefined &&
      options.localTokenHash !== null &&
      isLoopback(c, options.connection) &&
      tokenMatches(token, options.localTokenHash);
    return ok ? { kind: 'local', role: 'admin' } : 'bad_token';
  }
  const cookie = readSessionCookie(c);
  if (!cookie) return { kind: 'public' };
  const session = await resolveSession(options.db, cookie, options.security.now());
  if (!session) return { kind: 'public' };
  return { kind: 'user', ...session };
}
