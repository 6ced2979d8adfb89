/**
 * Anonymous statistics of the casework (src/cases/stats): counts by month,
 * outcome and region, never case data. The public route gives complete
 * months with small counts suppressed; caseworkers get the same tables up to
 * now, unsuppressed.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { CaseworkStats } from '../../../cases/stats/schema.ts';
import { caseworkStats } from '../../../cases/stats/stats.ts';
import type { CaseRouteDeps } from './deps.ts';

const METHOD =
  'Counts only, no case data. Cases taken on (open or closed, not triage) and their contact-log entries ' +
  '(consultations); outcomes are each case’s status at the cut-off. Counts from 1 to 4 are hidden (count null, ' +
  'suppressed true), and so are as many other cells as needed for no hidden count to be worked out from the ' +
  'totals and the other tables. Categories with no cases are absent.';

const publicRoute = createRoute({
  method: 'get',
  path: '/api/public/casework',
  tags: ['public'],
  summary: 'Anonymous casework statistics: complete months, small counts suppressed',
  description: `${METHOD} The cut-off is the start of the current month (UTC); a month, once published, is frozen: later changes to old cases never move its counts.`,
  responses: { 200: { description: 'Counts', content: { 'application/json': { schema: CaseworkStats } } } },
});
const internalRoute = createRoute({
  method: 'get',
  path: '/api/casework/stats',
  tags: ['cases'],
  summary: 'Casework statistics up to now, unsuppressed (caseworkers)',
  description: `${METHOD} Here nothing is hidden and the cut-off is now.`,
  responses: { 200: { description: 'Counts', content: { 'application/json': { schema: CaseworkStats } } } },
});

export function statsRoutes(app: OpenAPIHono, deps: CaseRouteDeps): void {
  app.openapi(publicRoute, async (c) => {
    const stats = await caseworkStats(deps.db, { now: deps.security.now(), audience: 'public' });
    c.header('cache-control', 'public, max-age=3600');
    return c.json(stats, 200);
  });
  app.openapi(internalRoute, async (c) => {
    const stats = await caseworkStats(deps.db, { now: deps.security.now(), audience: 'internal' });
    c.header('cache-control', 'no-store');
    return c.json(stats, 200);
  });
}
