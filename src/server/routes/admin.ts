/** Administration: the accounts list and the audit log's verification. Accounts are managed with `objector user`. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { listUsers } from '../../security/accounts/users.ts';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';

const usersRoute = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['admin'],
  summary: 'The accounts',
  responses: {
    200: {
      description: 'Accounts',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                username: z.string(),
                role: z.string(),
                disabled: z.boolean(),
                totp: z.boolean(),
                mustChangePassword: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
  },
});
const auditRoute = createRoute({
  method: 'get',
  path: '/api/audit/verify',
  tags: ['admin'],
  summary: 'Verify the audit log: its chain, seals and anchor',
  responses: {
    200: {
      description: 'The verification',
      content: {
        'application/json': {
          schema: z.object({
            ok: z.boolean(),
            entries: z.number().optional(),
            firstBad: z.number().optional(),
            reason: z.string().optional(),
          }),
        },
      },
    },
  },
});

export function adminRoutes(app: OpenAPIHono, db: Kysely<DB>, security: Security): void {
  app.openapi(usersRoute, async (c) => c.json({ items: await listUsers(db) }, 200));
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
