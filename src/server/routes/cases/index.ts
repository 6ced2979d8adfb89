/**
 * The case files' API, one module per part of the work: the file itself
 * (core), appeals and letters, links to public reports, the family intake,
 * identity checks, PFIF exchange and anonymous statistics. Access rules are
 * in src/server/security/route-policy.ts like every other route's.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { appealsRoutes } from './appeals.ts';
import { challengesRoutes } from './challenges.ts';
import { coreRoutes } from './core.ts';
import { documentsRoutes } from './documents.ts';
import type { CaseRouteDeps } from './deps.ts';
import { intakeRoutes } from './intake.ts';
import { linksRoutes } from './links.ts';
import { pfifRoutes } from './pfif.ts';
import { statsRoutes } from './stats.ts';

export function caseRoutes(app: OpenAPIHono, deps: CaseRouteDeps): void {
  coreRoutes(app, deps);
  appealsRoutes(app, deps);
  documentsRoutes(app, deps);
  linksRoutes(app, deps);
  intakeRoutes(app, deps);
  challengesRoutes(app, deps);
  pfifRoutes(app, deps);
  statsRoutes(app, deps);
}
