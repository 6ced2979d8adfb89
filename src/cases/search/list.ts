/**
 * Finding cases: the list filtered by state, current status, region and who
 * works on it, and searched by a reference (the case's own, or one given to
 * a family whose report was attached to it) or by words of the man's name
 * through their blind indexes (name-tokens.ts), never by decrypting every
 * case. Each case shown is audited as viewed: lists show names.
 */
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import type { CaseState, CaseStatus, CaseSummary } from '../schema.ts';
import { summariseMany } from '../summary.ts';
import { backfillNameTokens, nameTokenIndexes } from './name-tokens.ts';

const LIST_LIMIT = 500;
/** A case reference as families quote it: eight letters and digits, the dash optional. */
const REF = /^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$/;

export interface CaseFilter {
  state?: CaseState;
  status?: CaseStatus;
  /** Only cases this user is assigned to; 'none' for cases nobody is assigned to. */
  assignee?: string;
  /** ISO 3166-2 code of the home region. */
  region?: string;
  /** A reference, or words of the name (every word must be in it). */
  q?: string;
  limit?: number;
}

type Eb = ExpressionBuilder<DB, 'cases'>;

/** Cases, most recently changed first; each case shown is audited as viewed (lists show names). */
export async function listCases(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  filter: CaseFilter = {},
): Promise<CaseSummary[]> {
  return db.transaction().execute(async (trx) => {
    const text = filter.q?.trim();
    if (text) await backfillNameTokens(trx, security);
    const q = trx
      .selectFrom('cases')
      .selectAll('cases')
      .where((eb) => eb.and(conditions(eb, security, filter, text)));
    const rows = await q
      .orderBy('cases.updated_at', 'desc')
      .orderBy('cases.id')
      .limit(Math.min(filter.limit ?? LIST_LIMIT, LIST_LIMIT))
      .execute();
    const out = await summariseMany(trx, security, rows);
    await security.audit.recordMany(
      trx,
      rows.map((row) => ({
        actor,
        action: 'view' as const,
        targetKind: 'cases',
        targetId: row.id,
        details: { part: text ? 'search' : 'list' },
      })),
    );
    return out;
  });
}

function conditions(eb: Eb, security: Security, filter: CaseFilter, text?: string): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (filter.state) out.push(eb('cases.state', '=', filter.state));
  if (filter.status) out.push(eb('cases.status', '=', filter.status));
  if (filter.region) out.push(eb('cases.region', '=', filter.region));
  if (filter.assignee) out.push(byAssignee(eb, filter.assignee));
  // Eight letters may be a reference or a name ("Zarechny"): either finds the case.
  if (text)
    out.push(
      REF.test(text) ? eb.or([byRef(eb, text), byName(eb, security, text)]) : byName(eb, security, text),
    );
  return out;
}

function byAssignee(eb: Eb, assignee: string): Expression<SqlBool> {
  const sub = eb.selectFrom('case_assignees as a').select('a.case_id').whereRef('a.case_id', '=', 'cases.id');
  return assignee === 'none' ? eb.not(eb.exists(sub)) : eb.exists(sub.where('a.user_id', '=', assignee));
}

/** The case's own reference, or one given to a family for a report attached to it. */
function byRef(eb: Eb, text: string): Expression<SqlBool> {
  const compact = text.toUpperCase().replace('-', '');
  const ref = `${compact.slice(0, 4)}-${compact.slice(4)}`;
  const receipt = eb
    .selectFrom('case_receipts as r')
    .select('r.case_id')
    .whereRef('r.case_id', '=', 'cases.id')
    .where('r.ref', '=', ref);
  return eb.or([eb('cases.ref', '=', ref), eb.exists(receipt)]);
}

/** Every word of the query must be a word of the name (compared through the blind index). */
function byName(eb: Eb, security: Security, text: string): Expression<SqlBool> {
  const tokens = nameTokenIndexes(security, text);
  // Nothing word-like to look for: no case matches, rather than all of them.
  if (tokens.length === 0) return eb.val(false);
  return eb.and(
    tokens.map((token) =>
      eb.exists(
        eb
          .selectFrom('case_name_tokens as t')
          .select('t.case_id')
          .whereRef('t.case_id', '=', 'cases.id')
          .where('t.token_index', '=', token),
      ),
    ),
  );
}
