/**
 * The dated entries of a case file: status changes, whereabouts, the contact
 * log and family contacts. Each add runs inside the caller's transaction, so
 * a use case that records several things (a family's report, an accepted
 * link) commits them together with their audit entries, or none of them.
 */
import type { Selectable, Transaction } from 'kysely';
import { blindIndex } from '../security/crypto/blind-index.ts';
import { normaliseContact } from '../security/notes/contact.ts';
import type { Security } from '../security/services.ts';
import type {
  CaseContactTable,
  CaseFamilyTable,
  CaseStatuTable,
  CaseWhereaboutTable,
  DB,
} from '../store/db-types.ts';
import { auditCase, requireCase } from './case-rows.ts';
import type {
  CaseStatus,
  ContactEntry,
  ContactInput,
  EvidenceKind,
  FamilyContact,
  FamilyInput,
  StatusEntry,
  StatusInput,
  Whereabouts,
  WhereaboutsInput,
} from './schema.ts';
import { newId, rowSeal } from './sealed.ts';
import { isoDate, isoTime } from './time.ts';

export const FAMILY_CONTACT_PURPOSE = 'cases.family.contact';

/** Records a status change and makes it the case's current status when it is the latest by date. */
export async function addStatus(
  trx: Transaction<DB>,
  security: Security,
  actor: string,
  caseId: string,
  input: StatusInput,
): Promise<StatusEntry> {
  const row = await requireCase(trx, caseId);
  const id = newId('status');
  const s = rowSeal(security, 'case_status', id);
  const now = security.now();
  const inserted = await trx
    .insertInto('case_status')
    .values({
      id,
      case_id: caseId,
      status: input.status,
      on_date: input.onDate,
      evidence_kind: input.evidenceKind,
      evidence_ref: input.evidenceRef ?? null,
      note: s.seal('note', input.note),
      recorded_by: actor,
      recorded_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const current = row.status_on ? isoDate(row.status_on) : null;
  if (current === null || input.onDate >= current) {
    await trx
      .updateTable('cases')
      .set({ status: input.status, status_on: input.onDate, updated_at: now })
      .where('id', '=', caseId)
      .execute();
  } else {
    await trx.updateTable('cases').set({ updated_at: now }).where('id', '=', caseId).execute();
  }
  await auditCase(trx, security, actor, 'update', caseId, { part: 'status', status: input.status });
  return openStatus(security, inserted);
}

export async function addWhereabouts(
  trx: Transaction<DB>,
  security: Security,
  actor: string,
  caseId: string,
  input: WhereaboutsInput,
): Promise<Whereabouts> {
  await requireCase(trx, caseId);
  const id = newId('where');
  const s = rowSeal(security, 'case_whereabouts', id);
  const row = await trx
    .insertInto('case_whereabouts')
    .values({
      id,
      case_id: caseId,
      place: s.seal('place', input.place) as string,
      place_ref: s.seal('place_ref', input.placeRef),
      since: input.since ?? null,
      how_known: s.seal('how_known', input.howKnown),
      recorded_by: actor,
      recorded_at: security.now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await touch(trx, security, caseId);
  await auditCase(trx, security, actor, 'update', caseId, { part: 'whereabouts' });
  return openWhereabouts(security, row);
}

export async function addContact(
  trx: Transaction<DB>,
  security: Security,
  actor: string,
  caseId: string,
  input: ContactInput,
): Promise<ContactEntry> {
  await requireCase(trx, caseId);
  const id = newId('contact');
  const s = rowSeal(security, 'case_contacts', id);
  const now = security.now();
  const row = await trx
    .insertInto('case_contacts')
    .values({
      id,
      case_id: caseId,
      at: input.at ? new Date(input.at) : now,
      channel: input.channel,
      direction: input.direction,
      counterpart: s.seal('counterpart', input.counterpart),
      summary: s.seal('summary', input.summary) as string,
      recorded_by: actor,
      recorded_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await touch(trx, security, caseId);
  await auditCase(trx, security, actor, 'update', caseId, { part: 'contact', channel: input.channel });
  return openContact(security, row);
}

export async function addFamily(
  trx: Transaction<DB>,
  security: Security,
  actor: string,
  caseId: string,
  input: FamilyInput,
): Promise<FamilyContact> {
  await requireCase(trx, caseId);
  const id = newId('family');
  const s = rowSeal(security, 'case_family', id);
  const contact = input.contact?.trim() || null;
  const row = await trx
    .insertInto('case_family')
    .values({
      id,
      case_id: caseId,
      name: s.seal('name', input.name),
      relation: s.seal('relation', input.relation),
      contact: s.seal('contact', contact),
      contact_index: contact ? familyContactIndex(security, contact) : null,
      created_by: actor,
      created_at: security.now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await touch(trx, security, caseId);
  await auditCase(trx, security, actor, 'update', caseId, { part: 'family' });
  return openFamily(security, row);
}

/** The blind index of a family contact (phone numbers compared by digits). */
export function familyContactIndex(security: Security, contact: string): string {
  return blindIndex(security.keyring, contact, FAMILY_CONTACT_PURPOSE, { normalise: normaliseContact });
}

async function touch(trx: Transaction<DB>, security: Security, caseId: string) {
  await trx.updateTable('cases').set({ updated_at: security.now() }).where('id', '=', caseId).execute();
}

export function openStatus(security: Security, row: Selectable<CaseStatuTable>): StatusEntry {
  const s = rowSeal(security, 'case_status', row.id);
  return {
    id: row.id,
    status: row.status as CaseStatus,
    onDate: isoDate(row.on_date),
    evidenceKind: row.evidence_kind as EvidenceKind,
    evidenceRef: row.evidence_ref,
    note: s.open('note', row.note),
    recordedBy: row.recorded_by,
    recordedAt: isoTime(row.recorded_at),
  };
}

export function openWhereabouts(security: Security, row: Selectable<CaseWhereaboutTable>): Whereabouts {
  const s = rowSeal(security, 'case_whereabouts', row.id);
  return {
    id: row.id,
    place: s.open('place', row.place) as string,
    placeRef: s.open('place_ref', row.place_ref),
    since: row.since ? isoDate(row.since) : null,
    howKnown: s.open('how_known', row.how_known),
    recordedBy: row.recorded_by,
    recordedAt: isoTime(row.recorded_at),
  };
}

export function openContact(security: Security, row: Selectable<CaseContactTable>): ContactEntry {
  const s = rowSeal(security, 'case_contacts', row.id);
  return {
    id: row.id,
    at: isoTime(row.at),
    channel: row.channel as ContactEntry['channel'],
    direction: row.direction as 'in' | 'out',
    counterpart: s.open('counterpart', row.counterpart),
    summary: s.open('summary', row.summary) as string,
    recordedBy: row.recorded_by,
  };
}

export function openFamily(security: Security, row: Selectable<CaseFamilyTable>): FamilyContact {
  const s = rowSeal(security, 'case_family', row.id);
  return {
    id: row.id,
    name: s.open('name', row.name),
    relation: s.open('relation', row.relation),
    contact: s.open('contact', row.contact),
    createdAt: isoTime(row.created_at),
  };
}
