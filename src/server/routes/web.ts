/**
 * The web application: static files from web/ (native ES modules, no build
 * step), a fixed list of browser files from node_modules (Preact + htm,
 * d3-geo, the world-atlas basemap: nothing from a CDN), and the one read
 * route only the screens need: the dashboard's overview for members (the
 * public dashboard reads /api/public/summary, routes/public.ts).
 */

import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { CASE_VOCABULARY } from '../../cases/schema.ts';
import { overview } from '../../search/overview.ts';
import type { DB } from '../../store/db-types.ts';
import { problem } from '../problem.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WEB = join(ROOT, 'web');
const MODULES = join(ROOT, 'node_modules');

/** Browser files taken from dependencies, by the name the page asks for. Nothing else is served from node_modules. */
const VENDOR: Readonly<Record<string, string>> = {
  'htm-preact.js': 'htm/preact/standalone.module.js',
  'd3-array.js': 'd3-array/dist/d3-array.min.js',
  'd3-geo.js': 'd3-geo/dist/d3-geo.min.js',
  'topojson-client.js': 'topojson-client/dist/topojson-client.min.js',
  'countries-50m.json': 'world-atlas/countries-50m.json',
};

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const cache = new Map<string, Uint8Array>();

async function sendFile(c: Context, path: string, cacheControl: string): Promise<Response> {
  const type = TYPES[extname(path)];
  if (!type) return problem(c, 404, 'Not found');
  let bytes = cache.get(path);
  if (!bytes) {
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch {
      return problem(c, 404, 'Not found');
    }
    cache.set(path, bytes);
  }
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': type,
    'cache-control': cacheControl,
  });
}

const Overview = z
  .object({
    sources: z.number().int(),
    claims: z.record(z.string(), z.number().int()),
    pending: z.object({ claims: z.number().int(), merges: z.number().int() }),
    byType: z.array(z.object({ type: z.string(), reports: z.number().int(), reviewed: z.number().int() })),
    byMonth: z.array(z.object({ month: z.string(), reports: z.number().int() })),
    places: z.array(
      z.object({ name: z.string(), lat: z.number(), lon: z.number(), reports: z.number().int() }),
    ),
  })
  .openapi('Overview');

const overviewRoute = createRoute({
  method: 'get',
  path: '/api/overview',
  tags: ['web'],
  summary: 'The dashboard for members: claims by review state, events by type, month and place',
  responses: { 200: { description: 'Overview', content: { 'application/json': { schema: Overview } } } },
});

/** Mounts the web application and its routes. */
export function webRoutes(app: OpenAPIHono, db: Kysely<DB>): void {
  app.openapi(overviewRoute, async (c) => c.json(await overview(db), 200));
  app.get('/', (c) => sendFile(c, join(WEB, 'index.html'), 'no-cache'));
  app.get('/vendor/:name', (c) => {
    const file = VENDOR[c.req.param('name')];
    if (!file) return problem(c, 404, 'Not found');
    return sendFile(c, join(MODULES, file), 'public, max-age=86400');
  });
  // The case screens' vocabularies, from the schema that validates them: the page keeps no copy.
  app.get('/data/case-vocabulary.json', (c) => c.json(CASE_VOCABULARY, 200, { 'cache-control': 'no-cache' }));
  // The intake form's regions: the same file the server validates codes against.
  app.get('/data/regions.json', (c) =>
    sendFile(c, join(ROOT, 'data/regions/regions.json'), 'public, max-age=3600'),
  );
  app.get('/web/*', (c) => {
    // Only files inside web/: a path that normalises outside it is refused.
    let path: string;
    try {
      path = normalize(join(WEB, decodeURIComponent(c.req.path.slice('/web/'.length))));
    } catch {
      return problem(c, 404, 'Not found');
    }
    if (!path.startsWith(WEB + sep)) return problem(c, 404, 'Not found');
    return sendFile(c, path, 'no-cache');
  });
}
