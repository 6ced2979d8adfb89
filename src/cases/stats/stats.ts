/**
 * The casework statistics from the store: reads only columns kept in the
 * clear for this purpose (state, dates, region code, status), never an
 * encrypted field, and counts them with tally.ts.
 *
 * Public: complete calendar months only (the cut-off is the start of the
 * current month, UTC), small cells suppressed. Comparing today's numbers with
 * yesterday's would otherwise show that a case was opened today in a given
 * region; with monthly cut-offs the public numbers change once a month, and
 * a month once published is frozen (frozen.ts), so later edits of old cases
 * never move it.
 * Internal (caseworkers): the same tables up to now, nothing hidden.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import type { CaseStatus } from '../schema.ts';
import { isoDate } from '../time.ts';
import { combineMonths, earliestMonth, freezeMonths, monthBefore, monthsToFreeze } from './frozen.ts';
import type { CaseworkStats } from './schema.ts';
import { readFrozenMonths, writeFrozenMonths } from './snapshots.ts';
import { type CaseworkFacts, publishCasework, tallyCasework } from './tally.ts';

/** Only cases taken on are casework (see tally.ts). */
const COUNTED_STATES = ['open', 'closed'] as const;

export interface StatsOptions {
  now: Date;
  /** Public: whole months and suppression. Internal: up to now, unsuppressed. */
  audience: 'public' | 'internal';
}

/** The statistics for `audience`, as of `now`. */
export async function caseworkStats(db: Kysely<DB>, options: StatsOptions): Promise<CaseworkStats> {
  if (options.audience === 'public') return publicStats(db, options.now);
  // The cut-off is exclusive: "up to now" includes what happened at this very instant.
  const cutoff = new Date(options.now.getTime() + 1);
  return publishCasework(tallyCasework(await loadFacts(db, cutoff), cutoff), cutoff, false);
}

/**
 * The public numbers: complete months, each frozen the first time it is
 * published (frozen.ts), suppressed on the combined table. Counting from the
 * cases happens only when the last complete month is not frozen yet.
 */
async function publicStats(db: Kysely<DB>, now: Date): Promise<CaseworkStats> {
  const cutoff = startOfMonth(now);
  let rows = await readFrozenMonths(db, cutoff);
  const frozen = rows.map((r) => r.month);
  if (!frozen.includes(monthBefore(cutoff))) {
    const facts = await loadFacts(db, cutoff);
    const months = monthsToFreeze(frozen, earliestMonth(tallyCasework(facts, cutoff)), cutoff);
    await writeFrozenMonths(db, freezeMonths(facts, months), now);
    // Read back: a concurrent first reader may have frozen these months first, and his rows are the ones.
    rows = await readFrozenMonths(db, cutoff);
  }
  return publishCasework(combineMonths(rows, cutoff), cutoff, true);
}

/** The first instant of `now`'s calendar month, UTC. */
export function startOfMonth(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

async function loadFacts(db: Kysely<DB>, cutoff: Date): Promise<CaseworkFacts> {
  const counted = db
    .selectFrom('cases')
    .select('id')
    .where('state', 'in', [...COUNTED_STATES])
    .where('created_at', '<', cutoff);
  const [cases, statuses, contacts] = await Promise.all([
    db
      .selectFrom('cases')
      .select(['id', 'created_at', 'region'])
      .where('state', 'in', [...COUNTED_STATES])
      .where('created_at', '<', cutoff)
      .execute(),
    db
      .selectFrom('case_status')
      .select(['case_id', 'status', 'on_date', 'recorded_at'])
      .where('case_id', 'in', counted)
      .where('recorded_at', '<', cutoff)
      .execute(),
    db
      .selectFrom('case_contacts')
      .select(['case_id', 'at'])
      .where('case_id', 'in', counted)
      .where('at', '<', cutoff)
      .execute(),
  ]);
  return {
    cases: cases.map((c) => ({ id: c.id, openedAt: new Date(c.created_at), region: c.region })),
    statuses: statuses.map((s) => ({
      caseId: s.case_id,
      status: s.status as CaseStatus,
      onDate: isoDate(s.on_date),
      recordedAt: new Date(s.recorded_at),
    })),
    contacts: contacts.map((c) => ({ caseId: c.case_id, at: new Date(c.at) })),
  };
}
