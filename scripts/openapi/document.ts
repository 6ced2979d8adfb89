/**
 * The server's OpenAPI document without a store: the routes are registered
 * (nothing is queried until a request comes), and the document is asked of
 * the app as a client would.
 */
import type { Kysely } from 'kysely';
import type { Security } from '../../src/security/services.ts';
import { createApp } from '../../src/server/app.ts';
import type { DB } from '../../src/store/db-types.ts';
import { VERSION } from '../../src/version.ts';

/** GET /api/openapi.json of an app over no store (the route is public: no database is touched). */
export async function openApiDocument(): Promise<unknown> {
  const unused = new Proxy(
    {},
    {
      get(_t, name) {
        throw new Error(`the OpenAPI document needs no store (asked for ${String(name)})`);
      },
    },
  );
  const app = createApp({
    db: unused as Kysely<DB>,
    version: VERSION,
    maxFileBytes: 1024 * 1024,
    security: { now: () => new Date() } as unknown as Security,
  });
  const res = await app.request('/api/openapi.json');
  if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
  return res.json();
}
