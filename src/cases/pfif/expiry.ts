/**
 * Expired PFIF records (pure). PFIF 1.4: after its expiry_date a person
 * record must no longer expose personal data; what may remain is a
 * placeholder of person_record_id, entry_date, expiry_date and source_date
 * (Person Finder's validator, validate_expired_records_removed), and no
 * note about it.
 */
import type { PersonRecord } from './fields.ts';

/** The fields an expired person record keeps. */
export const PLACEHOLDER_FIELDS = ['person_record_id', 'entry_date', 'expiry_date', 'source_date'] as const;

/** True when the record has an expiry_date at or before `now`. */
export function isExpired(person: PersonRecord, now: Date): boolean {
  const expiry = person.expiry_date ? Date.parse(person.expiry_date) : Number.NaN;
  return !Number.isNaN(expiry) && expiry <= now.getTime();
}

/** The record without its personal data: only the placeholder fields are left. */
export function placeholderOf(person: PersonRecord): PersonRecord {
  const out: PersonRecord = {};
  for (const field of PLACEHOLDER_FIELDS) if (person[field]) out[field] = person[field];
  return out;
}

/**
 * The placeholder an export gives for an expired record: its id, the expiry
 * date, and source and entry dates both set to the expiry (Person Finder
 * requires them equal, and not after the expiry).
 */
export function exportedPlaceholder(person: PersonRecord): PersonRecord {
  const when = person.expiry_date as string;
  return {
    person_record_id: person.person_record_id as string,
    entry_date: when,
    expiry_date: when,
    source_date: when,
  };
}
