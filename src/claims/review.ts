/**
 * Review: a person accepts, corrects or rejects a machine suggestion, or puts
 * it back. Each decision is recorded in claim_history with its before and
 * after, so nothing a reviewer does is lost or irreversible.
 *
 * A decision is made on what the reviewer saw: it carries the claim's
 * version, and is compared and set in one transaction (the row locked, the
 * version checked, then raised), so of two reviewers deciding one claim at
 * once the later is refused ('conflict') instead of silently overwriting.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../store/db-types.ts';
import {
  type ClaimKind,
  EventClaim,
  Figure,
  OrganizationMention,
  PersonMention,
  PlaceMention,
  UnitMention,
} from './schema.ts';

export type ReviewAction = 'accept' | 'reject' | 'edit' | 'reset';

export class ReviewError extends Error {
  constructor(
    /** not_found: no such claim; invalid_value: a bad correction; conflict: changed since it was seen. */
    readonly code: 'not_found' | 'invalid_value' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

/** Each kind's value schema: what a correction or a claim added by hand must satisfy. */
export const claimSchemas: Record<ClaimKind, z.ZodType> = {
  figure: Figure,
  unit: UnitMention,
  place: PlaceMention,
  person: PersonMention,
  organization: OrganizationMention,
  event: EventClaim,
};

export interface ReviewInput {
  id: string;
  action: ReviewAction;
  /** For `edit`: the fields to change; the rest keep their current value. */
  changes?: Record<string, unknown>;
  actor: string;
  /**
   * The claim's version the decision was made on (as shown to the reviewer):
   * refused with 'conflict' when the claim has changed since. 'current'
   * decides on whatever is current, for callers that show no version (the
   * command line, run by whoever holds the store).
   */
  version: number | 'current';
  /**
   * Runs inside the review's transaction after the change, e.g. to append the
   * audit entry, so the decision and its record commit or roll back together.
   */
  within?: (trx: Transaction<DB>, claim: ReviewedClaim) => Promise<unknown>;
}

export interface ReviewedClaim {
  id: string;
  kind: ClaimKind;
  state: string;
  value: Record<string, unknown>;
  /** The version after this decision: what a further decision must carry. */
  version: number;
}

export async function reviewClaim(db: Kysely<DB>, input: ReviewInput): Promise<ReviewedClaim> {
  return db.transaction().execute(async (trx) => {
    const claim = await trx
      .selectFrom('claims')
      .select(['id', 'kind', 'state', 'value', 'suggested', 'version'])
      .where('id', '=', input.id)
      .forUpdate()
      .executeTakeFirst();
    if (!claim) throw new ReviewError('not_found', `no claim with id ${JSON.stringify(input.id)}`);
    if (input.version !== 'current' && input.version !== claim.version) {
      throw new ReviewError(
        'conflict',
        `claim ${claim.id} has changed since you saw it (version ${input.version}, now ${claim.version}, ` +
          `${claim.state}): reload it and decide again`,
      );
    }
    const version = claim.version + 1;
    const kind = claim.kind as ClaimKind;
    const current = claim.value as Record<string, unknown>;
    const next = nextState(kind, current, claim.suggested as Record<string, unknown>, input);
    await trx
      .updateTable('claims')
      .set({
        state: next.state,
        value: JSON.stringify(next.value),
        reviewed_by: input.action === 'reset' ? null : input.actor,
        reviewed_at: input.action === 'reset' ? null : sql`now()`,
        updated_at: sql`now()`,
        version,
      })
      .where('id', '=', claim.id)
      // Compare and set: the row is locked above, and the version is checked again here all the same.
      .where('version', '=', claim.version)
      .execute();
    await trx
      .insertInto('claim_history')
      .values({
        claim_id: claim.id,
        actor: input.actor,
        action: input.action,
        before: JSON.stringify({ state: claim.state, value: current }),
        after: JSON.stringify(next),
      })
      .execute();
    const reviewed = { id: claim.id, kind, ...next, version };
    await input.within?.(trx, reviewed);
    return reviewed;
  });
}

function nextState(
  kind: ClaimKind,
  current: Record<string, unknown>,
  suggested: Record<string, unknown>,
  input: ReviewInput,
): { state: string; value: Record<string, unknown> } {
  switch (input.action) {
    case 'accept':
      return { state: 'accepted', value: current };
    case 'reject':
      return { state: 'rejected', value: current };
    case 'reset':
      return { state: 'suggested', value: suggested };
    case 'edit': {
      const merged = { ...current, ...input.changes, rule: current.rule };
      const parsed = claimSchemas[kind].safeParse(merged);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ReviewError(
          'invalid_value',
          `${issue?.path.join('.') || kind}: ${issue?.message ?? 'invalid'}`,
        );
      }
      return { state: 'edited', value: parsed.data as Record<string, unknown> };
    }
  }
}

export interface ClaimRow {
  id: string;
  sourceId: string;
  kind: ClaimKind;
  state: string;
  start: number;
  end: number;
  rule: string;
  extractor: string;
  value: Record<string, unknown>;
  /** What a review decision on this claim must carry. */
  version: number;
}

export interface ClaimFilter {
  sourceId?: string | undefined;
  kind?: ClaimKind | undefined;
  /** Leave these kinds out (kinds the caller has no right to read). */
  excludeKinds?: readonly ClaimKind[] | undefined;
  state?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export async function listClaims(db: Kysely<DB>, filter: ClaimFilter = {}): Promise<ClaimRow[]> {
  let q = db.selectFrom('claims').selectAll();
  if (filter.sourceId) q = q.where('source_id', '=', filter.sourceId);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.excludeKinds?.length) q = q.where('kind', 'not in', filter.excludeKinds);
  if (filter.state) q = q.where('state', '=', filter.state);
  const rows = await q
    .orderBy('source_id')
    .orderBy('start_offset')
    .orderBy('id')
    .limit(filter.limit ?? 1000)
    .offset(filter.offset ?? 0)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sourceId: r.source_id,
    kind: r.kind as ClaimKind,
    state: r.state,
    start: r.start_offset,
    end: r.end_offset,
    rule: r.rule,
    extractor: r.extractor,
    value: r.value as Record<string, unknown>,
    version: r.version,
  }));
}
