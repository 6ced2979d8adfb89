/**
 * What a PFIF record becomes in a case file (pure): a person becomes a case
 * in triage with the man's name, birth date and region, the record's author
 * as a family contact, and one case note a caseworker can read (the
 * description and the fields no column holds); a note becomes a status entry
 * (when its status says one), a whereabouts entry (its last known location)
 * and a contact-log entry (its text and the contacts it gives). The whole
 * record is also kept, encrypted, to be given back by an export.
 *
 * Inputs are checked with the case file's own schemas, so a value too long
 * for a column is refused with the record and the PFIF field named.
 */
import type { ZodType } from 'zod';
import { CaseError } from '../errors.ts';
import {
  CaseInput,
  type CaseStatus,
  ContactInput,
  FamilyInput,
  StatusInput,
  WhereaboutsInput,
} from '../schema.ts';
import type { NoteRecord, NoteStatus, PersonRecord } from './fields.ts';

/** Maps a home_state (and home_country) to an ISO 3166-2 code, or null when it names no known region. */
export type RegionResolver = (state: string, country: string | undefined) => string | null;

export interface PersonPlan {
  caseInput: CaseInput;
  family: FamilyInput | null;
  /** The case note: description, then the other fields, labelled. */
  noteBody: string | null;
  /** What the case columns got at import: an export gives back the record's own fields while they still hold. */
  meta: ImportMeta;
}

export interface ImportMeta {
  fullName: string;
  region: string | null;
}

export interface NotePlan {
  status: StatusInput | null;
  whereabouts: WhereaboutsInput | null;
  contact: ContactInput | null;
}

/**
 * How PFIF note statuses enter the status history. believed_alive has no
 * case status: "alive" says nothing of where he is, and 'unknown' would
 * replace a known detention with less; it stays a line in the contact log.
 */
export const STATUS_OF_NOTE: Partial<Record<NoteStatus, CaseStatus>> = {
  believed_missing: 'missing',
  believed_dead: 'deceased',
};

const LIMITS = { summary: 10_000, place: 300, howKnown: 2000 };

/** The name a person record gives: full_name, else given and family names. */
export function nameOf(person: PersonRecord): string {
  return person.full_name ?? [person.given_name, person.family_name].filter(Boolean).join(' ');
}

export function planPerson(person: PersonRecord, label: string, resolveRegion: RegionResolver): PersonPlan {
  const fullName = nameOf(person);
  const region = person.home_state ? resolveRegion(person.home_state, person.home_country) : null;
  const caseInput = valid(CaseInput, label, {
    kind: 'person',
    personName: fullName,
    birthDate: person.date_of_birth,
    region: region ?? undefined,
  }) as CaseInput;
  const contact = person.author_phone ?? person.author_email;
  const family =
    person.author_name || contact
      ? (valid(FamilyInput, label, {
          name: person.author_name,
          relation: 'author of the PFIF record',
          contact,
        }) as FamilyInput)
      : null;
  return { caseInput, family, noteBody: personNote(person), meta: { fullName, region } };
}

function personNote(p: PersonRecord): string | null {
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ') || undefined;
  const lines = labelled([
    ['Given name', p.given_name],
    ['Family name', p.family_name],
    ['Other names', p.alternate_names?.split('\n').join('; ')],
    ['Sex', p.sex],
    ['Age', p.age],
    [
      'Home',
      join(p.home_street, p.home_neighborhood, p.home_city, p.home_state, p.home_postal_code, p.home_country),
    ],
    ['Photo', p.photo_url],
    ['Profiles', p.profile_urls?.split('\n').join(' ')],
    ['Record author', join(p.author_name, p.author_email, p.author_phone)],
    ['Source', join(p.source_name, p.source_date, p.source_url)],
    ['Expires', p.expiry_date],
  ]);
  const details = `From the PFIF record ${p.person_record_id}.\n${lines.join('\n')}`.trim();
  const body = p.description ? `${p.description}\n\n${details}` : details;
  return body.slice(0, 20_000);
}

