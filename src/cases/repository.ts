/**
 * Case files: opening a case, reading it whole, listing, changing its core
 * fields and who works on it. Personal fields are sealed with rowSeal
 * (bound to cases/<column>/<id>); every read of a case and every change is
 * audited in the same transaction, by case id only.
 *
 * The dated entries (status, whereabouts, contacts, family) are in entries.ts,
 * tasks in tasks.ts; appeals, links, challenges and PFIF in their folders.
 */
import { randomInt } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { blindIndex } from '../security/crypto/blind-index.ts';
import { normaliseForIndex } from '../security/crypto/normalise.ts';
import type { Security } from '../security/services.ts';
import type { DB } from '../store/db-types.ts';
import { auditCase, openCase, requireCase } from './case-rows.ts';
import {
  addContact,
  addFamily,
  addStatus,
  addWhereabouts,
  openContact,
  openFamily,
  openStatus,
  openWhereabouts,
} from './entries.ts';
import { CaseError } from './errors.ts';
import type { CaseFile, CaseInput, CaseOrigin, CaseState, CaseSummary, CaseUpdate } from './schema.ts';
import { CaseInput as CaseInputSchema } from './schema.ts';
import { writeNameTokens } from './search/name-tokens.ts';
import { newId, rowSeal } from './sealed.ts';
import { summarise } from './summary.ts';
import { listTasks } from './tasks.ts';
import { today } from './time.ts';

export { addContact, addFamily, addStatus, addWhereabouts, auditCase, openCase, requireCase };
export { type CaseFilter, listCases } from './search/list.ts';

const NAME_PURPOSE = 'cases.person_name';
/** Crockford-like alphabet without 0/O, 1/I/L, U: a reference read out over the phone stays unambiguous. */
const REF_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

export interface CreateOptions {
  origin?: CaseOrigin;
  state?: CaseState;
  externalId?: string;
  /** More writes in the same transaction (a family's report adds contacts and a status). */
  within?: (trx: Transaction<DB>, caseId: string) => Promise<void>;
}

/** Opens a case; an initial status, when given, enters the history with the caseworker as evidence. */
export async function createCase(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  input: CaseInput,
  options: CreateOptions = {},
): Promise<CaseSummary> {
  return db.transaction().execute(async (trx) => {
    const id = await insertCase(trx, security, actor, input, options);
    await options.within?.(trx, id);
    return summarise(trx, security, await requireCase(trx, id));
  });
}

/**
 * The case row (and its initial status), inside the caller's transaction:
 * for use cases that write a case with other things at once (a PFIF file).
 * Returns the new case's id.
 */
export async function insertCase(
  trx: Transaction<DB>,
  security: Security,
  actor: string,
  input: CaseInput,
  options: Omit<CreateOptions, 'within'> = {},
): Promise<string> {
  const c = CaseInputSchema.parse(input);
  const id = newId('case');
  const s = rowSeal(security, 'cases', id);
  const now = security.now();
  await trx
    .insertInto('cases')
    .values({
      id,
      ref: await freshRef(trx),
      kind: c.kind,
      state: options.state ?? 'open',
      origin: options.origin ?? 'caseworker',
      title: s.seal('title', c.title ?? c.personName ?? '') as string,
      person_name: s.seal('person_name', c.personName),
      name_index: c.personName ? nameIndex(security, c.personName) : null,
      birth_date: s.seal('birth_date', c.birthDate),
      unit: s.seal('unit', c.unit),
      last_contact_on: s.seal('last_contact_on', c.lastContactOn),
      group_size: c.groupSize ?? null,
      region: c.region ?? null,
      external_id: options.externalId ?? null,
      created_by: actor,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await writeNameTokens(trx, security, id, c.personName);
  await auditCase(trx, security, actor, 'create', id, { origin: options.origin ?? 'caseworker' });
  if (c.status) {
    const onDate = c.statusOn ?? today(now);
    await addStatus(trx, security, actor, id, { status: c.status, onDate, evidenceKind: 'other' });
  }
  return id;
}

/** The whole case file; the view is audited. Throws case_not_found. */
export async function readCase(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  id: string,
): Promise<CaseFile> {
  return db.transaction().execute(async (trx) => {
    const row = await requireCase(trx, id);
    const status = await trx
      .selectFrom('case_status')
      .selectAll()
      .where('case_id', '=', id)
      .orderBy('on_date')
      .orderBy('recorded_at')
      .execute();
    const where = await trx
      .selectFrom('case_whereabouts')
      .selectAll()
      .where('case_id', '=', id)
      .orderBy('since')
      .orderBy('recorded_at')
      .execute();
    const contacts = await trx
      .selectFrom('case_contacts')
      .selectAll()
      .where('case_id', '=', id)
      .orderBy('at')
      .execute();
    const family = await trx
      .selectFrom('case_family')
      .selectAll()
      .where('case_id', '=', id)
      .orderBy('created_at')
      .execute();
    const tasks = await listTasks(trx, security, { caseId: id });
    await auditCase(trx, security, actor, 'view', id);
    const open = openCase(security, row);
    return {
      ...(await summarise(trx, security, row)),
      personName: open.personName,
      birthDate: open.birthDate,
      unit: open.unit,
      lastContactOn: open.lastContactOn,
      groupSize: row.group_size,
      externalId: row.external_id,
      statusHistory: status.map((r) => openStatus(security, r)),
      whereabouts: where.map((r) => openWhereabouts(security, r)),
      contacts: contacts.map((r) => openContact(security, r)),
      family: family.map((r) => openFamily(security, r)),
      tasks,
    };
  });
}

/** Changes the core fields or the state (triage → open → closed). */
export async function updateCase(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  id: string,
  change: CaseUpdate,
): Promise<CaseSummary> {
  return db.transaction().execute(async (trx) => {
    const row = await requireCase(trx, id);
    const s = rowSeal(security, 'cases', id);
    const set: Record<string, unknown> = { updated_at: security.now() };
    if (change.state !== undefined) set.state = change.state;
    if (change.title !== undefined) set.title = s.seal('title', change.title);
    if (change.personName !== undefined) {
      set.person_name = s.seal('person_name', change.personName);
      set.name_index = change.personName ? nameIndex(security, change.personName) : null;
    }
    if (change.birthDate !== undefined) set.birth_date = s.seal('birth_date', change.birthDate);
    if (change.unit !== undefined) set.unit = s.seal('unit', change.unit);
    if (change.lastContactOn !== undefined)
      set.last_contact_on = s.seal('last_contact_on', change.lastContactOn);
    if (change.groupSize !== undefined) set.group_size = change.groupSize;
    if (change.region !== undefined) set.region = change.region;
    await trx.updateTable('cases').set(set).where('id', '=', id).execute();
    if (change.personName !== undefined) await writeNameTokens(trx, security, id, change.personName);
    const fields = Object.keys(change).sort().join(',').slice(0, 120);
    await auditCase(trx, security, actor, 'update', id, {
      part: 'case',
      fields,
      ...(change.state && change.state !== row.state ? { state: change.state } : {}),
    });
    return summarise(trx, security, await requireCase(trx, id));
  });
}

export async function deleteCase(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  id: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requireCase(trx, id);
    await trx.deleteFrom('notes').where('subject_kind', '=', 'case').where('subject_id', '=', id).execute();
    await trx.deleteFrom('cases').where('id', '=', id).execute();
    await auditCase(trx, security, actor, 'delete', id);
  });
}

