/**
 * The HTTP application: the composition root for server processes. It wires
 * the routes to the store once; routes stay thin and call use cases.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import type { DB } from '../store/db-types.ts';
import { problem } from './problem.ts';
import { claimRoutes } from './routes/claims.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { sourceRoutes } from './routes/sources.ts';

export interface AppDeps {
  db: Kysely<DB>;
  version: string;
  /** Largest file accepted for ingest, in bytes. */
  maxFileBytes: number;
}

export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({
    // Validation failures become problem documents naming the field.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue?.path.join('.') || 'request';
        return problem(c, 400, 'Invalid request', `${field}: ${issue?.message ?? 'invalid'}`);
      }
    },
  });

  // One request carries at most a few files of the largest accepted size.
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.maxFileBytes * 4,
      onError: (c) => problem(c, 413, 'Too large', 'the request is larger than the upload limit'),
    }),
  );
  app.get('/api/health', (c) => c.json({ status: 'ok', version: deps.version }));
  sourceRoutes(app, deps.db);
  // Until accounts exist (security issue), reviews are recorded as made through the API.
  claimRoutes(app, deps.db, () => 'api');
  ingestRoutes(app, deps.db, deps.maxFileBytes);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'objector API', version: deps.version },
  });

  app.get('/', (c) => c.html(homePage(deps.version)));
  app.notFound((c) => problem(c, 404, 'Not found'));
  app.onError((error, c) => {
    // The message may hold data from a document: keep it out of the response and the log.
    console.error(`objector: internal error on ${c.req.method} ${c.req.routePath}: ${error.name}`);
    return problem(c, 500, 'Internal error');
  });
  return app;
}

function homePage(version: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>objector</title></head>
<body><h1>objector ${version}</h1>
<p>The API is running. <a href="/api/sources">Sources</a> · <a href="/api/openapi.json">OpenAPI document</a></p>
</body></html>`;
}
