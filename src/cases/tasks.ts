/**
 * Tasks on a case: what must be done, by whom, by when. A task's title may
 * name people, so it is sealed; the assignee is an account id.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Security } from '../security/services.ts';
import type { CaseTaskTable, DB } from '../store/db-types.ts';
import { auditCase, requireCase } from './case-rows.ts';
import { CaseError } from './errors.ts';
import type { Task, TaskInput, TaskUpdate } from './schema.ts';
import { newId, rowSeal } from './sealed.ts';
import { isoDate, isoTime, today } from './time.ts';

export async function addTask(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  caseId: string,
  input: TaskInput,
): Promise<Task> {
  return db.transaction().execute(async (trx) => {
    await requireCase(trx, caseId);
    if (input.assignee) await requireAssignable(trx, input.assignee);
    const id = newId('task');
    const row = await trx
      .insertInto('case_tasks')
      .values({
        id,
        case_id: caseId,
        title: rowSeal(security, 'case_tasks', id).seal('title', input.title) as string,
        assignee: input.assignee ?? null,
        due_on: input.dueOn ?? null,
        created_by: actor,
        created_at: security.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditCase(trx, security, actor, 'update', caseId, { part: 'task', task: id });
    return openTask(security, row, today(security.now()));
  });
}

export async function updateTask(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  caseId: string,
  taskId: string,
  change: TaskUpdate,
): Promise<Task> {
  return db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom('case_tasks')
      .select('id')
      .where('id', '=', taskId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!found) throw new CaseError('item_not_found', 'no task with this id in this case');
    if (change.assignee) await requireAssignable(trx, change.assignee);
    const set: { done_at?: Date | null; assignee?: string | null; due_on?: string | null } = {};
    if (change.done !== undefined) set.done_at = change.done ? security.now() : null;
    if (change.assignee !== undefined) set.assignee = change.assignee;
    if (change.dueOn !== undefined) set.due_on = change.dueOn;
    const row = await trx
      .updateTable('case_tasks')
      .set(set)
      .where('id', '=', taskId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditCase(trx, security, actor, 'update', caseId, { part: 'task', task: taskId });
    return openTask(security, row, today(security.now()));
  });
}

export interface TaskFilter {
  caseId?: string;
  assignee?: string;
  openOnly?: boolean;
}

/** Tasks, by due date (undated last); the caller audits the view of the case(s). */
export async function listTasks(
  db: Kysely<DB> | Transaction<DB>,
  security: Security,
  filter: TaskFilter,
): Promise<Task[]> {
  let q = db.selectFrom('case_tasks').selectAll();
  if (filter.caseId) q = q.where('case_id', '=', filter.caseId);
  if (filter.assignee) q = q.where('assignee', '=', filter.assignee);
  if (filter.openOnly) q = q.where('done_at', 'is', null);
  const rows = await q
    .orderBy('due_on', (o) => o.asc().nullsLast())
    .orderBy('created_at')
    .limit(500)
    .execute();
  const day = today(security.now());
  return rows.map((r) => openTask(security, r, day));
}

async function requireAssignable(trx: Transaction<DB>, userId: string) {
  const user = await trx
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('disabled', '=', false)
    .where('role', 'in', ['admin', 'caseworker'])
    .executeTakeFirst();
  if (!user)
    throw new CaseError('invalid_input', 'a task can be assigned only to an active caseworker or admin');
}

function openTask(security: Security, row: Selectable<CaseTaskTable>, day: string): Task {
  const dueOn = row.due_on ? isoDate(row.due_on) : null;
  return {
    id: row.id,
    caseId: row.case_id,
    title: rowSeal(security, 'case_tasks', row.id).open('title', row.title) as string,
    assignee: row.assignee,
    dueOn,
    doneAt: row.done_at ? isoTime(row.done_at) : null,
    overdue: row.done_at === null && dueOn !== null && dueOn < day,
    createdBy: row.created_by,
    createdAt: isoTime(row.created_at),
  };
}
