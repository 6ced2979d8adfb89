/** Sources API: list and read stored sources, and correct their metadata. Thin: validate, call the use case, present. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Security } from '../../security/services.ts';
import { checkMetadata, MetadataError, updateSourceMetadata } from '../../sources/metadata.ts';
import { getSource, listSources } from '../../sources/repository.ts';
import { SourceDetail, SourceSummary } from '../../sources/schema.ts';
import type { DB } from '../../store/db-types.ts';
import { Problem, problem } from '../problem.ts';
import { actorOf } from '../security/principal.ts';

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

const field = (description: string) => z.string().max(2000).nullable().optional().openapi({ description });
const patchRoute = createRoute({
  method: 'patch',
  path: '/api/sources/{id}',
  tags: ['sources'],
  summary: 'Correct a source’s metadata: title, outlet, URL, author, publication date',
  description:
    'Each field given is set (null clears it); fields left out stay. A new publication date re-runs ' +
    'extraction of the source, since relative dates resolve against it; review decisions are kept.',
  request: {
    params: z.object({ id: z.string().max(100) }),
    body: {
      content: {
        'application/json': {
          schema: z.object({
            title: field('One line'),
            outlet: field('One line'),
            url: field('http(s) address'),
            author: field('One line'),
            published: field('YYYY-MM-DD, YYYY-MM, YYYY or an ISO date-time'),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: { description: 'The source', content: { 'application/json': { schema: SourceDetail } } },
    400: { description: 'A value refused', content: { 'application/problem+json': { schema: Problem } } },
    404: { description: 'No such source', content: { 'application/problem+json': { schema: Problem } } },
  },
});

export function sourceRoutes(app: OpenAPIHono, db: Kysely<DB>, security: Security): void {
  app.openapi(patchRoute, async (c) => {
    const id = c.req.valid('param').id;
    try {
      await updateSourceMetadata(db, id, checkMetadata(c.req.valid('json')), (trx, changed) =>
        // Field names only: a title or an author can name a person.
        security.audit.record(trx, {
          actor: actorOf(c),
          action: 'update',
          targetKind: 'sources',
          targetId: id,
          details: { fields: changed.join(',') },
        }),
      );
    } catch (error) {
      if (!(error instanceof MetadataError)) throw error;
      return (
        error.code === 'not_found'
          ? problem(c, 404, 'Not found', 'No source with this id')
          : problem(c, 400, 'Invalid metadata', error.message)
      ) as never;
    }
    const source = await getSource(db, id);
    if (!source) return problem(c, 404, 'Not found', 'No source with this id') as never;
    return c.json(source, 200);
  });
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
