/**
 * Knowledge base in the store: read the corpus, rebuild records and links,
 * record person decisions (reversible: each is a row, undo deletes it), and
 * read records with the claims and sources that mention them.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { ClaimKind } from '../claims/schema.ts';
import type { DB } from '../store/db-types.ts';
import { buildKnowledge, type KbBuild } from './build.ts';
import { lockRecords, markDerived } from './incremental.ts';
import { loadKbDeps } from './lexicon.ts';
import type { Decision, Resolver } from './persons.ts';
import { saveMentions, upsertEntities } from './persons-store.ts';
import { loadResolver } from './resolver.ts';
import type { KbClaim, KbDeps, KbSource } from './types.ts';

/** A claims row as the knowledge-base cores read it. */
export function toKbClaim(c: {
  id: string;
  source_id: string;
  kind: string;
  state: string;
  start_offset: number;
  end_offset: number;
  value: unknown;
}): KbClaim {
  return {
    id: c.id,
    sourceId: c.source_id,
    kind: c.kind as ClaimKind,
    state: c.state,
    start: c.start_offset,
    end: c.end_offset,
    value: c.value as Record<string, unknown>,
  };
}

/** Every source and claim (all states: the cores decide what counts). */
export async function loadCorpus(db: Kysely<DB>): Promise<{ sources: KbSource[]; claims: KbClaim[] }> {
  const sources = await db
    .selectFrom('sources')
    .select(['id', 'body', 'title', 'outlet', 'url', 'published', 'duplicate_of'])
    .orderBy('id')
    .execute();
  const claims = await db
    .selectFrom('claims')
    .select(['id', 'source_id', 'kind', 'state', 'start_offset', 'end_offset', 'value'])
    .orderBy('source_id')
    .orderBy('start_offset')
    .orderBy('id')
    .execute();
  return {
    sources: sources.map((s) => ({
      id: s.id,
      text: s.body,
      title: s.title,
      outlet: s.outlet,
      url: s.url,
      published: s.published,
      duplicateOf: s.duplicate_of,
    })),
    claims: claims.map(toKbClaim),
  };
}

/** Every reviewer's decision on person mentions, oldest first. */
export async function loadDecisions(db: Kysely<DB> | Transaction<DB>): Promise<Decision[]> {
  const rows = await db
    .selectFrom('kb_decisions')
    .select(['a_claim', 'b_claim', 'decision'])
    .orderBy('at')
    .execute();
  return rows.map((r) => ({ a: r.a_claim, b: r.b_claim, decision: r.decision as Decision['decision'] }));
}

/** Builds the knowledge base from the store's current sources, claims and decisions (no writes). */
export async function buildFromStore(
  db: Kysely<DB>,
  deps: KbDeps,
  resolver: Resolver,
): Promise<KbBuild & { sources: KbSource[]; claims: KbClaim[] }> {
  const { sources, claims } = await loadCorpus(db);
  const build = buildKnowledge(sources, claims, deps, resolver, await loadDecisions(db));
  return { ...build, sources, claims };
}

export interface RebuildResult {
  entities: number;
  links: number;
  review: number;
}

/**
 * Rebuilds records and links from scratch, in one transaction: records keep
 * their ids (derived from kind and key), links are replaced, review pairs
 * already decided stay decided, and every source read is marked derived.
 * Run after review, or on demand; new sources take the incremental path
 * (incremental.ts), which ends in the same records.
 */
