/**
 * What anyone may read without signing in: health, published counts and the
 * public dataset (JSON and CSV), all built through the redaction policy
 * (src/publication). Nothing else is reachable anonymously.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { datasetToCsv } from '../../publication/csv.ts';
import { publicDataset } from '../../publication/load.ts';
import type { DB } from '../../store/db-types.ts';

const Tally = z.object({
  type: z.string(),
  month: z.string().optional(),
  place: z.string().optional(),
  unit: z.string().optional(),
  events: z.number(),
});
const Dataset = z
  .object({
    format: z.literal('objector-public-v1'),
    generatedAt: z.string(),
    sources: z.number(),
    events: z.object({
      byType: z.array(Tally),
      byMonth: z.array(Tally),
      byPlace: z.array(Tally),
      byUnit: z.array(Tally),
    }),
    figures: z.array(z.object({ counts: z.string(), lowerBound: z.number(), sources: z.array(z.string()) })),
    units: z.array(z.object({ key: z.string(), sources: z.number() })),
    places: z.array(z.object({ name: z.string(), country: z.string().nullable(), sources: z.number() })),
    publicFigures: z.array(z.object({ name: z.string(), role: z.string() })),
    withheld: z.number(),
  })
  .openapi('PublicDataset');

const healthRoute = createRoute({
  method: 'get',
  path: '/api/public/health',
  tags: ['public'],
  summary: 'Liveness',
  responses: {
    200: {
      description: 'Up',
      content: { 'application/json': { schema: z.object({ status: z.string(), version: z.string() }) } },
    },
  },
});
const countsRoute = createRoute({
  method: 'get',
  path: '/api/public/counts',
  tags: ['public'],
  summary: 'Published counts: events by type, and the largest lower bound per kind of figure',
  responses: {
    200: {
      description: 'Counts',
      content: {
        'application/json': {
          schema: Dataset.pick({ generatedAt: true, sources: true, figures: true }).extend({
            byType: z.array(Tally),
          }),
        },
      },
    },
  },
});
const datasetRoute = createRoute({
  method: 'get',
  path: '/api/public/dataset.json',
  tags: ['public'],
  summary: 'The public dataset (redacted)',
  responses: { 200: { description: 'Dataset', content: { 'application/json': { schema: Dataset } } } },
});
const csvRoute = createRoute({
  method: 'get',
  path: '/api/public/dataset.csv',
  tags: ['public'],
  summary: 'The public dataset as CSV (redacted)',
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } } },
});

export function publicRoutes(app: OpenAPIHono, db: Kysely<DB>, version: string, now: () => Date): void {
  app.openapi(healthRoute, (c) => c.json({ status: 'ok', version }, 200));
  app.openapi(countsRoute, async (c) => {
    const d = await publicDataset(db, now());
    return c.json(
      { generatedAt: d.generatedAt, sources: d.sources, figures: d.figures, byType: d.events.byType },
      200,
    );
  });
  app.openapi(datasetRoute, async (c) => c.json(await publicDataset(db, now()), 200));
  app.openapi(csvRoute, async (c) => {
    const csv = datasetToCsv(await publicDataset(db, now()));
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="objector-dataset.csv"',
    });
  });
}
