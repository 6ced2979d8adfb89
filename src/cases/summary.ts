/**
 * A case as lists show it (CaseSummary): the label, current status, region,
 * assignees and pending suggestions, for many rows in two queries.
 */
import type { Transaction } from 'kysely';
import type { Security } from '../security/services.ts';
import type { DB } from '../store/db-types.ts';
import { type CaseRow, openCase } from './case-rows.ts';
import type { CaseOrigin, CaseState, CaseStatus, CaseSummary } from './schema.ts';
import { isoDate, isoTime } from './time.ts';

/** One case's summary. */
export async function summarise(
  trx: Transaction<DB>,
  security: Security,
  row: CaseRow,
): Promise<CaseSummary> {
  const [one] = await summariseMany(trx, security, [row]);
  return one as CaseSummary;
}

/** The summaries of `rows`, in their order. */
export async function summariseMany(
  trx: Transaction<DB>,
  security: Security,
  rows: CaseRow[],
): Promise<CaseSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [assignees, pending] = await Promise.all([
    trx
      .selectFrom('case_assignees as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.case_id', 'a.user_id', 'u.username'])
      .where('a.case_id', 'in', ids)
      .orderBy('u.username')
      .execute(),
    trx
      .selectFrom('case_links')
      .select(['case_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('case_id', 'in', ids)
      .where('state', '=', 'suggested')
      .groupBy('case_id')
      .execute(),
  ]);
  const pendingOf = new Map(pending.map((p) => [p.case_id, Number(p.n)]));
  return rows.map((row) => ({
    id: row.id,
    ref: row.ref,
    kind: row.kind as CaseSummary['kind'],
    state: row.state as CaseState,
    origin: row.origin as CaseOrigin,
    title: openCase(security, row).title,
    status: row.status as CaseStatus,
    statusOn: row.status_on ? isoDate(row.status_on) : null,
    region: row.region,
    assignees: assignees
      .filter((a) => a.case_id === row.id)
      .map((a) => ({ userId: a.user_id, username: a.username })),
    pendingSuggestions: pendingOf.get(row.id) ?? 0,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  }));
}