export async function rebuildKnowledge(
  db: Kysely<DB>,
  deps: KbDeps,
  resolver: Resolver,
  actor: string,
): Promise<RebuildResult> {
  const build = await buildFromStore(db, deps, resolver);
  await db.transaction().execute(async (trx) => {
    await lockRecords(trx);
    await trx.deleteFrom('kb_links').execute();
    const keep = build.entities.map((e) => e.id);
    let del = trx.deleteFrom('kb_entities');
    if (keep.length > 0) del = del.where('id', 'not in', keep);
    await del.execute();
    await upsertEntities(trx, build.entities);
    for (let i = 0; i < build.links.length; i += 500) {
      const chunk = build.links.slice(i, i + 500).map((l) => ({
        entity_id: l.entityId,
        claim_id: l.claimId,
        source_id: l.sourceId,
        relation: l.relation,
      }));
      await trx.insertInto('kb_links').values(chunk).execute();
    }
    // What the incremental path reads next: the mention facts, and which sources are in the records.
    // A source stored after the corpus was read stays pending and is derived next.
    await trx.deleteFrom('kb_mentions').execute();
    await saveMentions(trx, build.mentions);
    await trx.deleteFrom('kb_derived').execute();
    await markDerived(
      trx,
      build.sources.map((s) => s.id),
    );
    await trx.deleteFrom('kb_review').where('state', '=', 'pending').execute();
    for (const p of build.review) {
      await trx
        .insertInto('kb_review')
        .values({ a_claim: p.a, b_claim: p.b, posterior: p.posterior })
        .onConflict((oc) => oc.columns(['a_claim', 'b_claim']).doNothing())
        .execute();
    }
    const result = {
      entities: build.entities.length,
      links: build.links.length,
      review: build.review.length,
    };
    await trx
      .insertInto('kb_history')
      .values({ actor, action: 'rebuild', details: JSON.stringify(result) })
      .execute();
  });
  return { entities: build.entities.length, links: build.links.length, review: build.review.length };
}

/**
 * Records a reviewer's decision that two person mentions are (or are not) the
 * same person, then rebuilds. Reversible with undoPersonDecision.
 */
export async function decidePersons(
  db: Kysely<DB>,
  deps: KbDeps,
  resolver: Resolver,
  input: { a: string; b: string; decision: Decision['decision']; actor: string },
): Promise<RebuildResult> {
  const [a, b] = input.a < input.b ? [input.a, input.b] : [input.b, input.a];
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('kb_decisions')
      .values({ a_claim: a, b_claim: b, decision: input.decision, actor: input.actor })
      .onConflict((oc) =>
        oc
          .columns(['a_claim', 'b_claim'])
          .doUpdateSet({ decision: input.decision, actor: input.actor, at: sql`now()` }),
      )
      .execute();
    await trx
      .updateTable('kb_review')
      .set({ state: 'decided' })
      .where('a_claim', 'in', [a, b])
      .where('b_claim', 'in', [a, b])
      .execute();
    const action = input.decision === 'same' ? 'merge' : 'split';
    await trx
      .insertInto('kb_history')
      .values({ actor: input.actor, action, details: JSON.stringify({ a, b }) })
      .execute();
  });
  return rebuildKnowledge(db, deps, resolver, input.actor);
}

/** Removes a decision (the resolver's view comes back) and rebuilds. */
export async function undoPersonDecision(
  db: Kysely<DB>,
  deps: KbDeps,
  resolver: Resolver,
  input: { a: string; b: string; actor: string },
): Promise<RebuildResult> {
  const [a, b] = input.a < input.b ? [input.a, input.b] : [input.b, input.a];
  await db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom('kb_decisions')
      .where('a_claim', '=', a)
      .where('b_claim', '=', b)
      .returning('decision')
      .executeTakeFirst();
    await trx
      .insertInto('kb_history')
      .values({
        actor: input.actor,
        action: 'undo',
        details: JSON.stringify({ a, b, decision: gone?.decision ?? null }),
      })
      .execute();
  });
  return rebuildKnowledge(db, deps, resolver, input.actor);
}

/**
 * A full rebuild with the default lookups and resolver. New sources take the
 * incremental path instead (src/derive), which ends in the same records.
 */
export async function refreshKnowledge(db: Kysely<DB>, actor: string): Promise<RebuildResult> {
  return rebuildKnowledge(db, loadKbDeps(), loadResolver(), actor);
}