/** Replaces who works on the case; only active caseworkers and admins can be assigned. */
export async function setAssignees(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  id: string,
  userIds: readonly string[],
): Promise<CaseSummary> {
  return db.transaction().execute(async (trx) => {
    await requireCase(trx, id);
    const wanted = [...new Set(userIds)];
    const valid = wanted.length
      ? await trx
          .selectFrom('users')
          .select('id')
          .where('id', 'in', wanted)
          .where('disabled', '=', false)
          .where('role', 'in', ['admin', 'caseworker'])
          .execute()
      : [];
    if (valid.length !== wanted.length) {
      throw new CaseError('invalid_input', 'assignees must be active caseworkers or admins');
    }
    await trx.deleteFrom('case_assignees').where('case_id', '=', id).execute();
    const now = security.now();
    if (wanted.length) {
      await trx
        .insertInto('case_assignees')
        .values(wanted.map((u) => ({ case_id: id, user_id: u, assigned_by: actor, assigned_at: now })))
        .execute();
    }
    await trx.updateTable('cases').set({ updated_at: now }).where('id', '=', id).execute();
    await auditCase(trx, security, actor, 'update', id, { part: 'assignees', count: wanted.length });
    return summarise(trx, security, await requireCase(trx, id));
  });
}

/** Accounts a case can be assigned to (ids and usernames: no personal data). */
export async function assignableUsers(db: Kysely<DB>): Promise<{ userId: string; username: string }[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('disabled', '=', false)
    .where('role', 'in', ['admin', 'caseworker'])
    .orderBy('username')
    .execute();
  return rows.map((r) => ({ userId: r.id, username: r.username }));
}

/** The blind index of a person's name (case, spaces and ё/е folded): finds an earlier case for the same name. */
export function nameIndex(security: Security, name: string): string {
  return blindIndex(security.keyring, name, NAME_PURPOSE, { normalise: normaliseForIndex });
}

/** A random case reference ("K7QX-3MPA") that no case has yet. */
export async function freshRef(trx: Kysely<DB> | Transaction<DB>): Promise<string> {
  for (;;) {
    const chars = Array.from({ length: 8 }, () => REF_ALPHABET[randomInt(REF_ALPHABET.length)]).join('');
    const ref = `${chars.slice(0, 4)}-${chars.slice(4)}`;
    const taken = await trx.selectFrom('cases').select('id').where('ref', '=', ref).executeTakeFirst();
    // A reference given to a family for a report attached to a case is taken too: it leads to that case.
    const given = await trx
      .selectFrom('case_receipts')
      .select('ref')
      .where('ref', '=', ref)
      .executeTakeFirst();
    if (!taken && !given) return ref;
  }
}
