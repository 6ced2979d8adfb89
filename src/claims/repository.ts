/**
 * Claims in the store. Saving a new extraction of a source keeps every human
 * decision: an accepted, edited or rejected claim keeps its value and state
 * (only the machine's suggestion beside it is refreshed); a suggestion the new
 * extractor no longer makes becomes `obsolete`, and comes back if it does again.
 */
import { createHash } from 'node:crypto';
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import type { ClaimTable, DB } from '../store/db-types.ts';
import type { ClaimDraft } from './claim-drafts.ts';

type Db = Kysely<DB> | Transaction<DB>;
type ClaimRow = Insertable<ClaimTable>;

export const MACHINE = 'extractor';

export interface SaveResult {
  added: number;
  refreshed: number;
  /** Human decisions left as they were. */
  kept: number;
  obsoleted: number;
}

export function claimId(sourceId: string, kind: string, identity: string): string {
  return `clm_${createHash('sha256').update(`${sourceId}\u0000${kind}\u0000${identity}`).digest('hex').slice(0, 20)}`;
}

export async function saveClaims(
  db: Db,
  sourceId: string,
  extractor: string,
  drafts: ClaimDraft[],
): Promise<SaveResult> {
  const result: SaveResult = { added: 0, refreshed: 0, kept: 0, obsoleted: 0 };
  const existing = new Map(
    (await db.selectFrom('claims').select(['id', 'state']).where('source_id', '=', sourceId).execute()).map(
      (r) => [r.id, r.state],
    ),
  );
  const present = new Set<string>();
  const machineRows: ClaimRow[] = [];
  const humanRows: ClaimRow[] = [];
  for (const d of drafts) {
    const id = claimId(sourceId, d.kind, d.identity);
    present.add(id);
    const state = existing.get(id);
    const json = JSON.stringify(d.value);
    const row = {
      id,
      source_id: sourceId,
      kind: d.kind,
      identity: d.identity,
      start_offset: d.start,
      end_offset: d.end,
      rule: d.rule,
      extractor,
      suggested: json,
      value: json,
    };
    if (state === undefined || state === 'suggested' || state === 'obsolete') machineRows.push(row);
    else humanRows.push(row);
    if (state === undefined) result.added++;
    else if (state === 'suggested' || state === 'obsolete') result.refreshed++;
    else result.kept++;
  }
  // One statement for the claims the machine owns: the new suggestion replaces the old.
  if (machineRows.length > 0) {
    await db
      .insertInto('claims')
      .values(machineRows)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          suggested: eb.ref('excluded.suggested'),
          value: eb.ref('excluded.value'),
          state: 'suggested',
          extractor: eb.ref('excluded.extractor'),
          rule: eb.ref('excluded.rule'),
          start_offset: eb.ref('excluded.start_offset'),
          end_offset: eb.ref('excluded.end_offset'),
          updated_at: sql`now()`,
          // A new suggestion is a change a pending review decision must not overwrite unseen.
          version: sql`claims.version + 1`,
        })),
      )
      .execute();
  }
  // And one for those a person decided: only the machine's suggestion beside the decision is refreshed.
  if (humanRows.length > 0) {
    await db
      .insertInto('claims')
      .values(humanRows)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          suggested: eb.ref('excluded.suggested'),
          extractor: eb.ref('excluded.extractor'),
          updated_at: sql`now()`,
          version: sql`claims.version + 1`,
        })),
      )
      .execute();
  }
  const stale = [...existing]
    .filter(([id, state]) => !present.has(id) && state === 'suggested')
    .map(([id]) => id);
  if (stale.length > 0) {
    await db
      .updateTable('claims')
      .set({ state: 'obsolete', updated_at: sql`now()`, version: sql`version + 1` })
      .where('id', 'in', stale)
      .execute();
    result.obsoleted = stale.length;
  }
  return result;
}
