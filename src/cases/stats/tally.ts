/**
 * Anonymous statistics of the casework: counts only, no case data. Pure:
 * the store hands in bare facts (when a case was opened and its region code,
 * its dated status entries, the instants of its contact-log entries) and
 * gets tables of counts back.
 *
 * What is counted, up to a cut-off instant (exclusive):
 * - cases: those taken on (state open or closed). Triage cases are reports
 *   nobody has checked yet (a stranger or a robot can send one): they are
 *   not casework, and counting them would let a sender watch the public
 *   numbers move with his own report.
 * - consultations: the contact-log entries of those cases (calls, messages,
 *   meetings, forms), by month of the entry.
 * - cases opened, by month of opening.
 * - outcomes: each case's status at the cut-off (its latest status entry
 *   dated before it, recorded before it; 'unknown' without one).
 * - regions: cases by home region (null when not known).
 * - status changes by month: how many cases had a status entry of each kind
 *   dated in each month (a case counts once per month and status).
 * Months are calendar months in UTC.
 *
 * Cases, outcomes, regions and months opened all sum to the same total, and
 * consultations by month to theirs: suppress.ts takes those sums into
 * account. Categories with no cases are left out (absent means 0).
 */
import type { CaseStatus } from '../schema.ts';
import { CASE_STATUSES } from '../schema.ts';
import type { SumConstraint } from './linear.ts';
import type { CaseworkStats, StatCount } from './schema.ts';
import { SUPPRESSION_THRESHOLD, suppressCells } from './suppress.ts';

export interface CaseFact {
  id: string;
  openedAt: Date;
  region: string | null;
}
export interface StatusFact {
  caseId: string;
  status: CaseStatus;
  /** YYYY-MM-DD */
  onDate: string;
  recordedAt: Date;
}
export interface CaseworkFacts {
  cases: readonly CaseFact[];
  statuses: readonly StatusFact[];
  /** The contact-log entries: which case, when. */
  contacts: readonly { caseId: string; at: Date }[];
}

/** Every cell of the publication by key, with the sums that tie them. */
export interface Tally {
  values: Map<string, number>;
  constraints: SumConstraint[];
}

/** Counts the facts before `cutoff` into cells (keys: 'cases', 'opened:2026-03', 'outcome:detained', ...). */
export function tallyCasework(facts: CaseworkFacts, cutoff: Date): Tally {
  const values = new Map<string, number>();
  const bump = (key: string) => values.set(key, (values.get(key) ?? 0) + 1);
  const lastDay = new Date(cutoff.getTime() - 1).toISOString().slice(0, 10);
  const cases = facts.cases.filter((c) => c.openedAt < cutoff);
  const included = new Set(cases.map((c) => c.id));
  const statuses = facts.statuses.filter(
    (s) => included.has(s.caseId) && s.onDate <= lastDay && s.recordedAt < cutoff,
  );
  values.set('cases', cases.length);
  values.set('consultations', 0);
  for (const contact of facts.contacts) {
    if (!included.has(contact.caseId) || contact.at >= cutoff) continue;
    bump('consultations');
    bump(`consult:${month(contact.at)}`);
  }
  for (const c of cases) {
    bump(`opened:${month(c.openedAt)}`);
    bump(`region:${c.region ?? ''}`);
  }
  const latest = new Map<string, StatusFact>();
  const changes = new Set<string>();
  for (const s of statuses) {
    const seen = latest.get(s.caseId);
    if (!seen || s.onDate > seen.onDate || (s.onDate === seen.onDate && s.recordedAt >= seen.recordedAt)) {
      latest.set(s.caseId, s);
    }
    changes.add(`change:${s.onDate.slice(0, 7)}:${s.status}|${s.caseId}`);
  }
  for (const c of cases) bump(`outcome:${latest.get(c.id)?.status ?? 'unknown'}`);
  for (const change of changes) bump(change.split('|')[0]!);
  return { values, constraints: sumConstraints(values.keys()) };
}

/** The sums that tie the cells named by `keys` (every table of cases sums to 'cases', consultations to theirs). */
export function sumConstraints(keys: Iterable<string>): SumConstraint[] {
  const all = [...keys];
  const parts = (prefix: string) => all.filter((k) => k.startsWith(prefix));
  return [
    { total: 'cases', parts: parts('opened:') },
    { total: 'cases', parts: parts('outcome:') },
    { total: 'cases', parts: parts('region:') },
    { total: 'consultations', parts: parts('consult:') },
  ];
}

/** The published tables: with `suppress`, small cells and the cells that would give them away are hidden. */
export function publishCasework(tally: Tally, cutoff: Date, suppress: boolean): CaseworkStats {
  const hidden = suppress ? suppressCells(tally.values, tally.constraints) : new Set<string>();
  const cell = (key: string): StatCount =>
    hidden.has(key)
      ? { count: null, suppressed: true }
      : { count: tally.values.get(key) ?? 0, suppressed: false };
  const rest = (prefix: string) =>
    [...tally.values.keys()]
      .filter((k) => k.startsWith(prefix))
      .sort()
      .map((k) => ({ key: k, rest: k.slice(prefix.length) }));
  const statusOrder = (s: string) => CASE_STATUSES.indexOf(s as CaseStatus);
  return {
    asOf: cutoff.toISOString(),
    suppression: { applied: suppress, threshold: SUPPRESSION_THRESHOLD },
    totals: { cases: cell('cases'), consultations: cell('consultations') },
    consultationsByMonth: rest('consult:').map((r) => ({ month: r.rest, ...cell(r.key) })),
    casesOpenedByMonth: rest('opened:').map((r) => ({ month: r.rest, ...cell(r.key) })),
    outcomes: rest('outcome:')
      .sort((a, b) => statusOrder(a.rest) - statusOrder(b.rest))
      .map((r) => ({ status: r.rest as CaseStatus, ...cell(r.key) })),
    regions: rest('region:')
      .sort((a, b) => (a.rest === '' ? 1 : b.rest === '' ? -1 : a.rest < b.rest ? -1 : 1))
      .map((r) => ({ region: r.rest || null, ...cell(r.key) })),
    statusChangesByMonth: rest('change:')
      .map((r) => {
        const [m, status] = r.rest.split(':') as [string, CaseStatus];
        return { month: m, status, ...cell(r.key) };
      })
      .sort((a, b) =>
        a.month < b.month ? -1 : a.month > b.month ? 1 : statusOrder(a.status) - statusOrder(b.status),
      ),
  };
}

function month(at: Date): string {
  return at.toISOString().slice(0, 7);
}
