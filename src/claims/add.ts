/**
 * A claim a person adds by hand: the extractor missed it, a reviewer marks
 * its words in the source and says what they state. It is a human decision
 * from the start (state `accepted`, rule `manual`), so a later extraction of
 * the source keeps it (repository.ts never obsoletes a decided claim), and
 * its creation is the first line of its history.
 */
import { randomBytes } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../store/db-types.ts';
import { claimId } from './repository.ts';
import { claimSchemas, ReviewError, type ReviewedClaim } from './review.ts';
import type { ClaimKind } from './schema.ts';

/** The rule and extractor a hand-made claim carries instead of a machine's. */
export const MANUAL = 'manual';
/** Kinds whose value quotes its words (the schema requires `quote`). */
const QUOTED = new Set<ClaimKind>(['figure', 'event']);
/** Longest span a hand-made claim may cover: a passage, not a document. */
const MAX_SPAN = 2000;

export interface AddClaimInput {
  sourceId: string;
  kind: ClaimKind;
  /** The words' span in the source text, [start, end) in UTF-16 code units. */
  start: number;
  end: number;
  /** The kind's fields (offsets, rule and quote are set here). */
  fields: Record<string, unknown>;
  actor: string;
  /** Runs inside the transaction after the insert, e.g. to append the audit entry. */
  within?: (trx: Transaction<DB>, claim: ReviewedClaim) => Promise<unknown>;
}

/** Adds a claim by hand; refuses a span outside the text or a value the kind's schema refuses. */
export async function addClaim(db: Kysely<DB>, input: AddClaimInput): Promise<ReviewedClaim> {
  // The body itself, not SQL length/substr: those count code points, claims count UTF-16 units (emoji differ).
  const source = await db
    .selectFrom('sources')
    .select('body')
    .where('id', '=', input.sourceId)
    .executeTakeFirst();
  if (!source) throw new ReviewError('not_found', 'no source with that id');
  if (input.start < 0 || input.end <= input.start || input.end > source.body.length)
    throw new ReviewError('invalid_value', 'start: the words must lie inside the source text');
  if (input.end - input.start > MAX_SPAN)
    throw new ReviewError('invalid_value', `end: mark at most ${MAX_SPAN} characters`);
  const value = claimValue(input, source.body.slice(input.start, input.end));
  const id = claimId(input.sourceId, input.kind, `${MANUAL}:${randomBytes(9).toString('base64url')}`);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('claims')
      .values({
        id,
        source_id: input.sourceId,
        kind: input.kind,
        identity: id,
        start_offset: input.start,
        end_offset: input.end,
        rule: MANUAL,
        extractor: MANUAL,
        suggested: JSON.stringify(value),
        value: JSON.stringify(value),
        state: 'accepted',
        reviewed_by: input.actor,
        reviewed_at: sql`now()`,
      })
      .returning(['version'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('claim_history')
      .values({
        claim_id: id,
        actor: input.actor,
        action: 'add',
        before: null,
        after: JSON.stringify({ state: 'accepted', value }),
      })
      .execute();
    const added: ReviewedClaim = { id, kind: input.kind, state: 'accepted', value, version: row.version };
    await input.within?.(trx, added);
    return added;
  });
}

/** The stored value: the person's fields with the span, the rule and (where the kind has one) the quote. */
function claimValue(input: AddClaimInput, words: string): Record<string, unknown> {
  const merged: Record<string, unknown> = {
    ...input.fields,
    start: input.start,
    end: input.end,
    rule: MANUAL,
  };
  // The quote is the marked words themselves, never typed; kinds without one drop it (the schema strips it).
  merged.quote = QUOTED.has(input.kind) ? words : undefined;
  const parsed = claimSchemas[input.kind].safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReviewError(
      'invalid_value',
      `${issue?.path.join('.') || input.kind}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data as Record<string, unknown>;
}
