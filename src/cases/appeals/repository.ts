/**
 * Appeals sent on a man's behalf: who to, what was asked, when filed, when an
 * answer is legally due (the addressee type's rule, or a caseworker's date),
 * and the answer. Addressee, subject and response are sealed per row
 * (case_appeals/<column>/<id>); every change is audited in its transaction by
 * case and appeal id. Filing can also enter status 'appealed' in the history.
 */
import type { z } from '@hono/zod-openapi';
import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Security } from '../../security/services.ts';
import type { CaseAppealTable, DB } from '../../store/db-types.ts';
import { CaseError } from '../errors.ts';
import { addStatus, auditCase, requireCase } from '../repository.ts';
import { newId, rowSeal } from '../sealed.ts';
import { isoDate, isoTime, today } from '../time.ts';
import { classify, dueDate } from './deadlines.ts';
import { type AppealRules, appealRules } from './rules.ts';
import { type Appeal, AppealInput, AppealUpdate } from './schema.ts';

/** A store handle: a Kysely instance, or a transaction already under way. */
export type Db = Kysely<DB> | Transaction<DB>;

export interface AppealOptions {
  /** The due-date rules; by default those of this process (data file and override). */
  rules?: AppealRules;
}

/** Runs `fn` in the caller's transaction, or in a new one. */
export function inTransaction<T>(db: Db, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Transaction<DB>) : db.transaction().execute(fn);
}

/** Files an appeal on a case; its due date comes from the addressee type's rule unless given. */
export async function addAppeal(
  db: Db,
  security: Security,
  actor: string,
  caseId: string,
  input: AppealInput,
  options: AppealOptions = {},
): Promise<Appeal> {
  const a = parse(AppealInput, input);
  const rules = options.rules ?? appealRules();
  const id = newId('appeal');
  const s = rowSeal(security, 'case_appeals', id);
  const now = security.now();
  const respondedOn = a.respondedOn ?? (a.response ? today(now) : null);
  return inTransaction(db, async (trx) => {
    await requireCase(trx, caseId);
    const row = await trx
      .insertInto('case_appeals')
      .values({
        id,
        case_id: caseId,
        addressee_type: a.addresseeType,
        addressee: s.seal('addressee', a.addressee),
        subject: s.seal('subject', a.subject),
        filed_on: a.filedOn,
        due_on: a.dueOn ?? dueDate(a.filedOn, rules.rules[a.addresseeType]),
        response: s.seal('response', a.response),
        responded_on: respondedOn,
        recorded_by: actor,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditCase(trx, security, actor, 'create', caseId, { part: 'appeal', appeal: id });
    if (a.recordStatus) {
      await addStatus(trx, security, actor, caseId, {
        status: 'appealed',
        onDate: a.filedOn,
        evidenceKind: 'document',
        evidenceRef: id,
      });
    } else {
      await trx.updateTable('cases').set({ updated_at: now }).where('id', '=', caseId).execute();
    }
    return openAppeal(security, row, today(now), rules);
  });
}

/** Changes an appeal: the answer and its date, the due date, addressee or subject. */
export async function updateAppeal(
  db: Db,
  security: Security,
  actor: string,
  caseId: string,
  appealId: string,
  change: AppealUpdate,
  options: AppealOptions = {},
): Promise<Appeal> {
  const u = parse(AppealUpdate, change);
  const rules = options.rules ?? appealRules();
  const s = rowSeal(security, 'case_appeals', appealId);
  const now = security.now();
  return inTransaction(db, async (trx) => {
    await requireCase(trx, caseId);
    const was = await requireAppeal(trx, caseId, appealId);
    const filedOn = isoDate(was.filed_on);
    const set: Updateable<CaseAppealTable> = { updated_at: now };
    if (u.addressee !== undefined) set.addressee = s.seal('addressee', u.addressee);
    if (u.subject !== undefined) set.subject = s.seal('subject', u.subject);
    if (u.dueOn !== undefined) set.due_on = notBefore('dueOn', u.dueOn, filedOn);
    if (u.response !== undefined) set.response = s.seal('response', u.response);
    if (u.respondedOn !== undefined)
      set.responded_on = u.respondedOn && notBefore('respondedOn', u.respondedOn, filedOn);
    else if (u.response && !was.responded_on) set.responded_on = today(now);
    const row = await trx
      .updateTable('case_appeals')
      .set(set)
      .where('id', '=', appealId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.updateTable('cases').set({ updated_at: now }).where('id', '=', caseId).execute();
    const fields = Object.keys(u).sort().join(',');
    await auditCase(trx, security, actor, 'update', caseId, { part: 'appeal', appeal: appealId, fields });
    if (u.status) {
      // The answer is the evidence, and its date the date of the change (a release the answer reports).
      const onDate = row.responded_on ? isoDate(row.responded_on) : today(now);
      await addStatus(trx, security, actor, caseId, {
        status: u.status,
        onDate,
        evidenceKind: 'document',
        evidenceRef: appealId,
      });
    }
    return openAppeal(security, row, today(now), rules);
  });
}

/**
 * The appeals of a case, decrypted, oldest filing first, each with where it
 * stands today (security.now()). Not audited here: it is part of reading the
 * case file, which the caller audits.
 */
export async function listAppeals(
  db: Db,
  security: Security,
  caseId: string,
  options: AppealOptions = {},
): Promise<Appeal[]> {
  const rules = options.rules ?? appealRules();
  const rows = await db
    .selectFrom('case_appeals')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('filed_on')
    .orderBy('created_at')
    .execute();
  const day = today(security.now());
  return rows.map((r) => openAppeal(security, r, day, rules));
}

/** The appeal row of this case; throws item_not_found. */
export async function requireAppeal(db: Db, caseId: string, appealId: string) {
  const row = await db
    .selectFrom('case_appeals')
    .selectAll()
    .where('id', '=', appealId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw new CaseError('item_not_found', 'no appeal with this id on this case');
  return row;
}

/** An appeal row decrypted and classified on `today`. */
export function openAppeal(
  security: Security,
  row: Selectable<CaseAppealTable>,
  today: string,
  rules: AppealRules,
): Appeal {
  const s = rowSeal(security, 'case_appeals', row.id);
  const type = row.addressee_type as Appeal['addresseeType'];
  const dueOn = isoDate(row.due_on);
  const respondedOn = row.responded_on ? isoDate(row.responded_on) : null;
  return {
    id: row.id,
    caseId: row.case_id,
    addresseeType: type,
    addressee: s.open('addressee', row.addressee),
    subject: s.open('subject', row.subject),
    filedOn: isoDate(row.filed_on),
    dueOn,
    response: s.open('response', row.response),
    respondedOn,
    ...classify({ dueOn, respondedOn }, today, rules.rules[type].dueSoonDays),
    recordedBy: row.recorded_by,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  };
}

function notBefore(field: string, date: string, filedOn: string): string {
  if (date < filedOn) throw new CaseError('invalid_input', `${field}: must not be before the filing date`);
  return date;
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new CaseError(
    'invalid_input',
    `${issue?.path.join('.') || 'appeal'}: ${issue?.message ?? 'invalid'}`,
  );
}