export function planNote(note: NoteRecord, label: string, today: string): NotePlan {
  const id = note.note_record_id ?? '';
  const when = note.source_date ?? note.entry_date;
  const onDate = when ? when.slice(0, 10) : today;
  const mapped = note.status ? STATUS_OF_NOTE[note.status as NoteStatus] : undefined;
  const status = mapped
    ? (valid(StatusInput, label, {
        status: mapped,
        onDate,
        evidenceKind: 'import',
        evidenceRef: id.length <= 200 ? id : undefined,
      }) as StatusInput)
    : null;
  const whereabouts = note.last_known_location
    ? (valid(WhereaboutsInput, label, {
        place: clip(note.last_known_location, LIMITS.place),
        since: onDate,
        howKnown: clip(
          `PFIF note ${id}${note.author_name ? ` by ${note.author_name}` : ''}`,
          LIMITS.howKnown,
        ),
      }) as WhereaboutsInput)
    : null;
  const summary = contactSummary(note, mapped !== undefined);
  const contact = summary
    ? (valid(ContactInput, label, {
        at: when ? new Date(when).toISOString() : undefined,
        channel: 'other',
        direction: 'in',
        counterpart: note.author_name ? clip(note.author_name, 200) : undefined,
        summary,
      }) as ContactInput)
    : null;
  return { status, whereabouts, contact };
}

/** The note's text and what else it tells a caseworker, or null when it has nothing of the kind. */
function contactSummary(note: NoteRecord, statusRecorded: boolean): string | null {
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ') || undefined;
  const lines = labelled([
    ['PFIF status', !statusRecorded && note.status ? note.status.replace(/_/g, ' ') : undefined],
    ['Author made contact with him', note.author_made_contact === 'true' ? 'yes' : undefined],
    ['Author', join(note.author_email, note.author_phone)],
    ['Contact of the person found', join(note.email_of_found_person, note.phone_of_found_person)],
    ['Same person as PFIF record', note.linked_person_record_id],
    ['Photo', note.photo_url],
  ]);
  const body = [note.text, lines.join('\n')].filter(Boolean).join('\n\n');
  if (!body) return null;
  const more = '\n[shortened: the whole note is kept with its PFIF record]';
  return body.length <= LIMITS.summary ? body : body.slice(0, LIMITS.summary - more.length) + more;
}

function labelled(pairs: [string, string | undefined][]): string[] {
  return pairs.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`);
}

function clip(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/** The domain of a PFIF record id, lower case ("Finder.example.org/person.1" → "finder.example.org"). */
export function recordDomain(recordId: string): string {
  const slash = recordId.indexOf('/');
  return (slash < 0 ? recordId : recordId.slice(0, slash)).toLowerCase();
}

/** The case a note would be written onto, as far as the import is concerned. */
export interface NoteTarget {
  /** Opened by this import, from a person record of the same file: nothing existing is changed. */
  openedNow: boolean;
  /** The person_record_id the case was cloned from; null for a case opened in this store. */
  cloneOf: string | null;
}

/**
 * Whether a note (not already in the store, not one of its own entries) may
 * write onto `target`: onto a case this import opens, or onto a clone of a
 * record of the note's own domain (that repository adding to its own
 * person). Anything else is refused, naming the record and the field: a
 * note from another domain may not change a case opened here (anyone can
 * write a note naming our person_record_id) nor a clone of a third party's
 * record; a note under our own domain that is not one of our entries is
 * not ours either (forged, or an entry deleted since the export).
 */
export function checkNoteTarget(noteId: string, target: NoteTarget, label: string): void {
  if (target.openedNow) return;
  const from = recordDomain(noteId);
  if (target.cloneOf !== null && recordDomain(target.cloneOf) === from) return;
  const onto =
    target.cloneOf === null
      ? 'a case of this store (only its own entries, exported and coming back, are recognised)'
      : `a case imported from ${recordDomain(target.cloneOf)}`;
  throw new CaseError(
    'pfif_invalid',
    `${label}, field note_record_id: a note from ${from} may not change ${onto}; ` +
      'remove the note from the file, or record what it says by hand',
  );
}

/** Which PFIF field each case-file input field came from, for error messages. */
const SOURCE_FIELD: Record<string, string> = {
  personName: 'full_name',
  title: 'full_name',
  birthDate: 'date_of_birth',
  name: 'author_name',
  contact: 'author_phone/author_email',
  counterpart: 'author_name',
  place: 'last_known_location',
  onDate: 'source_date',
  at: 'source_date',
};

function valid<T>(schema: ZodType<T>, label: string, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const field = SOURCE_FIELD[key] ?? key;
  throw new CaseError('pfif_invalid', `${label}, field ${field}: ${issue?.message ?? 'invalid'}`);
}
