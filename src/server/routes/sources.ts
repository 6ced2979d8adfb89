/** Sources API: list and read stored sources. Thin: validate, call the repository, present. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { getSource, listSources } from '../../sources/repository.ts';
import { SourceDetail, SourceSummary } from '../../sources/schema.ts';
import type { DB } from '../../store/db-types.ts';
import { Problem, problem } from '../problem.ts';

const ListQuery = z.object({
  language: z.enum(['en', 'ru', 'other']).optional(),
  outlet: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/sources',
  tags: ['sources'],
  summary: 'List stored sources',
  request: { query: ListQuery },
  responses: {
    200: {
      description: 'Sources, oldest first',
      content: { 'application/json': { schema: z.object({ items: z.array(SourceSummary) }) } },
    },
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/sources/{id}',
  tags: ['sources'],
  summary: 'One source with its text and metadata',
  request: { params: z.object({ id: z.string().max(100) }) },
  responses: {
    200: { description: 'The source', content: { 'application/json': { schema: SourceDetail } } },
    404: { description: 'No such source', content: { 'application/problem+json': { schema: Problem } } },
  },
});

export function sourceRoutes(app: OpenAPIHono, db: Kysely<DB>): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    return c.json({ items: await listSources(db, q) }, 200);
  });
  app.openapi(getRoute, async (c) => {
    const source = await getSource(db, c.req.valid('param').id);
    if (!source) return problem(c, 404, 'Not found', 'No source with this id') as never;
    return c.json(source, 200);
  });
}
