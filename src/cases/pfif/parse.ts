/**
 * Reading a PFIF 1.4 document (pure). saxes is a conformant, namespace-aware
 * XML parser: a document that is not well-formed XML stops at the first
 * fault with its line and column. The root must be pfif:pfif in the PFIF 1.4
 * namespace, whatever prefix the document binds to it; elements of other
 * namespaces (extensions) are skipped; an unknown element in the PFIF
 * namespace inside a record, a field given twice, a missing id or name, or a
 * value the specification does not allow refuses that record only: it is left
 * out and listed in `rejected` with the record and the field named, never the
 * value (values are personal data); the other records are read. A fault of
 * the document itself (not XML, wrong root, text or unknown elements outside
 * records) still stops the parse. A DOCTYPE is refused: PFIF has none, and
 * entity declarations are a known way to make a parser misbehave. Elements
 * nested deeper than MAX_PFIF_DEPTH stop the parse at once. Servers run it
 * through parsePfifOffLoop (src/ingest/worker) for a time and memory budget.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { CaseError } from '../errors.ts';
import {
  checkField,
  NOTE_FIELDS,
  type NoteRecord,
  OLDER_PFIF_NS,
  PERSON_FIELDS,
  type PersonRecord,
  PFIF_NS,
  type PfifDocument,
  type RejectedRecord,
  xmlSafe,
} from './fields.ts';

/** Why a record is refused: the field at fault (null: the record as a whole) and what is wrong. */
type Fault = { field: string | null; reason: string };

type Frame =
  | { kind: 'root' }
  | {
      kind: 'person';
      label: string;
      record: Record<string, string>;
      notes: NoteRecord[];
      fault: Fault | null;
    }
  | {
      kind: 'note';
      label: string;
      record: Record<string, string>;
      person: PersonFrame | null;
      fault: Fault | null;
    }
  | { kind: 'field'; name: string; text: string; owner: RecordFrame }
  | { kind: 'foreign' };
type PersonFrame = Extract<Frame, { kind: 'person' }>;
type RecordFrame = Extract<Frame, { kind: 'person' | 'note' }>;

/**
 * Deepest element nesting read. PFIF itself needs four levels (pfif, person,
 * note, field); the rest is room for extensions. Without a cap, nesting made
 * parsing cost grow with the square of the depth (32,000 levels: 9 s).
 */
export const MAX_PFIF_DEPTH = 64;

const PERSON_SET: ReadonlySet<string> = new Set(PERSON_FIELDS);
const NOTE_SET: ReadonlySet<string> = new Set(NOTE_FIELDS);

/**
 * Parses a PFIF 1.4 document. `source` names the input in error messages (a
 * file name, "the request body"). Throws CaseError('pfif_invalid').
 */
export function parsePfif(xml: string, source: string): PfifDocument {
  const doc: PfifDocument = { persons: [], notes: [], rejected: [] };
  const seen = { person: 0, note: 0 };
  const stack: Frame[] = [];
  const parser = new SaxesParser({ xmlns: true });
  const fail = (message: string): never => {
    throw new CaseError('pfif_invalid', `${source}: line ${parser.line}: ${message}`);
  };
  // The first problem with the PFIF structure is kept while the parse goes on to the end:
  // a document that is not well-formed XML is reported as that, whatever else is wrong.
  let problem: CaseError | null = null;
  const guard =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A) => {
      if (problem) return;
      try {
        handler(...args);
      } catch (error) {
        if (!(error instanceof CaseError)) throw error;
        problem = error;
      }
    };
  parser.on('error', (error) => {
    // saxes says "line:column: message", its column being where the next character would be read.
    const m = /^(\d+):(\d+): (.*)$/s.exec(error.message);
    const where = m ? `line ${m[1]}, column ${m[2]}` : `line ${parser.line}`;
    throw new CaseError(
      'pfif_invalid',
      `${source}: ${where}: not well-formed XML: ${(m?.[3] ?? '').slice(0, 150)}`,
    );
  });
  parser.on(
    'xmldecl',
    guard((decl) => {
      // The text arrives decoded as UTF-8 (PFIF's encoding); a document in another would be misread.
      if (decl.encoding && !/^utf-?8$/i.test(decl.encoding)) {
        fail(`the document declares the encoding ${decl.encoding.slice(0, 20)}; PFIF is read as UTF-8`);
      }
    }),
  );
  parser.on(
    'doctype',
    guard(() => fail('a DOCTYPE is not allowed in a PFIF document')),
  );
  const openTag = guard((tag: SaxesTagNS) => stack.push(open(tag, stack.at(-1), seen, fail)));
  parser.on('opentag', (tag) => {
    // Thrown outside the guard: the parse stops here instead of reading on to the end.
    if (stack.length >= MAX_PFIF_DEPTH) {
      throw new CaseError(
        'pfif_invalid',
        `${source}: line ${parser.line}: elements nested more than ${MAX_PFIF_DEPTH} levels deep; PFIF needs four`,
      );
    }
    openTag(tag);
  });
  parser.on(
    'text',
    guard((text) => addText(stack.at(-1), text, fail)),
  );
  parser.on(
    'cdata',
    guard((text) => addText(stack.at(-1), text, fail, true)),
  );
  parser.on(
    'closetag',
    guard(() => close(stack.pop(), doc)),
  );
  parser.write(xml.replace(/^\uFEFF/, '')).close();
  if (problem) throw problem;
  return doc;
}

/** The bytes of a PFIF document as text: UTF-8, strictly (a file in another encoding would be misread). */
export function decodePfif(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CaseError('pfif_invalid', `${source}: not UTF-8 text; PFIF documents are UTF-8`);
  }
}

