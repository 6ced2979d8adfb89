/**
 * The HTTP application: the composition root for server processes. It wires
 * the routes to the store once; routes stay thin and call use cases.
 *
 * Order matters: security headers on every response; then, for /api, the
 * access check (security/access.ts with the one policy table
 * security/route-policy.ts) before anything reads the body, so a caller the
 * policy refuses costs no more than its headers; then the body size limit
 * (small except where files come in) and the JSON depth guard. No handler
 * runs for a caller the policy refuses.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { Kysely } from 'kysely';
import { createDeriveRunner, type DeriveRunner } from '../derive/runner.ts';
import { createPublication, type Publication } from '../publication/service.ts';
import type { Security } from '../security/services.ts';
import type { DB } from '../store/db-types.ts';
import { errorProblem } from './error-problems.ts';
import { completeOpenApi } from './openapi.ts';
import { problem } from './problem.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { caseRoutes } from './routes/cases/index.ts';
import { DOCUMENT_UPLOAD_BYTES } from './routes/cases/documents.ts';
import { PFIF_MAX_BYTES } from './routes/cases/pfif.ts';
import { claimRoutes } from './routes/claims.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { knowledgeRoutes } from './routes/knowledge.ts';
import { noteRoutes } from './routes/notes.ts';
import { publicRoutes } from './routes/public.ts';
import { reportRoutes } from './routes/report.ts';
import { reviewQueueRoutes } from './routes/review-queue.ts';
import { searchRoutes } from './routes/search.ts';
import { sessionProbeRoutes } from './routes/session-probe.ts';
import { sourceRoutes } from './routes/sources.ts';
import { webRoutes } from './routes/web.ts';
import { accessControl } from './security/access.ts';
import { routeBodyLimit } from './security/body-limit.ts';
import type { ConnectionOptions } from './security/client.ts';
import type { CookieSecure } from './security/cookies.ts';
import { securityHeaders } from './security/headers.ts';
import { jsonDepthGuard } from './security/json-guard.ts';

export interface AppDeps {
  db: Kysely<DB>;
  version: string;
  /** Largest file accepted for ingest, in bytes. */
  maxFileBytes: number;
  security: Security;
  /** Secure cookies: 'auto' sets them when the request came over TLS. */
  cookieSecure?: CookieSecure;
  connection?: ConnectionOptions;
  /** SHA-256 of the local CLI token (see `objector serve`); omitted: no bearer token is accepted. */
  localTokenHash?: string | null;
  /** The installation's own PFIF domain (config `pfifDomain`). */
  pfifDomain?: string;
  /** Derives records after uploads (default: a runner of this app's own). */
  derive?: DeriveRunner;
  /** The public numbers (default: a publication of this app's own, reviewed claims only). */
  publication?: Publication;
}

export function createApp(deps: AppDeps): OpenAPIHono {
  const connection: ConnectionOptions = deps.connection ?? { trustProxy: false };
  const cookieSecure = deps.cookieSecure ?? 'auto';
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

  app.use('*', securityHeaders(connection));
  app.use(
    '/api/*',
    accessControl({
      db: deps.db,
      security: deps.security,
      connection,
      localTokenHash: deps.localTokenHash ?? null,
    }),
  );
  // Small bodies everywhere; an upload carries at most a few files of the largest accepted size.
  app.use(
    '/api/*',
    routeBodyLimit({
      'POST /api/ingest': deps.maxFileBytes * 4,
      'POST /api/casework/pfif': PFIF_MAX_BYTES,
      'POST /api/cases/:id/documents': DOCUMENT_UPLOAD_BYTES,
    }),
  );
  app.use('/api/*', jsonDepthGuard());

  publicRoutes(
    app,
    deps.publication ?? createPublication(deps.db, { publishUnreviewed: false, now: deps.security.now }),
    deps.version,
  );
  authRoutes(app, { db: deps.db, security: deps.security, cookieSecure, connection });
  sessionProbeRoutes(app);
  sourceRoutes(app, deps.db, deps.security);
  claimRoutes(app, deps.db, deps.security);
  ingestRoutes(app, deps.db, deps.maxFileBytes, deps.security, deps.derive ?? createDeriveRunner(deps));
  noteRoutes(app, deps.db, deps.security);
  adminRoutes(app, deps.db, deps.security);
  caseRoutes(app, { db: deps.db, security: deps.security, connection, pfifDomain: deps.pfifDomain });

  knowledgeRoutes(app, { db: deps.db });
  reportRoutes(app, deps.db);
  searchRoutes(app, deps.db);
  reviewQueueRoutes(app, deps.db, deps.security);
  // The web application (web/) and the two read routes only its screens need.
  webRoutes(app, deps.db);

  // Built once, on first request, when every route is registered; completed from the route table.
  let openApi: unknown = null;
  app.get('/api/openapi.json', (c) => {
    openApi ??= completeOpenApi(
      app.getOpenAPI31Document({
        openapi: '3.1.0',
        info: {
          title: 'objector API',
          version: deps.version,
          description: 'Sourced records of soldiers refusing the war, case files and published counts.',
          license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
        },
        servers: [{ url: '/', description: 'this server' }],
      }),
    );
    return c.json(openApi);
  });

  app.notFound((c) => problem(c, 404, 'Not found'));
  app.onError((error, c) => {
    // Typed errors of the modules (error-problems.ts): routes throw, this answers.
    const typed = errorProblem(c, error);
    if (typed) return typed;
    // Hono's validators refuse malformed bodies and wrong media types with their own generic messages.
    if (error instanceof HTTPException && error.status < 500) {
      return problem(
        c,
        error.status as 400,
        error.status === 415 ? 'Unsupported media type' : 'Invalid request',
        error.message.slice(0, 100),
      );
    }
    // The message may hold data from a document: keep it out of the response and the log.
    console.error(`objector: internal error on ${c.req.method} ${c.req.routePath}: ${error.name}`);
    return problem(c, 500, 'Internal error');
  });
  return app;
}
