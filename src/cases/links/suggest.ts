/**
 * The match search: reports that may concern a case become suggestions in
 * case_links, for a caseworker to accept or reject. One row per (case,
 * source): a report once suggested, accepted or rejected is never suggested
 * again, so running the search twice adds nothing; a pending suggestion the
 * knowledge base no longer supports is withdrawn. The reason repeats case
 * data (his name, his unit as the family wrote it) and is stored encrypted.
 *
 * Run for one case when it is opened by a family's report (the intake) or on
 * a caseworker's request, for every open and triage case after a full
 * rebuild of the knowledge base, and for the cases new reports can concern
 * after they are derived (refreshCaseSuggestionsFor).
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Security } from '../../security/services.ts';
import type { DB, Json } from '../../store/db-types.ts';
import { CaseError } from '../errors.ts';
import { auditCase } from '../repository.ts';
import { newId, rowSeal } from '../sealed.ts';
import { type CaseMatch, matchCases } from './analyse.ts';
import { loadMatchDeps } from './deps.ts';
import { concernedCases } from './concern.ts';
import { type LoadedCase, loadPersonMentions, loadProfiles } from './load.ts';
import { loadTouched } from './touched.ts';

/**
 * At most this many pending suggestions per case: beyond it a caseworker no
 * longer reads them, and a unit in the news would bury the one report that
 * names the man. The best are added first; more come as these are decided.
 */
export const MAX_PENDING = 30;
const CHUNK = 1000;

/** A jsonb value (the generated column type does not take a plain string). */
const json = (value: unknown) => sql<Json>`${JSON.stringify(value)}`;

/** Runs the match search for one case; returns the number of new suggestions. */
export async function suggestLinksForCase(
  db: Kysely<DB>,
  security: Security,
  caseId: string,
  actor = 'system',
): Promise<number> {
  const deps = loadMatchDeps();
  const cases = await loadProfiles(db, security, deps, { ids: [caseId] });
  if (cases.length === 0) throw new CaseError('case_not_found', 'no case with this id');
  const { matches } = await matchCases(db, deps, cases);
  return storeSuggestions(db, security, actor, matches);
}

/** Runs the match search for every open and triage case, in one pass over the knowledge base. */
export async function refreshCaseSuggestions(
  db: Kysely<DB>,
  security: Security,
  actor = 'system',
): Promise<{ cases: number; suggestions: number }> {
  const deps = loadMatchDeps();
  const cases = await loadProfiles(db, security, deps, { states: ['open', 'triage'] });
  if (cases.length === 0) return { cases: 0, suggestions: 0 };
  const { matches } = await matchCases(db, deps, cases);
  return { cases: cases.length, suggestions: await storeSuggestions(db, security, actor, matches) };
}

/**
 * Runs the match search after new reports were derived, for the open and
 * triage cases they can concern only (concern.ts): the cases of a unit or
 * place they name, of a name a touched mention may be, or with a pending
 * suggestion of a touched report. `persons`: the person records the update
 * made, changed or merged away.
 */
export async function refreshCaseSuggestionsFor(
  db: Kysely<DB>,
  security: Security,
  update: { sourceIds: readonly string[]; persons: readonly string[] },
  actor = 'system',
): Promise<{ cases: number; suggestions: number }> {
  const deps = loadMatchDeps();
  const open = await loadProfiles(db, security, deps, { states: ['open', 'triage'] });
  if (open.length === 0 || update.sourceIds.length === 0) return { cases: 0, suggestions: 0 };
  const touched = await loadTouched(db, update, await loadPersonMentions(db));
  const cases = concernedCases(open, touched, await pendingSources(db, open), deps.names);
  if (cases.length === 0) return { cases: 0, suggestions: 0 };
  const { matches } = await matchCases(db, deps, cases);
  return { cases: cases.length, suggestions: await storeSuggestions(db, security, actor, matches) };
}

/** Sources of each case's pending suggestions. */
async function pendingSources(db: Kysely<DB>, cases: readonly LoadedCase[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const ids = cases.map((c) => c.profile.caseId);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('case_links')
      .select(['case_id', 'source_id'])
      .where('state', '=', 'suggested')
      .where('case_id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) out.set(r.case_id, [...(out.get(r.case_id) ?? []), r.source_id]);
  }
  return out;
}

/**
 * Brings each searched case's suggestions up to date, in one transaction:
 * adds the new ones (up to MAX_PENDING pending) and withdraws the pending
 * ones the knowledge base no longer supports (a claim rejected in review, a
 * person split), audited per case. Decided links are never touched.
 */
async function storeSuggestions(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  matches: readonly CaseMatch[],
): Promise<number> {
  if (matches.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    const existing = await linksOf(
      trx,
      matches.map((m) => m.loaded.profile.caseId),
    );
    let added = 0;
    const now = security.now();
    for (const m of matches) {
      const caseId = m.loaded.profile.caseId;
      const mine = existing.get(caseId) ?? new Map<string, Link>();
      const current = new Set(m.suggestions.map((s) => s.sourceId));
      const stale = [...mine.values()]
        .filter((l) => l.state === 'suggested')
        .filter((l) => !current.has(l.sourceId));
      if (stale.length > 0) {
        await trx
          .deleteFrom('case_links')
          .where(
            'id',
            'in',
            stale.map((l) => l.id),
          )
          .execute();
      }
      const pending = [...mine.values()].filter((l) => l.state === 'suggested').length - stale.length;
      const fresh = m.suggestions
        .filter((s) => !mine.has(s.sourceId))
        .slice(0, Math.max(MAX_PENDING - pending, 0));
      const inserted = fresh.length
        ? await trx
            .insertInto('case_links')
            .values(fresh.map((s) => suggestionRow(security, caseId, s, now)))
            .onConflict((oc) => oc.columns(['case_id', 'source_id']).doNothing())
            .returning('id')
            .execute()
        : [];
      if (inserted.length === 0 && stale.length === 0) continue;
      added += inserted.length;
      await auditCase(trx, security, actor, 'update', caseId, {
        part: 'suggestions',
        added: inserted.length,
        withdrawn: stale.length,
      });
    }
    return added;
  });
}

type Link = { id: string; sourceId: string; state: string };

/** The links the cases already have, by case and source. */
async function linksOf(
  trx: Transaction<DB>,
  caseIds: readonly string[],
): Promise<Map<string, Map<string, Link>>> {
  const out = new Map<string, Map<string, Link>>();
  for (let i = 0; i < caseIds.length; i += CHUNK) {
    const rows = await trx
      .selectFrom('case_links')
      .select(['id', 'case_id', 'source_id', 'state'])
      .where('case_id', 'in', caseIds.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) {
      const mine = out.get(r.case_id) ?? new Map<string, Link>();
      mine.set(r.source_id, { id: r.id, sourceId: r.source_id, state: r.state });
      out.set(r.case_id, mine);
    }
  }
  return out;
}

function suggestionRow(security: Security, caseId: string, s: CaseMatch['suggestions'][number], now: Date) {
  const id = newId('link');
  return {
    id,
    case_id: caseId,
    source_id: s.sourceId,
    claim_ids: json(s.claimIds),
    basis: json(s.basis),
    score: s.score,
    reason: rowSeal(security, 'case_links', id).seal('reason', s.reason),
    state: 'suggested',
    created_at: now,
  };
}
