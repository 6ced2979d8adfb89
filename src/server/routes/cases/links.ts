/**
 * A case's links to public reports: the related material (his person, unit,
 * places and detention sites in the knowledge base), the suggestions the
 * match search made, a caseworker's decision on one, and running the search
 * again. Handlers are thin: src/cases/links audits and encrypts; a CaseError
 * thrown here becomes a problem document (problems.ts, via the app's handler).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { decideSuggestion, listSuggestions } from '../../../cases/links/decide.ts';
import { relatedForCase } from '../../../cases/links/related.ts';
import { Decision, DecisionResult, Related, Suggestion } from '../../../cases/links/schema.ts';
import { suggestLinksForCase } from '../../../cases/links/suggest.ts';
import { Problem } from '../../problem.ts';
import { actorOf } from '../../security/principal.ts';
import type { CaseRouteDeps } from './deps.ts';
import { json } from './shapes.ts';

const Id = z.string().min(1).max(100);
const CaseParams = z.object({ id: Id });
const tags = ['cases'];
const problems = {
  404: {
    description: 'No such case or suggestion',
    content: { 'application/problem+json': { schema: Problem } },
  },
};

const routes = {
  related: createRoute({
    method: 'get',
    path: '/api/cases/{id}/related',
    tags,
    summary: 'Claims, events and sources about his person, his unit and the places he was, grouped by basis',
    request: { params: CaseParams },
    responses: { 200: json(Related), ...problems },
  }),
  suggestions: createRoute({
    method: 'get',
    path: '/api/cases/{id}/suggestions',
    tags,
    summary: 'Reports that may concern the case, waiting for a decision, best first',
    request: { params: CaseParams },
    responses: { 200: json(z.object({ items: z.array(Suggestion) })), ...problems },
  }),
  decide: createRoute({
    method: 'post',
    path: '/api/cases/{id}/suggestions/{linkId}',
    tags,
    summary: 'Accept a suggested report (it enters the status history as evidence) or reject it',
    request: {
      params: z.object({ id: Id, linkId: Id }),
      body: { required: true, content: { 'application/json': { schema: Decision } } },
    },
    responses: {
      200: json(DecisionResult),
      ...problems,
      409: { description: 'Already decided', content: { 'application/problem+json': { schema: Problem } } },
    },
  }),
  match: createRoute({
    method: 'post',
    path: '/api/cases/{id}/match',
    tags,
    summary: 'Search the knowledge base again for reports that may concern the case',
    request: { params: CaseParams },
    responses: { 200: json(z.object({ added: z.number().int() })), ...problems },
  }),
};

export function linksRoutes(app: OpenAPIHono, { db, security }: CaseRouteDeps): void {
  app.openapi(routes.related, async (c) =>
    c.json(await relatedForCase(db, security, actorOf(c), c.req.valid('param').id), 200),
  );
  app.openapi(routes.suggestions, async (c) =>
    c.json({ items: await listSuggestions(db, security, actorOf(c), c.req.valid('param').id) }, 200),
  );
  app.openapi(routes.decide, async (c) => {
    const { id, linkId } = c.req.valid('param');
    return c.json(await decideSuggestion(db, security, actorOf(c), id, linkId, c.req.valid('json')), 200);
  });
  app.openapi(routes.match, async (c) =>
    c.json({ added: await suggestLinksForCase(db, security, c.req.valid('param').id, actorOf(c)) }, 200),
  );
}
