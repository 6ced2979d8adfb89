/**
 * Exporting case files as a PFIF 1.4 document: personal data leaving the
 * system, so each case exported is audited ('export', part 'pfif') in the
 * transaction that reads it. Person cases only (a group case is no person
 * record); persons ordered by person_record_id, so two exports of the same
 * data are the same text.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { auditCase, type CaseRow, openCase } from '../case-rows.ts';
import { openContact, openStatus, openWhereabouts } from '../entries.ts';
import { CaseError } from '../errors.ts';
import type { CaseState } from '../schema.ts';
import { type CaseForExport, type ExportOptions, exportCase } from './export-records.ts';
import type { PfifPerson } from './fields.ts';
import { notesOf, personsOf, type StoredNote } from './records.ts';
import { serialisePfif } from './serialise.ts';

export const DEFAULT_DOMAIN = 'objector.invalid';
export const DEFAULT_SOURCE_NAME = 'objector';
const DOMAIN =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const BATCH = 200;

export interface ExportFilter {
  /** One case only; throws case_not_found when there is no such case. */
  caseId?: string;
  state?: CaseState;
  domain?: string;
  sourceName?: string;
}

export interface ExportResult {
  xml: string;
  persons: number;
  notes: number;
}

export async function exportPfif(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  filter: ExportFilter = {},
): Promise<ExportResult> {
  const options: ExportOptions = {
    domain: filter.domain ?? DEFAULT_DOMAIN,
    sourceName: filter.sourceName?.trim() || DEFAULT_SOURCE_NAME,
    now: security.now(),
  };
  if (!DOMAIN.test(options.domain)) throw new CaseError('invalid_input', 'domain must be a domain name');
  if (options.sourceName.length > 200) throw new CaseError('invalid_input', 'source name is too long');
  const persons = await db.transaction().execute(async (trx) => {
    let q = trx.selectFrom('cases').selectAll().where('kind', '=', 'person');
    if (filter.caseId) q = q.where('id', '=', filter.caseId);
    if (filter.state) q = q.where('state', '=', filter.state);
    const rows = await q.orderBy('id').execute();
    if (filter.caseId && rows.length === 0)
      throw new CaseError('case_not_found', 'no person case with this id');
    const out: PfifPerson[] = [];
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      for (const c of await loadCases(trx, security, batch)) out.push(exportCase(c, options));
      for (const row of batch) await auditCase(trx, security, actor, 'export', row.id, { part: 'pfif' });
    }
    return out;
  });
  persons.sort((a, b) => (a.person.person_record_id ?? '').localeCompare(b.person.person_record_id ?? ''));
  return {
    xml: serialisePfif({ persons, notes: [] }),
    persons: persons.length,
    notes: persons.reduce((n, p) => n + p.notes.length, 0),
  };
}

/** The cases with their entries and kept PFIF copies, decrypted. */
async function loadCases(
  trx: Transaction<DB>,
  security: Security,
  rows: CaseRow[],
): Promise<CaseForExport[]> {
  const ids = rows.map((r) => r.id);
  // One query at a time: a transaction is one connection.
  const status = await trx.selectFrom('case_status').selectAll().where('case_id', 'in', ids).execute();
  const where = await trx.selectFrom('case_whereabouts').selectAll().where('case_id', 'in', ids).execute();
  const contacts = await trx.selectFrom('case_contacts').selectAll().where('case_id', 'in', ids).execute();
  const persons = await personsOf(trx, security, ids);
  const notes = await notesOf(trx, security, ids);
  // Entries made from an imported note go out as that note, not again on their own.
  const fromNotes = new Set(notes.flatMap((n) => n.entryIds).filter((id): id is string => id !== null));
  const own = <T extends { id: string; case_id: string }>(list: T[], caseId: string) =>
    list.filter((r) => r.case_id === caseId && !fromNotes.has(r.id));
  return rows.map((row) => {
    const open = openCase(security, row);
    const kept = persons.get(row.id);
    return {
      id: row.id,
      personName: open.personName,
      title: open.title,
      birthDate: open.birthDate,
      region: row.region,
      createdAt: new Date(row.created_at),
      imported: kept ? { record: kept.record, meta: kept.meta, importedAt: kept.importedAt } : null,
      importedNotes: notes.filter((n: StoredNote) => n.caseId === row.id),
      status: own(status, row.id).map((r) => openStatus(security, r)),
      whereabouts: own(where, row.id).map((r) => openWhereabouts(security, r)),
      contacts: own(contacts, row.id).map((r) => openContact(security, r)),
    };
  });
}
