/**
 * The frozen months of the public casework statistics in the store
 * (table casework_months, counts only; see frozen.ts for what a row holds).
 *
 * Two first readers of a new month may count at once, from slightly
 * different data. Each inserts its rows with "on conflict do nothing" and
 * then reads the rows back, so whichever row landed first is the one both
 * publish: a month never has two versions.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import type { MonthCells } from './frozen.ts';

/** The frozen rows for months before `cutoff`, oldest first. */
export async function readFrozenMonths(db: Kysely<DB>, cutoff: Date): Promise<MonthCells[]> {
  const before = cutoff.toISOString().slice(0, 7);
  const rows = await db
    .selectFrom('casework_months')
    .select(['month', 'cells'])
    .where('month', '<', before)
    .orderBy('month')
    .execute();
  return rows.map((r) => ({ month: r.month, cells: countsOf(r.cells) }));
}

/** Stores `rows` unless their month is frozen already (the first writer wins). */
export async function writeFrozenMonths(
  db: Kysely<DB>,
  rows: readonly MonthCells[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('casework_months')
    .values(rows.map((r) => ({ month: r.month, cells: JSON.stringify(r.cells), frozen_at: now })))
    .onConflict((oc) => oc.column('month').doNothing())
    .execute();
}

/** The stored counts, keeping only whole non-negative numbers (the column is ours, but jsonb takes anything). */
function countsOf(value: unknown): Record<string, number> {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  const counts: Record<string, number> = {};
  if (parsed && typeof parsed === 'object') {
    for (const [key, n] of Object.entries(parsed)) {
      if (Number.isSafeInteger(n) && (n as number) >= 0) counts[key] = n as number;
    }
  }
  return counts;
}
