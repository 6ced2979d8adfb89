/**
 * Writing a PFIF 1.4 document (pure): UTF-8, the pfif: prefix, fields in the
 * order of the specification, notes of a person inside its element, other
 * notes at the top level. Text is escaped, never wrapped in CDATA (a value
 * may itself contain "]]>"), and characters XML cannot carry are dropped.
 */
import {
  NOTE_FIELDS,
  type NoteRecord,
  PERSON_FIELDS,
  type PersonRecord,
  PFIF_NS,
  type PfifDocument,
  xmlSafe,
} from './fields.ts';

/** The document as XML text, ending with a newline. */
export function serialisePfif(doc: Pick<PfifDocument, 'persons' | 'notes'>): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<pfif:pfif xmlns:pfif="${PFIF_NS}">`];
  for (const { person, notes } of doc.persons) {
    out.push('  <pfif:person>');
    writeFields(out, PERSON_FIELDS, person, '    ');
    for (const note of notes) writeNote(out, note, '    ');
    out.push('  </pfif:person>');
  }
  for (const note of doc.notes) writeNote(out, note, '  ');
  out.push('</pfif:pfif>', '');
  return out.join('\n');
}

function writeNote(out: string[], note: NoteRecord, indent: string): void {
  out.push(`${indent}<pfif:note>`);
  writeFields(out, NOTE_FIELDS, note, `${indent}  `);
  out.push(`${indent}</pfif:note>`);
}

function writeFields(
  out: string[],
  fields: readonly string[],
  record: PersonRecord | NoteRecord,
  indent: string,
): void {
  const values = record as Record<string, string | undefined>;
  for (const field of fields) {
    const value = xmlSafe(values[field] ?? '');
    if (value) out.push(`${indent}<pfif:${field}>${escapeText(value)}</pfif:${field}>`);
  }
}

/** Escapes character data: &, < and > (">" only matters after "]]", escaped always for simplicity). */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
