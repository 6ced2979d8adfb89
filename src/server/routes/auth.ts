/**
 * Signing in and out, one's own session, password and second factor.
 * Thin: validate, call the account use case, present. The session token only
 * ever travels in the HttpOnly cookie; the page gets the CSRF token.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { AccountError } from '../../security/accounts/errors.ts';
import { login } from '../../security/accounts/login.ts';
import { confirmOwner, type ReauthInput, type ReauthResult } from '../../security/accounts/reauth.ts';
import { deleteSession } from '../../security/accounts/sessions.ts';
import { disableTotp, enableTotp, proposeTotp } from '../../security/accounts/totp-enrol.ts';
import { setPassword } from '../../security/accounts/users.ts';
import type { Security } from '../../security/services.ts';
import { csrfTokenFor } from '../../security/session-tokens.ts';
import { createLoginGate, type LoginGate } from '../../security/throttle/login-gate.ts';
import type { DB } from '../../store/db-types.ts';
import { problem, problemResponses } from '../problem.ts';
import { type ConnectionOptions, clientAddress } from '../security/client.ts';
import {
  type CookieSecure,
  clearSessionCookie,
  readSessionCookie,
  writeSessionCookie,
} from '../security/cookies.ts';
import { callerOf } from '../security/principal.ts';

export interface AuthDeps {
  db: Kysely<DB>;
  security: Security;
  cookieSecure: CookieSecure;
  connection: ConnectionOptions;
}

const SessionInfo = z
  .object({
    user: z.object({
      id: z.string(),
      username: z.string(),
      role: z.string(),
      mustChangePassword: z.boolean(),
    }),
    csrfToken: z.string(),
  })
  .openapi('Session');
const problems = problemResponses;
const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['auth'],
  summary: 'Sign in; sets the session cookie and returns the CSRF token',
  request: {
    body: json(
      z.object({
        username: z.string().min(1).max(200),
        password: z.string().min(1).max(4096),
        totp: z.string().max(20).optional(),
      }),
    ),
  },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: SessionInfo } } },
    ...problems([401, 429]),
  },
});
const sessionRoute = createRoute({
  method: 'get',
  path: '/api/auth/session',
  tags: ['auth'],
  summary: 'The signed-in account and the CSRF token for state-changing requests',
  responses: {
    200: { description: 'Session', content: { 'application/json': { schema: SessionInfo } } },
    ...problems([401]),
  },
});
const logoutRoute = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['auth'],
  summary: 'Sign out',
  responses: { 204: { description: 'Signed out' } },
});
const passwordRoute = createRoute({
  method: 'post',
  path: '/api/auth/password',
  tags: ['auth'],
  summary: 'Change one’s own password (ends one’s other sessions)',
  request: {
    body: json(z.object({ current: z.string().min(1).max(4096), password: z.string().min(1).max(4096) })),
  },
  responses: { 204: { description: 'Changed' }, ...problems([400, 403]) },
});
/** A request without any proof of ownership is malformed (400), not a wrong proof (403). */
const PROOF_MISSING = { message: 'send your password, or a current code from your authenticator app' };

const totpSetupRoute = createRoute({
  method: 'post',
  path: '/api/auth/totp/setup',
  tags: ['auth'],
  summary: 'Propose a TOTP secret (not stored until confirmed with a code)',
  responses: {
    200: {
      description: 'Secret',
      content: { 'application/json': { schema: z.object({ secret: z.string(), uri: z.string() }) } },
    },
  },
});
const totpEnableRoute = createRoute({
  method: 'post',
  path: '/api/auth/totp',
  tags: ['auth'],
  summary:
    'Turn the second factor on (or replace it) with the proposed secret and its code; needs the password, or a current code of the factor being replaced',
  request: {
    body: json(
      z
        .object({
          secret: z.string().max(200),
          code: z.string().max(20),
          password: z.string().min(1).max(4096).optional(),
          currentCode: z.string().min(1).max(20).optional(),
        })
        .refine((b) => b.password || b.currentCode, PROOF_MISSING),
    ),
  },
  responses: { 204: { description: 'Enabled' }, ...problems([400, 403, 429]) },
});
const totpDisableRoute = createRoute({
  method: 'delete',
  path: '/api/auth/totp',
  tags: ['auth'],
  summary: 'Turn the second factor off (needs the password, or a current code)',
  request: {
    body: json(
      z
        .object({
          password: z.string().min(1).max(4096).optional(),
          code: z.string().min(1).max(20).optional(),
        })
        .refine((b) => b.password || b.code, PROOF_MISSING),
    ),
  },
  responses: { 204: { description: 'Disabled' }, ...problems([400, 403, 429]) },
});

