/**
 * A caseworker's home screen: the cases assigned to me, what is overdue
 * (my tasks past their date; appeals past their legal due date on cases I
 * work on or nobody does), and what is new (families' reports waiting in
 * triage, public reports suggested for my cases).
 */
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Security } from '../security/services.ts';
import type { DB } from '../store/db-types.ts';
import { listDue } from './appeals/due.ts';
import { DueAppeal } from './appeals/schema.ts';
import { auditCase } from './case-rows.ts';
import { listCases } from './repository.ts';
import { CaseSummary, Task } from './schema.ts';
import { listTasks } from './tasks.ts';
import { today } from './time.ts';

export const CaseHome = z
  .object({
    myCases: z.array(CaseSummary),
    overdueTasks: z.array(Task),
    /** Appeals overdue or due soon, on my cases or cases nobody is assigned to. */
    dueAppeals: z.array(DueAppeal),
    triage: z.array(CaseSummary),
    suggested: z.array(CaseSummary),
  })
  .openapi('CaseHome');
export type CaseHome = z.infer<typeof CaseHome>;

export async function caseHome(db: Kysely<DB>, security: Security, actor: string): Promise<CaseHome> {
  const myCases = await listCases(db, security, actor, { assignee: actor, limit: 100 });
  const tasks = (await listTasks(db, security, { assignee: actor, openOnly: true })).filter((t) => t.overdue);
  // Task titles are case data: their view is audited like the case's.
  for (const caseId of new Set(tasks.map((t) => t.caseId)))
    await auditCase(db, security, actor, 'view', caseId, { part: 'tasks' });
  const dueAppeals = await listDue(db, security, actor, {
    today: today(security.now()),
    assignee: actor,
    orUnassigned: true,
    includeTitles: true,
  });
  const triage = await listCases(db, security, actor, { state: 'triage', limit: 50 });
  return {
    myCases,
    overdueTasks: tasks,
    dueAppeals,
    triage,
    suggested: myCases.filter((c) => c.pendingSuggestions > 0),
  };
}
