/**
 * Importing a PFIF 1.4 document into case files, in one transaction: every
 * record of the file is written, or (on the first bad record) none. Each
 * person becomes a case in triage whose external id is its person_record_id;
 * a record already imported (or a case exported from this store coming back)
 * is recognised by its id, so importing the same file twice changes nothing.
 * A newer version of a known person (later source_date) replaces the kept
 * copy and adds a case note; the case's own fields are the caseworkers' and
 * are left as they are. The import is audited with its counts.
 *
 * Only ids under the installation's own domain can name a case opened here
 * (own-records.ts). A record from another domain becomes, at most, a clone
 * of its own; a note may write only onto a case this import opens or onto a
 * clone of a record of its own domain, and is refused otherwise
 * (checkNoteTarget): a stranger's file cannot add a status to our cases.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { addContact, addFamily, addStatus, addWhereabouts } from '../entries.ts';
import { today } from '../time.ts';
import { DEFAULT_DOMAIN } from './export.ts';
import type { NoteRecord, PersonRecord } from './fields.ts';
import { checkNoteTarget, planNote, planPerson, type RegionResolver } from './import-plan.ts';
import { caseOfPerson, cloneOf, isOwnEntry } from './own-records.ts';
import { parsePfifOffLoop } from '../../ingest/worker/index.ts';
import { findPerson, hasNote, insertNoteRecord, insertPersonRecord, replacePersonRecord } from './records.ts';
import { defaultRegionResolver } from './regions.ts';
import { insertCase, insertCaseNote } from './writes.ts';

export interface ImportOptions {
  /** Names the input in error messages: a file name, "the request body". */
  source: string;
  resolveRegion?: RegionResolver;
  /**
   * The installation's own PFIF domain (default objector.invalid, as the
   * export's): only record ids under it can name a case opened here.
   */
  ownDomain?: string;
}

export interface ImportReport {
  personsCreated: number;
  personsUpdated: number;
  personsUnchanged: number;
  notesImported: number;
  /** Notes already in the store (imported before, or exported from here). */
  notesSkipped: number;
  /** Top-level notes about a person neither in the file nor in the store: not imported. */
  notesWithoutPerson: number;
}

interface Run {
  trx: Transaction<DB>;
  security: Security;
  actor: string;
  options: ImportOptions;
  report: ImportReport;
  /** person_record_id → case id, for the top-level notes. */
  cases: Map<string, string>;
  /** The cases this import opened: its notes may write onto them, nothing existing is changed. */
  opened: Set<string>;
  ownDomain: string;
}

/** Parses and imports `xml`. Throws CaseError('pfif_invalid') naming the record and field; nothing is written then. */
export async function importPfif(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  xml: string,
  options: ImportOptions,
): Promise<ImportReport> {
  // Parsed on a worker thread, within a time and memory budget: a hostile file never blocks the server.
  const doc = await parsePfifOffLoop(xml, options.source);
  const report: ImportReport = {
    personsCreated: 0,
    personsUpdated: 0,
    personsUnchanged: 0,
    notesImported: 0,
    notesSkipped: 0,
    notesWithoutPerson: 0,
  };
  await db.transaction().execute(async (trx) => {
    const ownDomain = options.ownDomain ?? DEFAULT_DOMAIN;
    const run: Run = {
      trx,
      security,
      actor,
      options,
      report,
      cases: new Map(),
      opened: new Set(),
      ownDomain,
    };
    for (const [i, { person, notes }] of doc.persons.entries()) {
      const label = `${options.source}: person ${i + 1} (${person.person_record_id})`;
      const caseId = await importPerson(run, person, label);
      run.cases.set(person.person_record_id as string, caseId);
      for (const [j, note] of notes.entries()) {
        await importNote(run, caseId, note, `${label}, note ${j + 1} (${note.note_record_id})`);
      }
    }
    for (const [i, note] of doc.notes.entries()) {
      const personId = note.person_record_id as string;
      const caseId = run.cases.get(personId) ?? (await caseOfPerson(trx, personId, ownDomain));
      const label = `${options.source}: note ${i + 1} (${note.note_record_id})`;
      if (caseId) await importNote(run, caseId, note, label);
      else report.notesWithoutPerson++;
    }
    await security.audit.record(trx, {
      actor,
      action: 'import',
      targetKind: 'cases',
      details: auditDetails(report),
    });
  });
  return report;
}

/** The counts in the audit's snake_case. */
function auditDetails(r: ImportReport) {
  return {
    format: 'pfif',
    persons_created: r.personsCreated,
    persons_updated: r.personsUpdated,
    persons_unchanged: r.personsUnchanged,
    notes_imported: r.notesImported,
    notes_skipped: r.notesSkipped,
    notes_without_person: r.notesWithoutPerson,
  };
}

async function importPerson(run: Run, person: PersonRecord, label: string): Promise<string> {
  const { trx, security, actor, report } = run;
  const id = person.person_record_id as string;
  const resolve = run.options.resolveRegion ?? defaultRegionResolver;
  const plan = planPerson(person, label, resolve);
  const stored = await findPerson(trx, security, id);
  if (stored) {
    if (!isNewer(person, stored.record)) {
      report.personsUnchanged++;
      return stored.caseId;
    }
    await replacePersonRecord(trx, security, stored, person);
    const before = planPerson(stored.record, label, resolve).noteBody;
    if (plan.noteBody && plan.noteBody !== before) {
      await insertCaseNote(trx, security, actor, stored.caseId, {
        author: 'PFIF import',
        body: plan.noteBody,
      });
    }
    report.personsUpdated++;
    return stored.caseId;
  }
  const own = await caseOfPerson(trx, id, run.ownDomain);
  if (own) {
    report.personsUnchanged++;
    return own;
  }
  const caseId = await insertCase(trx, security, actor, plan.caseInput, id);
  if (plan.family) await addFamily(trx, security, actor, caseId, plan.family);
  if (plan.noteBody)
    await insertCaseNote(trx, security, actor, caseId, { author: 'PFIF import', body: plan.noteBody });
  await insertPersonRecord(trx, security, caseId, person, plan.meta);
  run.opened.add(caseId);
  report.personsCreated++;
  return caseId;
}

async function importNote(run: Run, caseId: string, note: NoteRecord, label: string): Promise<void> {
  const { trx, security, actor, report } = run;
  const id = note.note_record_id as string;
  if ((await hasNote(trx, id)) || (await isOwnEntry(trx, caseId, id, run.ownDomain))) {
    report.notesSkipped++;
    return;
  }
  const openedNow = run.opened.has(caseId);
  checkNoteTarget(id, { openedNow, cloneOf: openedNow ? null : await cloneOf(trx, caseId) }, label);
  const plan = planNote(note, label, today(security.now()));
  const status = plan.status ? await addStatus(trx, security, actor, caseId, plan.status) : null;
  const where = plan.whereabouts
    ? await addWhereabouts(trx, security, actor, caseId, plan.whereabouts)
    : null;
  const contact = plan.contact ? await addContact(trx, security, actor, caseId, plan.contact) : null;
  await insertNoteRecord(trx, security, caseId, note, {
    statusId: status?.id ?? null,
    whereaboutsId: where?.id ?? null,
    contactId: contact?.id ?? null,
  });
  report.notesImported++;
}

/** A later source_date than the kept copy's (a record without one is never newer). */
function isNewer(incoming: PersonRecord, kept: PersonRecord): boolean {
  if (!incoming.source_date) return false;
  if (!kept.source_date) return true;
  return Date.parse(incoming.source_date) > Date.parse(kept.source_date);
}
