/**
 * The PFIF 1.4 vocabulary (http://zesty.ca/pfif/1.4): the namespace, the
 * fields of person and note records in the order the specification lists
 * them (the order an export writes), and the checks of the fields whose
 * values the specification constrains. Pure.
 */

export const PFIF_NS = 'http://zesty.ca/pfif/1.4';
/** Older PFIF namespaces, recognised only to say that they are not 1.4. */
export const OLDER_PFIF_NS = /^http:\/\/zesty\.ca\/pfif\/1\.[0-3]$/;

export const PERSON_FIELDS = [
  'person_record_id',
  'entry_date',
  'expiry_date',
  'author_name',
  'author_email',
  'author_phone',
  'source_name',
  'source_date',
  'source_url',
  'full_name',
  'given_name',
  'family_name',
  'alternate_names',
  'description',
  'sex',
  'date_of_birth',
  'age',
  'home_street',
  'home_neighborhood',
  'home_city',
  'home_state',
  'home_postal_code',
  'home_country',
  'photo_url',
  'profile_urls',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export const NOTE_FIELDS = [
  'note_record_id',
  'person_record_id',
  'linked_person_record_id',
  'entry_date',
  'author_name',
  'author_email',
  'author_phone',
  'source_date',
  'author_made_contact',
  'status',
  'email_of_found_person',
  'phone_of_found_person',
  'last_known_location',
  'text',
  'photo_url',
] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];

export const NOTE_STATUSES = [
  'information_sought',
  'is_note_author',
  'believed_alive',
  'believed_missing',
  'believed_dead',
] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

/** A person record: its fields as non-empty strings (absent when empty). */
export type PersonRecord = Partial<Record<PersonField, string>>;
/** A note record: its fields as non-empty strings (absent when empty). */
export type NoteRecord = Partial<Record<NoteField, string>>;

/** A person with the notes written inside its element. */
export interface PfifPerson {
  person: PersonRecord;
  notes: NoteRecord[];
}

/** A record the parse refused: where it is in the file, the field at fault (null: the whole record) and why. */
export interface RejectedRecord {
  /** "person 2 (example.org/p.17)", "note 1 of person 3": the record's place and id, never a value. */
  record: string;
  field: string | null;
  reason: string;
}

/** A PFIF document: persons (with their nested notes), the notes written at the top level, and the records refused. */
export interface PfifDocument {
  persons: PfifPerson[];
  notes: NoteRecord[];
  rejected: RejectedRecord[];
}

// ---- Value checks ---------------------------------------------------------

const RECORD_ID = /^[^\s/]+\/\S+$/;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const AGE = /^\d{1,3}(-\d{1,3})?$/;

type Check = { test: (value: string) => boolean; expected: string };

const recordId: Check = {
  test: (v) => RECORD_ID.test(v) && v.length <= 500,
  expected: 'must be a record id "domain/local id" of at most 500 characters',
};
const utcTime: Check = {
  test: (v) => UTC_TIME.test(v) && !Number.isNaN(Date.parse(v)),
  expected: 'must be a UTC time yyyy-mm-ddThh:mm:ssZ',
};
const oneOf = (values: readonly string[]): Check => ({
  test: (v) => values.includes(v),
  expected: `must be one of ${values.join(', ')}`,
});

/** The constrained fields and what they must look like; other fields are free text. */
export const FIELD_CHECKS: Readonly<Record<string, Check>> = {
  person_record_id: recordId,
  note_record_id: recordId,
  linked_person_record_id: recordId,
  entry_date: utcTime,
  expiry_date: utcTime,
  source_date: utcTime,
  date_of_birth: {
    test: (v) => PARTIAL_DATE.test(v) && !Number.isNaN(Date.parse(v)),
    expected: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
  },
  age: { test: (v) => AGE.test(v), expected: 'must be a number of years or a range like 30-35' },
  sex: oneOf(['female', 'male', 'other']),
  status: oneOf(NOTE_STATUSES),
  author_made_contact: oneOf(['true', 'false']),
  home_country: { test: (v) => /^[A-Z]{2}$/.test(v), expected: 'must be an ISO 3166-1 code like RU' },
};

/** Longest value of any field (a description or a note's text), in characters. */
export const MAX_FIELD_LENGTH = 20_000;

/** Why `value` is not acceptable for `field`, or null when it is. */
export function checkField(field: string, value: string): string | null {
  if (value.length > MAX_FIELD_LENGTH) return `is longer than ${MAX_FIELD_LENGTH} characters`;
  const check = FIELD_CHECKS[field];
  return check && !check.test(value) ? check.expected : null;
}

/**
 * A value as XML can carry it: line breaks as \n (XML parsers turn \r\n into
 * \n anyway) and without the characters XML 1.0 cannot hold at all.
 */
export function xmlSafe(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[^\t\n\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .trim();
}
