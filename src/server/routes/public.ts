/**
 * What anyone may read without signing in: health, the published numbers
 * (the counts of src/counts through the redaction policy of
 * src/publication), the dashboard's summary of them, each number's page of
 * facts and sources, and the exports (JSON, CSV, GeoJSON; fields in
 * docs/public-data.md). Nothing else is reachable anonymously.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { EventType } from '../../claims/schema.ts';
import { NumberPage, PublicCounts, PublicNumber, PublicPlace } from '../../publication/model.ts';
import type { Publication } from '../../publication/service.ts';
import { problem } from '../problem.ts';

/** True while a recount after a change is under way: the numbers shown are the previous ones. */
const Updating = { updating: z.boolean() };
const TypeSlice = z.object({
  type: EventType,
  total: PublicNumber,
  months: z.array(PublicNumber),
  undated: PublicNumber.nullable(),
  places: z.array(PublicNumber),
  placeUnstated: PublicNumber.nullable(),
  units: z.array(PublicNumber),
  unitUnstated: PublicNumber.nullable(),
});
const Summary = z
  .object({
    generatedAt: z.string(),
    reviewedOnly: z.boolean(),
    sources: z.number(),
    types: z.array(TypeSlice),
    units: z.record(z.string(), z.string()),
    places: z.record(z.string(), PublicPlace),
    ...Updating,
  })
  .openapi('PublicSummary');
const Dataset = PublicCounts.extend({
  format: z.literal('objector-public-v2'),
  eventTypes: z.array(EventType),
}).openapi('PublicDataset');

const get = (path: string, summary: string, content: Record<string, { schema: z.ZodType }>) =>
  createRoute({
    method: 'get',
    path,
    tags: ['public'],
    summary,
    responses: { 200: { description: summary, content } },
  });

const healthRoute = get('/api/public/health', 'Liveness', {
  'application/json': { schema: z.object({ status: z.string(), version: z.string() }) },
});
const summaryRoute = get(
  '/api/public/summary',
  'The public dashboard: per event type its number in all, by month, place and unit',
  {
    'application/json': { schema: Summary },
  },
);
const countsRoute = get('/api/public/counts', 'Every published number (lower bounds of people, per group)', {
  'application/json': { schema: PublicCounts.extend(Updating).openapi('PublicCounts') },
});
const numberRoute = createRoute({
  method: 'get',
  path: '/api/public/numbers/{id}',
  tags: ['public'],
  summary: 'One published number: the facts it sums, their sources, and why',
  request: { params: z.object({ id: z.string().max(400) }) },
  responses: {
    200: {
      description: 'The number',
      content: { 'application/json': { schema: NumberPage.openapi('NumberPage') } },
    },
    404: { description: 'No such published number' },
  },
});
const datasetRoute = get('/api/public/dataset.json', 'The published numbers (JSON export)', {
  'application/json': { schema: Dataset },
});
const csvRoute = get('/api/public/dataset.csv', 'The published numbers (CSV export)', {
  'text/csv': { schema: z.string() },
});
const geojsonRoute = get(
  '/api/public/places.geojson',
  'Places with their published numbers (GeoJSON, RFC 7946)',
  {
    'application/geo+json': {
      schema: z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }),
    },
  },
);

const download = (name: string) => ({ 'content-disposition': `attachment; filename="${name}"` });

export function publicRoutes(app: OpenAPIHono, publication: Publication, version: string): void {
  app.openapi(healthRoute, (c) => c.json({ status: 'ok', version }, 200));
  app.openapi(summaryRoute, async (c) => {
    const { published, updating } = await publication.current();
    return c.json({ ...published.summary, updating }, 200);
  });
  app.openapi(countsRoute, async (c) => {
    const { published, updating } = await publication.current();
    return c.json({ ...published.counts, updating }, 200);
  });
  app.openapi(numberRoute, async (c) => {
    const { published } = await publication.current();
    const page = published.page(c.req.valid('param').id);
    if (!page) return problem(c, 404, 'Not found', 'no published number has this id');
    return c.json(page, 200);
  });
  app.openapi(datasetRoute, async (c) => {
    const { published } = await publication.current();
    return c.json(published.dataset(), 200, download('objector-counts.json'));
  });
  app.openapi(csvRoute, async (c) => {
    const { published } = await publication.current();
    return c.body(published.csv(), 200, {
      'content-type': 'text/csv; charset=utf-8',
      ...download('objector-counts.csv'),
    });
  });
  app.openapi(geojsonRoute, async (c) => {
    const { published } = await publication.current();
    return c.body(JSON.stringify(published.geojson()), 200, {
      'content-type': 'application/geo+json; charset=utf-8',
      ...download('objector-places.geojson'),
    });
  });
}
