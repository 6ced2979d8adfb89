/**
 * What a case file gives to PFIF (pure). A case imported from PFIF gives its
 * record back under its own person_record_id, with the fields a caseworker
 * has changed since (name, birth date, region) taken from the case; an
 * imported note comes back whole under its note_record_id. A case opened
 * here is a person record with the id "<domain>/<case id>", and each entry of
 * its status history, whereabouts and contact log a note with the id
 * "<domain>/<entry id>", so a second export names them the same. The
 * authors are the exporting organisation (caseworkers are never named);
 * family contacts and free notes are not exported.
 */
import type { ContactEntry, StatusEntry, Whereabouts } from '../schema.ts';
import type { NoteRecord, NoteStatus, PersonRecord, PfifPerson } from './fields.ts';
import { exportedPlaceholder, isExpired } from './expiry.ts';
import { type ImportMeta, nameOf } from './import-plan.ts';

export interface ExportOptions {
  /** Domain of the record ids of cases opened here ("objector.invalid" by default). */
  domain: string;
  /** The exporting organisation: author_name and source_name of records made here. */
  sourceName: string;
  /** The time of the export: a kept record whose expiry_date has passed goes out as a placeholder. */
  now: Date;
}

/** A case as an export needs it, already decrypted. */
export interface CaseForExport {
  id: string;
  personName: string | null;
  title: string;
  birthDate: string | null;
  region: string | null;
  createdAt: Date;
  /** The imported person record, when the case came from PFIF. */
  imported: { record: PersonRecord; meta: ImportMeta; importedAt: Date } | null;
  importedNotes: { record: NoteRecord; importedAt: Date }[];
  /** Entries made here (not from an imported note). */
  status: StatusEntry[];
  whereabouts: Whereabouts[];
  contacts: ContactEntry[];
}

const NOTE_STATUS_OF: Partial<Record<string, NoteStatus>> = {
  missing: 'believed_missing',
  deceased: 'believed_dead',
  released: 'believed_alive',
  left_country: 'believed_alive',
};

/** UTC time as PFIF writes it: yyyy-mm-ddThh:mm:ssZ. */
export function pfifTime(value: Date | string): string {
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The person record and its notes, notes ordered by source date and id. */
export function exportCase(c: CaseForExport, options: ExportOptions): PfifPerson {
  // An expired record may carry no personal data and no notes (PFIF 1.4), whatever the case holds.
  if (c.imported && isExpired(c.imported.record, options.now)) {
    return { person: exportedPlaceholder(c.imported.record), notes: [] };
  }
  const person = c.imported ? importedPerson(c, c.imported, options) : localPerson(c, options);
  const id = person.person_record_id as string;
  const notes: NoteRecord[] = [
    ...c.importedNotes.map((n) => ({
      ...n.record,
      person_record_id: id,
      entry_date: pfifTime(n.importedAt),
    })),
    ...c.status.map((s) => statusNote(s, id, options)),
    ...c.whereabouts.map((w) => whereaboutsNote(w, id, options)),
    ...c.contacts.map((e) => contactNote(e, id, options)),
  ].map(inOrder);
  notes.sort(
    (a, b) =>
      (a.source_date ?? '').localeCompare(b.source_date ?? '') ||
      (a.note_record_id ?? '').localeCompare(b.note_record_id ?? ''),
  );
  return { person, notes };
}

function importedPerson(
  c: CaseForExport,
  imported: NonNullable<CaseForExport['imported']>,
  o: ExportOptions,
): PersonRecord {
  const { record, meta } = imported;
  const entry = pfifTime(imported.importedAt);
  // full_name, author_name and source_date are required of every person record (Person Finder's
  // validator); a record that came in with given and family names only, or without an author, gets them.
  const out: PersonRecord = {
    ...record,
    entry_date: entry,
    full_name: record.full_name ?? nameOf(record),
    author_name: record.author_name ?? o.sourceName,
    source_date: record.source_date ?? entry,
  };
  const name = c.personName ?? c.title;
  if (name !== meta.fullName) {
    out.full_name = name;
    delete out.given_name;
    delete out.family_name;
    delete out.alternate_names;
  }
  if (c.birthDate) out.date_of_birth = c.birthDate;
  else delete out.date_of_birth;
  if (c.region !== meta.region) {
    setRegion(out, c.region);
  }
  return out;
}

function localPerson(c: CaseForExport, o: ExportOptions): PersonRecord {
  const created = pfifTime(c.createdAt);
  const out: PersonRecord = {
    person_record_id: `${o.domain}/${c.id}`,
    entry_date: created,
    author_name: o.sourceName,
    source_name: o.sourceName,
    source_date: created,
    full_name: c.personName ?? c.title,
  };
  if (c.birthDate) out.date_of_birth = c.birthDate;
  setRegion(out, c.region);
  return out;
}

/** home_state and home_country from an ISO 3166-2 code ("RU-BU") or a country code ("RU"). */
function setRegion(out: PersonRecord, region: string | null): void {
  delete out.home_state;
  if (!region) return;
  out.home_country = region.slice(0, 2);
  if (region.length > 2) out.home_state = region;
}

const STATUS_WORDS: Record<string, string> = { left_country: 'left the country' };

function statusNote(s: StatusEntry, personId: string, o: ExportOptions): NoteRecord {
  const words = STATUS_WORDS[s.status] ?? s.status;
  return {
    note_record_id: `${o.domain}/${s.id}`,
    person_record_id: personId,
    entry_date: pfifTime(s.recordedAt),
    author_name: o.sourceName,
    source_date: pfifTime(s.recordedAt),
    status: NOTE_STATUS_OF[s.status],
    text: [`Status: ${words}, since ${s.onDate}.`, s.note].filter(Boolean).join('\n'),
  };
}

function whereaboutsNote(w: Whereabouts, personId: string, o: ExportOptions): NoteRecord {
  return {
    note_record_id: `${o.domain}/${w.id}`,
    person_record_id: personId,
    entry_date: pfifTime(w.recordedAt),
    author_name: o.sourceName,
    source_date: pfifTime(w.recordedAt),
    last_known_location: w.place,
    // A note needs its text (Person Finder's validator): the place itself when nothing else is known.
    text: [
      `Last known location: ${w.place}.`,
      w.since ? `Since ${w.since}.` : undefined,
      w.howKnown ?? undefined,
    ]
      .filter(Boolean)
      .join('\n'),
  };
}

function contactNote(e: ContactEntry, personId: string, o: ExportOptions): NoteRecord {
  return {
    note_record_id: `${o.domain}/${e.id}`,
    person_record_id: personId,
    entry_date: pfifTime(e.at),
    author_name: e.direction === 'in' && e.counterpart ? e.counterpart : o.sourceName,
    source_date: pfifTime(e.at),
    text: e.summary,
  };
}

/** Drops empty fields, so records compare equal however they were built. */
function inOrder(note: NoteRecord): NoteRecord {
  return Object.fromEntries(Object.entries(note).filter(([, v]) => v)) as NoteRecord;
}
