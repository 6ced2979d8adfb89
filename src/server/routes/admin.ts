/**
 * Administration: accounts (list, add, role, disable or enable, password
 * reset, second factor removal) and the audit log's verification. Used by
 * the web app's admin screen and by `objector user` while `serve` holds the
 * store. Admins only (route-policy.ts); each change is audited in its own
 * transaction by the account use cases, with the account's id, never a name
 * or a password. One-time passwords are in the answer only, marked no-store.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { AccountError } from '../../security/accounts/errors.ts';
import { disableTotp } from '../../security/accounts/totp-enrol.ts';
import {
  createUser,
  getUserById,
  listUsers,
  setDisabled,
  setPassword,
  setRole,
  summarise,
} from '../../security/accounts/users.ts';
import { ROLES } from '../../security/policy.ts';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { problem, problemResponses } from '../problem.ts';
import { actorOf } from '../security/principal.ts';

const User = z
  .object({
    id: z.string(),
    username: z.string(),
    role: z.string(),
    disabled: z.boolean(),
    totp: z.boolean(),
    mustChangePassword: z.boolean(),
  })
  .openapi('User');
const OneTime = z
  .string()
  .openapi({ description: 'Shown once; the user chooses their own at first sign-in' });
const UserId = z.object({ id: z.string().max(100) });

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});
const errors = problemResponses([400, 404, 409]);

const usersRoute = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['admin'],
  summary: 'The accounts',
  responses: { 200: json(z.object({ items: z.array(User) }), 'Accounts') },
});
const addRoute = createRoute({
  method: 'post',
  path: '/api/users',
  tags: ['admin'],
  summary: 'Create an account with a one-time password',
  request: { body: body(z.object({ username: z.string().max(200), role: z.enum(ROLES) })) },
  responses: {
    201: json(z.object({ user: User, oneTimePassword: OneTime }), 'The account and its one-time password'),
    ...errors,
  },
});
const updateRoute = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  tags: ['admin'],
  summary: 'Change an account’s role or disable it (either ends its sessions); the last admin stays',
  request: {
    params: UserId,
    body: body(z.object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional() })),
  },
  responses: { 200: json(User, 'The account'), ...errors },
});
const resetRoute = createRoute({
  method: 'post',
  path: '/api/users/{id}/password',
  tags: ['admin'],
  summary: 'Reset a password: a new one-time password, and the account’s sessions end',
  request: { params: UserId },
  responses: {
    200: json(z.object({ id: z.string(), oneTimePassword: OneTime }), 'The new password'),
    ...errors,
  },
});
const totpRoute = createRoute({
  method: 'delete',
  path: '/api/users/{id}/totp',
  tags: ['admin'],
  summary: 'Remove an account’s second factor (a lost phone)',
  request: { params: UserId },
  responses: { 200: json(User, 'The account'), ...errors },
});
const auditRoute = createRoute({
  method: 'get',
  path: '/api/audit/verify',
  tags: ['admin'],
  summary: 'Verify the audit log: its chain, seals and anchor',
  responses: {
    200: json(
      z.object({
        ok: z.boolean(),
        entries: z.number().optional(),
        firstBad: z.number().optional(),
        reason: z.string().optional(),
      }),
      'The verification',
    ),
  },
});

/** HTTP status of an account error: unknown account 404, a conflict with the state 409, a bad value 400. */
function accountProblem(c: Context, error: AccountError): Response {
  if (error.code === 'not_found') return problem(c, 404, 'Not found', error.message);
  if (error.code === 'username_taken' || error.code === 'last_admin')
    return problem(c, 409, 'Conflict', error.message);
  return problem(c, 400, 'Invalid request', error.message);
}

/** The answer for a failed account change: the problem for an account error; anything else goes on up. */
function failed(c: Context, error: unknown): Response {
  if (error instanceof AccountError) return accountProblem(c, error);
  throw error;
}

/** A one-time password must not stay in a cache. */
const NO_STORE = { 'cache-control': 'no-store' };

export function adminRoutes(app: OpenAPIHono, db: Kysely<DB>, security: Security): void {
  const current = async (id: string) => {
    const row = await getUserById(db, id);
    if (!row) throw new AccountError('not_found', 'no such account');
    return summarise(row);
  };
  app.openapi(usersRoute, async (c) => c.json({ items: await listUsers(db) }, 200));
  app.openapi(addRoute, async (c) => {
    try {
      const created = await createUser(db, security, { ...c.req.valid('json'), actor: actorOf(c) });
      return c.json({ user: created.user, oneTimePassword: created.oneTimePassword ?? '' }, 201, NO_STORE);
    } catch (error) {
      return failed(c, error) as never;
    }
  });
  app.openapi(updateRoute, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    try {
      await current(id);
      if (input.role !== undefined) await setRole(db, security, id, input.role, actorOf(c));
      if (input.disabled !== undefined) await setDisabled(db, security, id, input.disabled, actorOf(c));
      return c.json(await current(id), 200);
    } catch (error) {
      return failed(c, error) as never;
    }
  });
  app.openapi(resetRoute, async (c) => {
    const { id } = c.req.valid('param');
    try {
      const password = await setPassword(db, security, { userId: id, actor: actorOf(c) });
      return c.json({ id, oneTimePassword: password ?? '' }, 200, NO_STORE);
    } catch (error) {
      return failed(c, error) as never;
    }
  });
  app.openapi(totpRoute, async (c) => {
    const { id } = c.req.valid('param');
    try {
      await disableTotp(db, security, id, actorOf(c));
      return c.json(await current(id), 200);
    } catch (error) {
      return failed(c, error) as never;
    }
  });
  app.openapi(auditRoute, async (c) => {
    const result = await security.audit.verify(db);
    return c.json(
      result.ok
        ? { ok: true, entries: result.entries }
        : { ok: false, firstBad: result.firstBad, reason: result.reason },
      200,
    );
  });
}