export function authRoutes(app: OpenAPIHono, deps: AuthDeps): void {
  // Password checks (64 MiB each) take turns: a few at once, queued per account and address.
  const gate = createLoginGate();
  app.openapi(loginRoute, async (c) => {
    const body = c.req.valid('json');
    const address = clientAddress(c, deps.connection);
    const result = await login(deps.db, deps.security, { ...body, address }, { gate });
    if (result.ok) {
      writeSessionCookie(c, result.token, deps.cookieSecure, deps.connection);
      return c.json({ user: result.user, csrfToken: result.csrfToken }, 200);
    }
    if (result.reason === 'throttled') return tooMany(c, result.retryAfterSeconds);
    // The same answer for a wrong name, a wrong password, and a right password without its code.
    return problem(c, 401, 'Unauthorized', 'wrong username, password or code') as never;
  });

  app.openapi(sessionRoute, async (c) => {
    const caller = callerOf(c);
    const cookie = readSessionCookie(c);
    if (caller.kind !== 'user' || !cookie)
      return problem(c, 401, 'Unauthorized', 'not signed in with a session') as never;
    const user = {
      id: caller.userId,
      username: caller.username,
      role: caller.role,
      mustChangePassword: caller.mustChangePassword,
    };
    return c.json({ user, csrfToken: csrfTokenFor(cookie) }, 200);
  });

  app.openapi(logoutRoute, async (c) => {
    const caller = callerOf(c);
    if (caller.kind === 'user') {
      await deleteSession(deps.db, caller.sessionId);
      await deps.security.audit.record(deps.db, {
        actor: caller.userId,
        action: 'logout',
        targetKind: 'users',
        targetId: caller.userId,
      });
    }
    clearSessionCookie(c, deps.cookieSecure, deps.connection);
    return c.body(null, 204);
  });

  app.openapi(passwordRoute, async (c) => {
    const caller = callerOf(c);
    if (caller.kind !== 'user')
      return problem(c, 403, 'Forbidden', 'only an account has a password') as never;
    const body = c.req.valid('json');
    const proof = { password: body.current };
    const check = await reauth(c, deps, gate, { userId: caller.userId, proof, accept: ['password'] });
    if (!check.ok) return refusal(c, check, 'the current password is wrong');
    return accountErrors(c, async () => {
      await setPassword(deps.db, deps.security, {
        userId: caller.userId,
        password: body.password,
        actor: caller.userId,
        keepSessionId: caller.sessionId,
      });
      return c.body(null, 204);
    });
  });

  app.openapi(totpSetupRoute, async (c) => {
    const caller = callerOf(c);
    return c.json(proposeTotp(caller.kind === 'user' ? caller.username : 'account'), 200);
  });

  app.openapi(totpEnableRoute, async (c) => {
    const caller = callerOf(c);
    if (caller.kind !== 'user')
      return problem(c, 403, 'Forbidden', 'only an account has a second factor') as never;
    const body = c.req.valid('json');
    const proof = { password: body.password, code: body.currentCode };
    const check = await reauth(c, deps, gate, { userId: caller.userId, proof });
    if (!check.ok) return refusal(c, check, 'confirm with your password or a current code');
    return accountErrors(c, async () => {
      await enableTotp(deps.db, deps.security, {
        userId: caller.userId,
        secret: body.secret,
        code: body.code,
        confirmation: check.confirmation,
      });
      return c.body(null, 204);
    });
  });

  app.openapi(totpDisableRoute, async (c) => {
    const caller = callerOf(c);
    if (caller.kind !== 'user') return problem(c, 403, 'Forbidden', 'the password is wrong') as never;
    const check = await reauth(c, deps, gate, { userId: caller.userId, proof: c.req.valid('json') });
    if (!check.ok) return refusal(c, check, 'the password or code is wrong');
    await disableTotp(deps.db, deps.security, caller.userId, caller.userId);
    return c.body(null, 204);
  });
}

/** The owner's proof within a session (reauth.ts), throttled and gated like a sign-in. */
function reauth(
  c: Context,
  deps: AuthDeps,
  gate: LoginGate,
  input: Omit<ReauthInput, 'address'>,
): Promise<ReauthResult> {
  return confirmOwner(
    deps.db,
    deps.security,
    { ...input, address: clientAddress(c, deps.connection) },
    { gate },
  );
}

function refusal(c: Context, result: ReauthResult & { ok: false }, wrong: string): never {
  if (result.reason === 'throttled') return tooMany(c, result.retryAfterSeconds);
  return problem(c, 403, 'Forbidden', wrong) as never;
}

function tooMany(c: Context, retryAfterSeconds: number): never {
  return problem(c, 429, 'Too many attempts', 'sign-in is paused for this account or address', {
    headers: { 'Retry-After': String(retryAfterSeconds) },
  }) as never;
}

/** Maps account errors to 400 problems; anything else goes to the 500 handler. */
export async function accountErrors(c: Context, run: () => Promise<Response>): Promise<never> {
  try {
    return (await run()) as never;
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    return problem(c, error.code === 'not_found' ? 404 : 400, 'Invalid request', error.message) as never;
  }
}
