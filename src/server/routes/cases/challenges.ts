/**
 * Identity checks on a case (src/cases/challenges): add a question with its
 * answer, check an answer (match or not, nothing else), remove a question.
 * The questions are listed in the case file (GET /api/cases/{id}). Answers
 * travel only in request bodies, never in a URL, a response or an error.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { addChallenge, checkChallenge, deleteChallenge } from '../../../cases/challenges/challenges.ts';
import {
  Challenge,
  ChallengeAnswer,
  ChallengeInput,
  ChallengeResult,
} from '../../../cases/challenges/schema.ts';
import { CaseError } from '../../../cases/errors.ts';
import { problemResponses } from '../../problem.ts';
import { actorOf } from '../../security/principal.ts';
import type { CaseRouteDeps } from './deps.ts';
import { caseProblem } from './problems.ts';
import { body } from './shapes.ts';

const Id = z.string().min(1).max(100);
const tags = ['cases'];
const problems = problemResponses;

const addRoute = createRoute({
  method: 'post',
  path: '/api/cases/{id}/challenges',
  tags,
  summary: 'Add an identity question (the answer is kept only as an argon2id hash)',
  request: { params: z.object({ id: Id }), ...body(ChallengeInput) },
  responses: {
    201: { description: 'Added', content: { 'application/json': { schema: Challenge } } },
    ...problems([400, 404]),
  },
});
const checkRoute = createRoute({
  method: 'post',
  path: '/api/cases/{id}/challenges/{challengeId}/check',
  tags,
  summary: 'Check an answer: match or not (5 attempts per question per hour; audited)',
  request: { params: z.object({ id: Id, challengeId: Id }), ...body(ChallengeAnswer) },
  responses: {
    200: { description: 'Checked', content: { 'application/json': { schema: ChallengeResult } } },
    ...problems([400, 404, 429]),
  },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/cases/{id}/challenges/{challengeId}',
  tags,
  summary: 'Remove an identity question',
  request: { params: z.object({ id: Id, challengeId: Id }) },
  responses: { 204: { description: 'Removed' }, ...problems([404]) },
});

export function challengesRoutes(app: OpenAPIHono, deps: CaseRouteDeps): void {
  const { db, security } = deps;
  app.openapi(addRoute, (c) =>
    answer(c, async () => {
      const made = await addChallenge(db, security, actorOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(made, 201);
    }),
  );
  app.openapi(checkRoute, (c) =>
    answer(c, async () => {
      const { id, challengeId } = c.req.valid('param');
      const result = await checkChallenge(
        db,
        security,
        actorOf(c),
        id,
        challengeId,
        c.req.valid('json').answer,
      );
      return c.json(result, 200);
    }),
  );
  app.openapi(deleteRoute, (c) =>
    answer(c, async () => {
      const { id, challengeId } = c.req.valid('param');
      await deleteChallenge(db, security, actorOf(c), id, challengeId);
      return c.body(null, 204);
    }),
  );
}

/** Runs a handler; a CaseError becomes its problem document (404, 400, 429 with Retry-After). */
async function answer<T extends Response>(c: Context, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CaseError) return caseProblem(c, error) as T;
    throw error;
  }
}
