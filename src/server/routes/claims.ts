/** Claims API: list suggestions and review them. Thin: validate, call the use case, present. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { addClaim } from '../../claims/add.ts';
import { listClaims, reviewClaim } from '../../claims/review.ts';
import { CLAIM_STATES } from '../../claims/kinds.ts';
import { ClaimKind } from '../../claims/schema.ts';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { Problem } from '../problem.ts';
import { hiddenClaimKinds, refuseClaimKind } from '../security/claim-kinds.ts';
import { actorOf } from '../security/principal.ts';

const ClaimState = z.enum(CLAIM_STATES).openapi('ClaimState');

const Claim = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    kind: ClaimKind,
    state: ClaimState,
    start: z.number().int(),
    end: z.number().int(),
    rule: z.string(),
    extractor: z.string(),
    value: z.record(z.string(), z.unknown()),
    version: z.number().int().openapi({ description: 'What a review decision on this claim must carry' }),
  })
  .openapi('Claim');

const listRoute = createRoute({
  method: 'get',
  path: '/api/claims',
  tags: ['claims'],
  summary: 'List claims with their review state (person claims only for roles that may read persons)',
  request: {
    query: z.object({
      source: z.string().max(100).optional(),
      kind: ClaimKind.optional(),
      state: ClaimState.optional(),
      limit: z.coerce.number().int().min(1).max(5000).default(200),
      offset: z.coerce.number().int().min(0).default(0),
    }),
  },
  responses: {
    200: {
      description: 'Claims',
      content: { 'application/json': { schema: z.object({ items: z.array(Claim) }) } },
    },
    403: {
      description: 'Person claims asked for without persons:read',
      content: { 'application/problem+json': { schema: Problem } },
    },
  },
});

const reviewRoute = createRoute({
  method: 'post',
  path: '/api/claims/{id}/review',
  tags: ['claims'],
  summary: 'Accept, reject, correct or reset a claim, as of the version the reviewer saw',
  description:
    'The decision carries the claim version the reviewer was shown; if the claim has changed since (another ' +
    'decision, a new suggestion), nothing is changed and the answer is 409: reload the claim and decide again.',
  request: {
    params: z.object({ id: z.string().max(100) }),
    body: {
      content: {
        'application/json': {
          schema: z.object({
            action: z.enum(['accept', 'reject', 'edit', 'reset']),
            changes: z.record(z.string(), z.unknown()).optional(),
            version: z.number().int().positive().openapi({
              description: 'The claim version the decision was made on (from the list or queue)',
            }),
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The claim after review',
      content: {
        'application/json': {
          schema: z.object({
            id: z.string(),
            kind: ClaimKind,
            state: ClaimState,
            value: z.record(z.string(), z.unknown()),
            version: z.number().int(),
          }),
        },
      },
    },
    400: { description: 'Invalid correction', content: { 'application/problem+json': { schema: Problem } } },
    404: { description: 'No such claim', content: { 'application/problem+json': { schema: Problem } } },
    409: {
      description: 'The claim changed since this version: reload and decide again',
      content: { 'application/problem+json': { schema: Problem } },
    },
  },
});

const addRoute = createRoute({
  method: 'post',
  path: '/api/claims',
  tags: ['claims'],
  summary: 'Add a claim the extractor missed: words of a source and what they state',
  description:
    'The claim is a person’s from the start (state accepted, rule "manual"); offsets are UTF-16 code units ' +
    'into the source text, and figures and events quote the marked words.',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            sourceId: z.string().max(100),
            kind: ClaimKind,
            start: z.number().int().min(0),
            end: z.number().int().min(1),
            value: z.record(z.string(), z.unknown()),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: {
      description: 'The claim added',
      content: {
        'application/json': {
          schema: z.object({
            id: z.string(),
            kind: ClaimKind,
            state: ClaimState,
            value: z.record(z.string(), z.unknown()),
            version: z.number().int(),
          }),
        },
      },
    },
    400: { description: 'Invalid claim', content: { 'application/problem+json': { schema: Problem } } },
    403: {
      description: 'A person claim without persons:read',
      content: { 'application/problem+json': { schema: Problem } },
    },
    404: { description: 'No such source', content: { 'application/problem+json': { schema: Problem } } },
  },
});

export function claimRoutes(app: OpenAPIHono, db: Kysely<DB>, security: Security): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    // Person claims name private individuals: hidden from roles without persons:read, refused when asked for.
    const hidden = hiddenClaimKinds(c);
    if (q.kind && hidden.includes(q.kind))
      return (await refuseClaimKind(c, { db, security }, q.kind)) as never;
    const items = await listClaims(db, {
      sourceId: q.source,
      kind: q.kind,
      excludeKinds: hidden,
      state: q.state,
      limit: q.limit,
      offset: q.offset,
    });
    return c.json({ items: items.map((i) => ({ ...i, state: ClaimState.parse(i.state) })) }, 200);
  });
  app.openapi(addRoute, async (c) => {
    const body = c.req.valid('json');
    if (hiddenClaimKinds(c).includes(body.kind))
      return (await refuseClaimKind(c, { db, security }, body.kind)) as never;
    // A ReviewError is answered by the app's error handler (../error-problems.ts).
    const added = await addClaim(db, {
      sourceId: body.sourceId,
      kind: body.kind,
      start: body.start,
      end: body.end,
      fields: body.value,
      actor: actorOf(c),
      within: (trx, claim) =>
        security.audit.record(trx, {
          actor: actorOf(c),
          action: 'create',
          targetKind: 'claims',
          targetId: claim.id,
          details: { kind: claim.kind, source: body.sourceId },
        }),
    });
    return c.json({ ...added, state: ClaimState.parse(added.state) }, 201);
  });
  app.openapi(reviewRoute, async (c) => {
    const body = c.req.valid('json');
    // A ReviewError is answered by the app's error handler (../error-problems.ts).
    const result = await reviewClaim(db, {
      id: c.req.valid('param').id,
      action: body.action,
      changes: body.changes ?? {},
      version: body.version,
      actor: actorOf(c),
      // The audit entry commits with the decision, or not at all.
      within: (trx, reviewed) =>
        security.audit.record(trx, {
          actor: actorOf(c),
          action: 'review',
          targetKind: 'claims',
          targetId: reviewed.id,
          details: { action: body.action, state: reviewed.state },
        }),
    });
    return c.json({ ...result, state: ClaimState.parse(result.state) }, 200);
  });
}
