/**
 * Search API: sources by full text with facets, and records by fuzzy name.
 * Thin: validate, plan (src/search/query.ts), query (src/search/repository.ts).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { planSearch, SearchError } from '../../search/query.ts';
import { searchNames, searchSources } from '../../search/repository.ts';
import type { DB } from '../../store/db-types.ts';
import { Problem, problem } from '../problem.ts';

const Facet = z.object({ value: z.string(), count: z.number().int() });
const Highlighted = z.object({ text: z.string(), mark: z.boolean() });
const SourceHit = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    language: z.string(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    duplicateOf: z.string().nullable(),
    snippet: z.array(Highlighted),
  })
  .openapi('SourceHit');
const SearchResult = z
  .object({
    total: z.number().int(),
    items: z.array(SourceHit),
    facets: z.object({
      type: z.array(Facet),
      unit: z.array(Facet),
      place: z.array(Facet),
      month: z.array(Facet),
    }),
  })
  .openapi('SearchResult');
const NameHit = z
  .object({ id: z.string(), kind: z.string(), name: z.string(), score: z.number() })
  .openapi('NameHit');

const text = (max: number) => z.string().max(max).optional();
const problems = {
  400: { description: 'Invalid query', content: { 'application/problem+json': { schema: Problem } } },
};

const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  tags: ['search'],
  summary: 'Full-text search over sources (English and Russian stemming) with facets',
  request: {
    query: z.object({
      q: text(500).openapi({ description: 'Web-search syntax: words, "a phrase", -not, or' }),
      type: text(40).openapi({ description: 'Event type a source must report' }),
      unit: text(60).openapi({ description: 'Unit key, e.g. 64-brigade' }),
      place: text(200).openapi({ description: 'Canonical place name' }),
      from: text(10).openapi({ description: 'Published on or after: YYYY, YYYY-MM or YYYY-MM-DD' }),
      to: text(10).openapi({ description: 'Published on or before' }),
      limit: z.coerce.number().int().min(1).max(100).default(20),
      offset: z.coerce.number().int().min(0).max(100_000).default(0),
    }),
  },
  responses: {
    200: { description: 'Matches', content: { 'application/json': { schema: SearchResult } } },
    ...problems,
  },
});

const namesRoute = createRoute({
  method: 'get',
  path: '/api/search/names',
  tags: ['search'],
  summary: 'Records whose name is like the query, across Latin and Cyrillic spellings',
  request: {
    query: z.object({
      q: z.string().min(2).max(200),
      kind: z.enum(['person', 'unit', 'place', 'facility', 'organization']).optional(),
      limit: z.coerce.number().int().min(1).max(50).default(20),
    }),
  },
  responses: {
    200: {
      description: 'Records',
      content: { 'application/json': { schema: z.object({ items: z.array(NameHit) }) } },
    },
    ...problems,
  },
});

/** Mounts the search routes. */
export function searchRoutes(app: OpenAPIHono, db: Kysely<DB>): void {
  app.openapi(searchRoute, async (c) => {
    try {
      const plan = planSearch(c.req.valid('query'));
      return c.json(await searchSources(db, plan), 200);
    } catch (error) {
      if (!(error instanceof SearchError)) throw error;
      return problem(c, 400, 'Invalid query', error.message) as never;
    }
  });
  app.openapi(namesRoute, async (c) => {
    const q = c.req.valid('query');
    return c.json({ items: await searchNames(db, q.q, { kind: q.kind, limit: q.limit }) }, 200);
  });
}
