/**
 * Review queue API: suggestions waiting for a person (one by one through
 * POST /api/claims/:id/review, or many at once here), person merges the
 * resolver left undecided, and rebuilding the records after review.
 * Every decision is audited (inside its transaction where the use case
 * offers one).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { refreshCaseSuggestions } from '../../cases/links/suggest.ts';
import { ReviewError, reviewClaim } from '../../claims/review.ts';
import { ClaimKind } from '../../claims/schema.ts';
import { loadKbDeps } from '../../kb/lexicon.ts';
import { decidePersons, rebuildKnowledge } from '../../kb/repository.ts';
import { loadResolver } from '../../kb/resolver.ts';
import { listMerges, listQueue } from '../../search/queue.ts';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { actorOf } from '../security/principal.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

const QueueItem = z
  .object({
    id: z.string(),
    kind: z.string(),
    rule: z.string(),
    extractor: z.string(),
    value: z.record(z.string(), z.unknown()),
    sourceId: z.string(),
    sourceTitle: z.string().nullable(),
    before: z.string(),
    match: z.string(),
    after: z.string(),
    version: z.number().int().openapi({ description: 'What a review decision on this claim must carry' }),
  })
  .openapi('QueueItem');
const MergeSide = z.object({
  claimId: z.string(),
  mention: z.string(),
  role: z.string().nullable(),
  sourceId: z.string(),
  sourceTitle: z.string().nullable(),
  published: z.string().nullable(),
});
const MergeItem = z.object({ a: MergeSide, b: MergeSide, posterior: z.number() }).openapi('MergeItem');
const Rebuild = z.object({ entities: z.number(), links: z.number(), review: z.number() });

const queueRoute = createRoute({
  method: 'get',
  path: '/api/review/queue',
  tags: ['review'],
  summary: 'Suggestions waiting for review, with the text around each',
  request: {
    query: z.object({
      kind: ClaimKind.optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    }),
  },
  responses: { 200: json(z.object({ total: z.number().int(), items: z.array(QueueItem) }), 'Queue') },
});
const bulkRoute = createRoute({
  method: 'post',
  path: '/api/review/bulk',
  tags: ['review'],
  summary: 'Accept, reject or reset many claims; each is its own audited decision',
  description:
    'versions[i] is the version of claim ids[i] the reviewer saw; a claim changed since is left as it is, ' +
    'with error "conflict" in its result.',
  request: {
    body: body(
      z
        .object({
          ids: z.array(z.string().max(100)).min(1).max(200),
          versions: z.array(z.number().int().positive()).min(1).max(200),
          action: z.enum(['accept', 'reject', 'reset']),
        })
        .refine((b) => b.versions.length === b.ids.length, {
          message: 'give one version for each id',
          path: ['versions'],
        }),
    ),
  },
  responses: {
    200: json(
      z.object({
        results: z.array(
          z.object({ id: z.string(), state: z.string().optional(), error: z.string().optional() }),
        ),
      }),
      'One result per id, in order',
    ),
  },
});
const mergesRoute = createRoute({
  method: 'get',
  path: '/api/review/merges',
  tags: ['review'],
  summary: 'Person merges the resolver could not decide, most uncertain first',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }) },
  responses: { 200: json(z.object({ items: z.array(MergeItem) }), 'Pending merges') },
});
const decideRoute = createRoute({
  method: 'post',
  path: '/api/review/merges',
  tags: ['review'],
  summary: 'Decide a proposed merge: the same person, or different persons (then rebuilds records)',
  request: {
    body: body(
      z.object({
        a: z.string().max(100),
        b: z.string().max(100),
        decision: z.enum(['same', 'different']),
      }),
    ),
  },
  responses: { 200: json(Rebuild, 'Records after the decision') },
});
const rebuildRoute = createRoute({
  method: 'post',
  path: '/api/review/rebuild',
  tags: ['review'],
  summary: 'Rebuild records (persons, units, places) from the claims as reviewed',
  responses: { 200: json(Rebuild, 'Records') },
});

/** Mounts the review queue routes. */
export function reviewQueueRoutes(app: OpenAPIHono, db: Kysely<DB>, security: Security): void {
  app.openapi(queueRoute, async (c) => c.json(await listQueue(db, c.req.valid('query')), 200));

  app.openapi(bulkRoute, async (c) => {
    const { ids, versions, action } = c.req.valid('json');
    const actor = actorOf(c);
    const results: { id: string; state?: string; error?: string }[] = [];
    for (const [i, id] of ids.entries()) {
      try {
        const r = await reviewClaim(db, {
          id,
          action,
          version: versions[i] as number,
          actor,
          within: (trx, reviewed) =>
            security.audit.record(trx, {
              actor,
              action: 'review',
              targetKind: 'claims',
              targetId: reviewed.id,
              details: { action, state: reviewed.state, bulk: true },
            }),
        });
        results.push({ id, state: r.state });
      } catch (error) {
        if (!(error instanceof ReviewError)) throw error;
        results.push({ id, error: error.code });
      }
    }
    return c.json({ results }, 200);
  });

  app.openapi(mergesRoute, async (c) =>
    c.json({ items: await listMerges(db, c.req.valid('query').limit) }, 200),
  );

  app.openapi(decideRoute, async (c) => {
    const input = c.req.valid('json');
    const actor = actorOf(c);
    const result = await decidePersons(db, loadKbDeps(), loadResolver(), { ...input, actor });
    // decidePersons has no hook inside its transaction: audited right after it commits.
    await security.audit.record(db, {
      actor,
      action: 'merge',
      targetKind: 'persons',
      targetId: `${input.a}+${input.b}`.slice(0, 200),
      details: { decision: input.decision },
    });
    return c.json(result, 200);
  });

  app.openapi(rebuildRoute, async (c) => {
    const actor = actorOf(c);
    const result = await rebuildKnowledge(db, loadKbDeps(), loadResolver(), actor);
    // Records after review may name a case's man where the suggestions missed him.
    await refreshCaseSuggestions(db, security);
    await security.audit.record(db, {
      actor,
      action: 'update',
      targetKind: 'persons',
      details: { rebuild: true, ...result },
    });
    return c.json(result, 200);
  });
}