/** Marks a record refused (its first fault is the one reported); the parse reads on. */
function refuse(frame: RecordFrame, field: string | null, reason: string): void {
  frame.fault ??= { field, reason };
}

function open(
  tag: SaxesTagNS,
  parent: Frame | undefined,
  seen: { person: number; note: number },
  fail: (m: string) => never,
): Frame {
  if (!parent) return openRoot(tag, fail);
  if (parent.kind === 'foreign') return { kind: 'foreign' };
  if (parent.kind === 'field') {
    refuse(parent.owner, parent.name, 'must hold text, not elements');
    return { kind: 'foreign' };
  }
  if (tag.uri !== PFIF_NS) return { kind: 'foreign' };
  const name = tag.local;
  if (parent.kind === 'root') {
    if (name === 'person') {
      const label = `person ${++seen.person}`;
      return { kind: 'person', label, record: {}, notes: [], fault: null };
    }
    if (name === 'note')
      return { kind: 'note', label: `note ${++seen.note}`, record: {}, person: null, fault: null };
    return fail(`unknown element pfif:${name} (a PFIF document holds pfif:person and pfif:note)`);
  }
  if (parent.kind === 'person' && name === 'note') {
    const label = `note ${parent.notes.length + 1} of ${parent.label}`;
    return { kind: 'note', label, record: {}, person: parent, fault: null };
  }
  const fields = parent.kind === 'person' ? PERSON_SET : NOTE_SET;
  if (!fields.has(name)) refuse(parent, name, `unknown field pfif:${name}`);
  else if (name in parent.record) refuse(parent, name, 'appears twice');
  else return { kind: 'field', name, text: '', owner: parent };
  return { kind: 'foreign' };
}

function openRoot(tag: SaxesTagNS, fail: (m: string) => never): Frame {
  const uri = tag.uri.slice(0, 100);
  if (OLDER_PFIF_NS.test(tag.uri))
    fail(`this is PFIF ${uri.slice(-3)}; objector reads PFIF 1.4 (${PFIF_NS})`);
  if (tag.uri !== PFIF_NS || tag.local !== 'pfif') {
    fail(
      `the root element must be pfif in the PFIF 1.4 namespace ${PFIF_NS}, not ${tag.local} in ` +
        (uri ? `the namespace ${uri}` : 'no namespace'),
    );
  }
  return { kind: 'root' };
}

function addText(frame: Frame | undefined, text: string, fail: (m: string) => never, cdata = false): void {
  if (frame?.kind === 'field') frame.text += text;
  else if (frame && frame.kind !== 'foreign' && (cdata || text.trim() !== '')) {
    if (frame.kind === 'root') fail('text outside a record');
    else refuse(frame, null, 'text outside a field');
  }
}

function close(frame: Frame | undefined, doc: PfifDocument): void {
  if (frame?.kind === 'field') frame.owner.record[frame.name] = frame.text;
  else if (frame?.kind === 'person') closePerson(frame, doc);
  else if (frame?.kind === 'note') closeNote(frame, doc);
}

function closePerson(frame: PersonFrame, doc: PfifDocument): void {
  const person = checkRecord(frame) as PersonRecord;
  const id = person.person_record_id;
  if (!id) refuse(frame, 'person_record_id', 'is missing');
  // An expired record arrives as a placeholder without a name (PFIF 1.4): the import decides on it.
  if (!person.full_name && !person.given_name && !person.family_name && !person.expiry_date) {
    refuse(frame, 'full_name', 'is missing');
  }
  if (frame.fault) {
    doc.rejected.push(rejection(frame, frame.fault));
    // Notes inside a refused person have no person to belong to.
    for (const note of frame.notes) {
      doc.rejected.push({
        record: `note ${note.note_record_id}`,
        field: null,
        reason: 'its person was refused',
      });
    }
    return;
  }
  doc.persons.push({ person, notes: frame.notes });
}

function closeNote(frame: Extract<Frame, { kind: 'note' }>, doc: PfifDocument): void {
  const note = checkRecord(frame) as NoteRecord;
  if (!note.note_record_id) refuse(frame, 'note_record_id', 'is missing');
  const owner = frame.person?.record.person_record_id?.trim();
  if (owner !== undefined && note.person_record_id && note.person_record_id !== owner) {
    refuse(frame, 'person_record_id', 'names another person than the one the note is inside');
  }
  if (!frame.person && !note.person_record_id) refuse(frame, 'person_record_id', 'is missing');
  if (frame.fault) doc.rejected.push(rejection(frame, frame.fault));
  else if (frame.person) {
    if (owner !== undefined) note.person_record_id = owner;
    frame.person.notes.push(note);
  } else doc.notes.push(note);
}

/** How a refused record is named: its place in the file and its id when it has one. */
function rejection(frame: RecordFrame, fault: Fault): RejectedRecord {
  const id = frame.record[frame.kind === 'person' ? 'person_record_id' : 'note_record_id']?.trim();
  const record = id ? `${frame.label} (${id.slice(0, 200)})` : frame.label;
  return { record, field: fault.field, reason: fault.reason };
}

/** The record's fields in specification order, cleaned and checked; empty fields are left out. */
function checkRecord(frame: RecordFrame): Record<string, string> {
  const order = frame.kind === 'person' ? PERSON_FIELDS : NOTE_FIELDS;
  const out: Record<string, string> = {};
  for (const field of order) {
    const raw = frame.record[field];
    if (raw === undefined) continue;
    const value = xmlSafe(raw);
    if (value === '') continue;
    const why = checkField(field, value);
    if (why) refuse(frame, field, why);
    else out[field] = value;
  }
  return out;
}
