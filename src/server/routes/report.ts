/**
 * The Markdown report of the corpus (src/report/), for `objector report`
 * while `serve` holds the embedded store and for any client with the right.
 * Thin: validate, call the use case, present.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { loadKbDeps } from '../../kb/lexicon.ts';
import { loadResolver } from '../../kb/resolver.ts';
import { reportFromStore } from '../../report/from-store.ts';
import type { DB } from '../../store/db-types.ts';

const reportRoute = createRoute({
  method: 'get',
  path: '/api/report',
  tags: ['knowledge'],
  summary: 'The sourced Markdown report: counts, units, places, people by role',
  request: {
    query: z.object({
      names: z
        .enum(['true', 'false'])
        .default('false')
        .openapi({ description: 'Show the names of private individuals (default: pseudonyms)' }),
    }),
  },
  responses: {
    200: {
      description: 'The report',
      content: { 'application/json': { schema: z.object({ markdown: z.string() }) } },
    },
  },
});

/** Mounts `GET /api/report`. */
export function reportRoutes(app: OpenAPIHono, db: Kysely<DB>): void {
  app.openapi(reportRoute, async (c) => {
    const names = c.req.valid('query').names === 'true';
    return c.json({ markdown: await reportFromStore(db, loadKbDeps(), loadResolver(), { names }) }, 200);
  });
}
