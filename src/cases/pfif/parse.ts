/**
 * Reading a PFIF 1.4 document (pure). saxes is a conformant, namespace-aware
 * XML parser: a document that is not well-formed XML stops at the first
 * fault with its line and column. The root must be pfif:pfif in the PFIF 1.4
 * namespace, whatever prefix the document binds to it; elements of other
 * namespaces (extensions) are skipped; an unknown element in the PFIF
 * namespace, a field given twice or a value the specification does not allow
 * stops the parse with a message naming the record and the field, never the
 * value (values are personal data). A DOCTYPE is refused: PFIF has none, and
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
  xmlSafe,
} from './fields.ts';

type Frame =
  | { kind: 'root' }
  | { kind: 'person'; label: string; record: Record<string, string>; notes: NoteRecord[] }
  | { kind: 'note'; label: string; record: Record<string, string>; person: PersonFrame | null }
  | { kind: 'field'; name: string; text: string }
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
  const doc: PfifDocument = { persons: [], notes: [] };
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
  const openTag = guard((tag: SaxesTagNS) => stack.push(open(tag, stack.at(-1), doc, fail)));
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
    guard(() => close(stack.pop(), stack.at(-1), doc, fail)),
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

function open(
  tag: SaxesTagNS,
  parent: Frame | undefined,
  doc: PfifDocument,
  fail: (m: string) => never,
): Frame {
  if (!parent) return openRoot(tag, fail);
  if (parent.kind === 'foreign') return { kind: 'foreign' };
  if (tag.uri !== PFIF_NS) {
    if (parent.kind === 'field') fail(`field ${parent.name} must hold text, not elements`);
    return { kind: 'foreign' };
  }
  const name = tag.local;
  if (parent.kind === 'root') {
    if (name === 'person') {
      const label = `person ${doc.persons.length + 1}`;
      return { kind: 'person', label, record: {}, notes: [] };
    }
    if (name === 'note')
      return { kind: 'note', label: `note ${doc.notes.length + 1}`, record: {}, person: null };
    return fail(`unknown element pfif:${name} (a PFIF document holds pfif:person and pfif:note)`);
  }
  if (parent.kind === 'field') return fail(`field ${parent.name} must hold text, not elements`);
  if (parent.kind === 'person' && name === 'note') {
    const label = `note ${parent.notes.length + 1} of ${parent.label}`;
    return { kind: 'note', label, record: {}, person: parent };
  }
  const fields = parent.kind === 'person' ? PERSON_SET : NOTE_SET;
  if (!fields.has(name)) fail(`${parent.label}: unknown field pfif:${name}`);
  if (name in parent.record) fail(`${parent.label}: field ${name} appears twice`);
  return { kind: 'field', name, text: '' };
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
    fail(`text outside a field${frame.kind === 'root' ? '' : ` in ${frame.label}`}`);
  }
}

function close(
  frame: Frame | undefined,
  parent: Frame | undefined,
  doc: PfifDocument,
  fail: (m: string) => never,
): void {
  if (frame?.kind === 'field' && (parent?.kind === 'person' || parent?.kind === 'note')) {
    parent.record[frame.name] = frame.text;
  } else if (frame?.kind === 'person') closePerson(frame, doc, fail);
  else if (frame?.kind === 'note') closeNote(frame, doc, fail);
}

function closePerson(frame: PersonFrame, doc: PfifDocument, fail: (m: string) => never): void {
  const person = checkRecord(frame, fail) as PersonRecord;
  const id = person.person_record_id;
  if (!id) fail(`${frame.label} has no person_record_id`);
  if (!person.full_name && !person.given_name && !person.family_name) {
    fail(`${frame.label} (${id}) has no full_name`);
  }
  for (const [i, note] of frame.notes.entries()) {
    if (note.person_record_id && note.person_record_id !== id) {
      fail(`note ${i + 1} of ${frame.label} (${note.note_record_id}) names another person_record_id`);
    }
    note.person_record_id = id;
  }
  doc.persons.push({ person, notes: frame.notes });
}

function closeNote(
  frame: Extract<Frame, { kind: 'note' }>,
  doc: PfifDocument,
  fail: (m: string) => never,
): void {
  const note = checkRecord(frame, fail) as NoteRecord;
  if (!note.note_record_id) fail(`${frame.label} has no note_record_id`);
  if (frame.person) frame.person.notes.push(note);
  else if (!note.person_record_id) fail(`${frame.label} (${note.note_record_id}) has no person_record_id`);
  else doc.notes.push(note);
}

/** The record's fields in specification order, cleaned and checked; empty fields are left out. */
function checkRecord(frame: RecordFrame, fail: (m: string) => never): Record<string, string> {
  const order = frame.kind === 'person' ? PERSON_FIELDS : NOTE_FIELDS;
  const id = frame.record[frame.kind === 'person' ? 'person_record_id' : 'note_record_id']?.trim();
  const label = id ? `${frame.label} (${id.slice(0, 200)})` : frame.label;
  const out: Record<string, string> = {};
  for (const field of order) {
    const raw = frame.record[field];
    if (raw === undefined) continue;
    const value = xmlSafe(raw);
    if (value === '') continue;
    const why = checkField(field, value);
    if (why) fail(`${label}, field ${field}: ${why}`);
    out[field] = value;
  }
  return out;
}
