/**
 * Knowledge API: counts, records and events. Thin: validate, call the use
 * case, present. Mounted by the composition root (src/server/app.ts).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { EventType } from '../../claims/schema.ts';
import { countFromStore } from '../../counts/load.ts';
import { eventPoints } from '../../kb/events.ts';
import { loadKbDeps } from '../../kb/lexicon.ts';
import { getRecord } from '../../kb/records.ts';
import { buildFromStore } from '../../kb/repository.ts';
import { loadResolver } from '../../kb/resolver.ts';
import { findRecords } from '../../search/records.ts';
import type { DB } from '../../store/db-types.ts';
import { Problem, problem } from '../problem.ts';

const Kind = z.enum(['person', 'unit', 'place', 'facility', 'organization']);
const Dim = z.string().nullable();
const Group = z
  .object({
    key: z.object({ type: EventType, unit: Dim, place: Dim, month: Dim }),
    lowerBound: z.number().int(),
    evidence: z.enum(['one_source', 'several_sources', 'confirmed']),
    reviewed: z.boolean(),
    facts: z.array(z.string()),
    claims: z.array(z.string()),
    sources: z.array(z.string()),
    why: z.array(z.string()),
  })
  .openapi('CountGroup');
const RecordSummary = z
  .object({
    id: z.string(),
    kind: Kind,
    key: z.string(),
    name: z.string(),
    data: z.record(z.string(), z.unknown()),
    claims: z.number().int(),
    sources: z.number().int(),
  })
  .openapi('RecordSummary');
const SourceRef = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  duplicateOf: z.string().nullable(),
});
const RecordDetail = RecordSummary.extend({
  links: z.array(
    z.object({
      claimId: z.string(),
      kind: z.string(),
      state: z.string(),
      relation: z.enum(['mention', 'context']),
      value: z.record(z.string(), z.unknown()),
      source: SourceRef,
    }),
  ),
}).openapi('RecordDetail');
const Precision = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const EventPoint = z
  .object({
    claimId: z.string(),
    sourceId: z.string(),
    type: z.string(),
    state: z.string(),
    count: z.number().int().nullable(),
    date: z.string().nullable(),
    unit: z.string().nullable(),
    place: z.object({ id: z.string(), name: z.string(), lat: z.number(), lon: z.number() }).nullable(),
    geoPrecision: Precision.nullable(),
    timePrecision: Precision,
  })
  .openapi('EventPoint');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const countsRoute = createRoute({
  method: 'get',
  path: '/api/counts',
  tags: ['knowledge'],
  summary: 'Lower-bound counts by event type × unit × place × month and their roll-ups',
  request: { query: z.object({ type: EventType.optional() }) },
  responses: {
    200: json(z.object({ groups: z.array(Group), names: z.record(z.string(), z.string()) }), 'Counts'),
  },
});
const recordsRoute = createRoute({
  method: 'get',
  path: '/api/records',
  tags: ['knowledge'],
  summary: 'Records of the knowledge base',
  request: {
    query: z.object({
      kind: Kind.optional(),
      q: z.string().max(200).optional().openapi({ description: 'A name or part of one, in either script' }),
      limit: z.coerce.number().int().min(1).max(1000).default(200),
      offset: z.coerce.number().int().min(0).default(0),
    }),
  },
  responses: {
    200: json(
      z.object({
        total: z.number().int().openapi({ description: 'Every match' }),
        items: z.array(RecordSummary),
      }),
      'Records',
    ),
  },
});
const recordRoute = createRoute({
  method: 'get',
  path: '/api/records/{id}',
  tags: ['knowledge'],
  summary: 'One record with every claim and source that mentions it',
  request: { params: z.object({ id: z.string().max(100) }) },
  responses: {
    200: json(RecordDetail, 'The record'),
    404: { description: 'No such record', content: { 'application/problem+json': { schema: Problem } } },
  },
});
const eventsRoute = createRoute({
  method: 'get',
  path: '/api/events',
  tags: ['knowledge'],
  summary: 'Events with place, date and ACLED-style precision codes',
  request: { query: z.object({ type: EventType.optional() }) },
  responses: { 200: json(z.object({ items: z.array(EventPoint) }), 'Events') },
});

/** Mounts the knowledge routes. */
export function knowledgeRoutes(app: OpenAPIHono, deps: { db: Kysely<DB> }): void {
  app.openapi(countsRoute, async (c) => {
    const { type } = c.req.valid('query');
    const r = await countFromStore(deps.db, loadKbDeps(), loadResolver());
    return c.json({ groups: r.groups.filter((g) => !type || g.key.type === type), names: r.names }, 200);
  });
  app.openapi(recordsRoute, async (c) => {
    const q = c.req.valid('query');
    return c.json(
      await findRecords(deps.db, { kind: q.kind, q: q.q, limit: q.limit, offset: q.offset }),
      200,
    );
  });
  app.openapi(recordRoute, async (c) => {
    const r = await getRecord(deps.db, c.req.valid('param').id);
    if (!r) return problem(c, 404, 'Not found', 'no record with that id') as never;
    return c.json(r, 200);
  });
  app.openapi(eventsRoute, async (c) => {
    const { type } = c.req.valid('query');
    const kb = loadKbDeps();
    const build = await buildFromStore(deps.db, kb, loadResolver());
    const items = eventPoints(build, build.claims, kb).filter(
      (e) => e.state !== 'rejected' && (!type || e.type === type),
    );
    return c.json({ items }, 200);
  });
}
