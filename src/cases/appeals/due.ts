/**
 * What is due across the casework: unanswered appeals on cases not closed
 * that are past their due date or close to it. The list carries ids, the
 * case reference and dates; the case title (which names people) is decrypted
 * only when asked for. Each case listed is audited as viewed.
 */
import type { Security } from '../../security/services.ts';
import { auditCase } from '../repository.ts';
import type { AddresseeType } from '../schema.ts';
import { rowSeal } from '../sealed.ts';
import { isoDate } from '../time.ts';
import { addDays, classify } from './deadlines.ts';
import { type Db, inTransaction } from './repository.ts';
import { type AppealRules, appealRules } from './rules.ts';
import type { DueAppeal } from './schema.ts';

const LIMIT = 1000;

export interface DueFilter {
  /** The calendar day to judge on (YYYY-MM-DD). */
  today: string;
  /** "Due soon" means within this many days; by default each addressee type's own window. */
  withinDays?: number;
  /** Only cases this user is assigned to… */
  assignee?: string;
  /** …or that nobody is assigned to. */
  orUnassigned?: boolean;
  /** Decrypt each case's title (names people: ask only when a person reads the list). */
  includeTitles?: boolean;
  rules?: AppealRules;
}

/** Overdue and soon-due appeals, most overdue first. */
export async function listDue(
  db: Db,
  security: Security,
  actor: string,
  filter: DueFilter,
): Promise<DueAppeal[]> {
  const rules = filter.rules ?? appealRules();
  const window = filter.withinDays ?? Math.max(...Object.values(rules.rules).map((r) => r.dueSoonDays));
  return inTransaction(db, async (trx) => {
    let q = trx
      .selectFrom('case_appeals as a')
      .innerJoin('cases as c', 'c.id', 'a.case_id')
      .select(['a.id', 'a.case_id', 'a.addressee_type', 'a.filed_on', 'a.due_on', 'c.ref', 'c.title'])
      .where('a.responded_on', 'is', null)
      .where('c.state', '<>', 'closed')
      .where('a.due_on', '<=', addDays(filter.today, window));
    if (filter.assignee) {
      const user = filter.assignee;
      q = q.where((eb) => {
        const mine = eb.exists(
          eb
            .selectFrom('case_assignees as s')
            .select('s.case_id')
            .whereRef('s.case_id', '=', 'c.id')
            .where('s.user_id', '=', user),
        );
        if (!filter.orUnassigned) return mine;
        const nobody = eb.not(
          eb.exists(
            eb.selectFrom('case_assignees as s').select('s.case_id').whereRef('s.case_id', '=', 'c.id'),
          ),
        );
        return eb.or([mine, nobody]);
      });
    }
    const rows = await q.orderBy('a.due_on').orderBy('c.ref').orderBy('a.id').limit(LIMIT).execute();
    const due: DueAppeal[] = [];
    for (const r of rows) {
      const type = r.addressee_type as AddresseeType;
      const dueOn = isoDate(r.due_on);
      const soon = filter.withinDays ?? rules.rules[type].dueSoonDays;
      const state = classify({ dueOn, respondedOn: null }, filter.today, soon);
      if (state.state !== 'overdue' && state.state !== 'due_soon') continue;
      due.push({
        caseId: r.case_id,
        caseRef: r.ref,
        appealId: r.id,
        addresseeType: type,
        filedOn: isoDate(r.filed_on),
        dueOn,
        state: state.state,
        daysOverdue: state.daysOverdue,
        daysRemaining: state.daysRemaining,
        ...(filter.includeTitles
          ? { title: rowSeal(security, 'cases', r.case_id).open('title', r.title) as string }
          : {}),
      });
    }
    const perCase = new Map<string, number>();
    for (const d of due) perCase.set(d.caseId, (perCase.get(d.caseId) ?? 0) + 1);
    for (const [caseId, count] of perCase)
      await auditCase(trx, security, actor, 'view', caseId, {
        part: 'appeal',
        list: 'due',
        count,
        titles: !!filter.includeTitles,
      });
    return due;
  });
}
