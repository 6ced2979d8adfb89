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
 * A record the file gets wrong (refused by the parse, or with a value no
 * case column can hold, or a note that may not write where it points) is
 * left out and listed in `rejected` (file, record, field, reason); the good
 * records of the file are imported. An expired person record (expiry_date
 * passed) is taken as PFIF 1.4 asks: without its personal data. The kept
 * copy of a person imported before is cut to the placeholder fields
 * (expiry.ts) and its case gets a note saying so; an unknown one opens no
 * case; the notes about it are not imported.
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
import { CaseError } from '../errors.ts';
import { isExpired, placeholderOf } from './expiry.ts';
import type { NoteRecord, PersonRecord, RejectedRecord } from './fields.ts';
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
  /** Expired person records: taken without their personal data, their notes not imported. */
  personsExpired: number;
  /** Records left out, each named by file, record and field (never a value). */
  rejected: (RejectedRecord & { file: string })[];
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
  /** person_record_ids of expired records in the file: notes about them are not imported. */
  expired: Set<string>;
  ownDomain: string;
}

/**
 * Parses and imports `xml`: the good records, with the bad ones listed in the
 * report. Throws CaseError('pfif_invalid') only when the document itself is
 * not PFIF 1.4 (nothing is written then).
 */
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
    personsExpired: 0,
    rejected: doc.rejected.map((r) => ({ file: options.source, ...r })),
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
      expired: new Set(),
      ownDomain,
    };
    for (const [i, { person, notes }] of doc.persons.entries()) {
      const label = `person ${i + 1} (${person.person_record_id})`;
      const caseId = await orRefuse(run, label, () => importPerson(run, person));
      if (caseId === undefined) {
        for (const note of notes)
          refuseRecord(run, `note ${note.note_record_id}`, null, 'its person was refused');
        continue;
      }
      if (caseId === null) continue;
      run.cases.set(person.person_record_id as string, caseId);
      for (const [j, note] of notes.entries()) {
        const noteLabel = `note ${j + 1} of ${label} (${note.note_record_id})`;
        await orRefuse(run, noteLabel, () => importNote(run, caseId, note));
      }
    }
    for (const [i, note] of doc.notes.entries()) {
      const personId = note.person_record_id as string;
      if (run.expired.has(personId)) continue;
      const caseId = run.cases.get(personId) ?? (await caseOfPerson(trx, personId, ownDomain));
      const label = `note ${i + 1} (${note.note_record_id})`;
      if (caseId) await orRefuse(run, label, () => importNote(run, caseId, note));
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
    persons_expired: r.personsExpired,
    records_rejected: r.rejected.length,
  };
}

/**
 * Runs one record's import; a CaseError('pfif_invalid') (a value no column
 * holds, a note that may not write where it points) refuses that record only.
 * Every such check runs before the record's first write, so nothing of it is
 * left half-written. Returns undefined for a refused record.
 */
async function orRefuse<T>(run: Run, record: string, step: () => Promise<T>): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof CaseError) || error.code !== 'pfif_invalid') throw error;
    // The plan's messages read "<label>, field <name>: <reason>"; the label is given again here.
    const m = /, field ([\w/]+): (.*)$/s.exec(error.message);
    refuseRecord(run, record, m?.[1] ?? null, m?.[2] ?? error.message);
    return undefined;
  }
}

function refuseRecord(run: Run, record: string, field: string | null, reason: string): void {
  run.report.rejected.push({ file: run.options.source, record, field, reason });
}

/** The case the person is (or became), or null for an expired record (its notes are not imported). */
async function importPerson(run: Run, person: PersonRecord): Promise<string | null> {
  const { trx, security, actor, report } = run;
  const id = person.person_record_id as string;
  if (isExpired(person, security.now())) {
    await expirePerson(run, person);
    return null;
  }
  const label = `person (${id})`;
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

/**
 * An expired record: the kept copy of a person imported before is cut to the
 * placeholder (its case gets a note saying so: the case's own fields are the
 * caseworkers'); an unknown one leaves nothing behind.
 */
async function expirePerson(run: Run, person: PersonRecord): Promise<void> {
  const { trx, security, actor } = run;
  const id = person.person_record_id as string;
  run.expired.add(id);
  run.report.personsExpired++;
  const stored = await findPerson(trx, security, id);
  const placeholder = placeholderOf(person);
  if (!stored || JSON.stringify(stored.record) === JSON.stringify(placeholder)) return;
  await replacePersonRecord(trx, security, stored, placeholder);
  await insertCaseNote(trx, security, actor, stored.caseId, {
    author: 'PFIF import',
    body:
      `The PFIF record ${id} expired on ${person.expiry_date}: its personal data was removed from the ` +
      'kept copy, and exports give only its id and dates. What this case file holds is unchanged.',
  });
}

async function importNote(run: Run, caseId: string, note: NoteRecord): Promise<void> {
  const { trx, security, actor, report } = run;
  const id = note.note_record_id as string;
  const label = `note (${id})`;
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
