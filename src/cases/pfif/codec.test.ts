import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseError } from '../errors.ts';
import { NOTE_FIELDS, PERSON_FIELDS } from './fields.ts';
import { parsePfif } from './parse.ts';
import { serialisePfif } from './serialise.ts';

const full = readFileSync(new URL('./fixtures/full.xml', import.meta.url), 'utf8');
const NS = 'http://zesty.ca/pfif/1.4';

/** The error a parse of `xml` throws (fails the test when it throws none). */
function parseError(xml: string): CaseError {
  try {
    parsePfif(xml, 'test.xml');
  } catch (error) {
    expect(error).toBeInstanceOf(CaseError);
    expect((error as CaseError).code).toBe('pfif_invalid');
    return error as CaseError;
  }
  throw new Error('expected the parse to fail');
}

const doc = (body: string) => `<pfif:pfif xmlns:pfif="${NS}">${body}</pfif:pfif>`;
const person = (fields: string) => `<pfif:person>${fields}</pfif:person>`;

describe('parsing PFIF 1.4', () => {
  it('reads every field, nested and top-level notes, escapes, CDATA and Cyrillic', () => {
    const d = parsePfif(full, 'full.xml');
    expect(d.persons).toHaveLength(2);
    const first = d.persons[0]!;
    expect(Object.keys(first.person)).toEqual([...PERSON_FIELDS]);
    const noteFields = new Set(first.notes.flatMap((n) => Object.keys(n)));
    expect(NOTE_FIELDS.filter((f) => noteFields.has(f))).toEqual([...NOTE_FIELDS]);
    expect(first.person.full_name).toBe('Сорокин Павел Андреевич');
    expect(first.person.source_url).toBe('https://finder.example.org/view?id=person.4107&lang=ru');
    expect(first.person.alternate_names).toBe('Sorokin Pavel\nПаша Сорокин');
    expect(first.person.description).toBe(
      'Рост 182, шрам над бровью. Wrote a <рапорт> to his commander & was sent "to wait". ' +
        'Tattoo: «Q&A»; the sign ]]> stays.',
    );
    // A nested note without person_record_id belongs to the person around it.
    expect(first.notes[1]?.person_record_id).toBe('finder.example.org/person.4107');
    expect(d.notes.map((n) => n.note_record_id)).toEqual([
      'finder.example.org/note.9010',
      'finder.example.org/note.9011',
    ]);
  });

  it('does not depend on the prefix: a default namespace reads the same', () => {
    const unprefixed = full.replace(/<(\/?)pfif:/g, '<$1').replace(`xmlns:pfif="${NS}"`, `xmlns="${NS}"`);
    expect(unprefixed).not.toContain('pfif:person');
    expect(parsePfif(unprefixed, 'x.xml')).toEqual(parsePfif(full, 'full.xml'));
  });

  it('round-trips: parse → serialise → parse is the identity, and serialising is stable', () => {
    const once = parsePfif(full, 'full.xml');
    const xml = serialisePfif(once);
    expect(parsePfif(xml, 'again.xml')).toEqual(once);
    expect(serialisePfif(parsePfif(xml, 'again.xml'))).toBe(xml);
    expect(xml).toContain('<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">');
    expect(xml).toContain('Wrote a &lt;рапорт&gt; to his commander &amp; was sent "to wait"');
  });

  it('writes what XML cannot hold safely: "]]>", control characters, CR LF', () => {
    const id = 'a.example/1';
    const xml = serialisePfif({
      persons: [
        { person: { person_record_id: id, full_name: 'A\u0001 B', description: 'x ]]> y\r\nz' }, notes: [] },
      ],
      notes: [],
    });
    const back = parsePfif(xml, 'w.xml').persons[0]?.person;
    expect(back).toEqual({ person_record_id: id, full_name: 'A B', description: 'x ]]> y\nz' });
  });
});

describe('refusing documents that are not PFIF 1.4, with the place named and no value quoted', () => {
  it('malformed XML gives the line and column, before any complaint about the PFIF in it', () => {
    const e = parseError(`<pfif:pfif xmlns:pfif="${NS}">\n<pfif:person>\n</pfif:pfif>`);
    expect(e.message).toMatch(/^test\.xml: line 3, column \d+: not well-formed XML: unexpected close tag/);
    const bare = parseError(`<pfif:pfif xmlns:pfif="${NS}">\n  <pfif:note>a < b</pfif:note>\n</pfif:pfif>`);
    expect(bare.message).toMatch(/^test\.xml: line 2, column 17: not well-formed XML/);
  });

  it('an undefined entity and a DOCTYPE are refused', () => {
    expect(parseError(doc(person('<pfif:full_name>&bogus;</pfif:full_name>'))).message).toMatch(
      /not well-formed/,
    );
    expect(parseError(`<!DOCTYPE x [<!ENTITY a "b">]>${doc('')}`).message).toMatch(/DOCTYPE is not allowed/);
  });

  it('a document in another encoding than UTF-8', () => {
    expect(parseError(`<?xml version="1.0" encoding="windows-1251"?>${doc('')}`).message).toMatch(
      /declares the encoding windows-1251; PFIF is read as UTF-8/,
    );
    expect(parsePfif(`<?xml version="1.0" encoding="utf-8"?>${doc('')}`, 'ok.xml')).toEqual({
      persons: [],
      notes: [],
    });
  });

  it('another namespace, an older PFIF, or none', () => {
    expect(parseError('<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.2"/>').message).toMatch(
      /this is PFIF 1\.2; objector reads PFIF 1\.4/,
    );
    expect(parseError('<pfif xmlns="urn:other"/>').message).toMatch(
      /PFIF 1\.4 namespace .* the namespace urn:other/,
    );
    expect(parseError('<pfif/>').message).toMatch(/not pfif in no namespace/);
  });

  it('a person without person_record_id, or without a name', () => {
    expect(parseError(doc(person('<pfif:full_name>Иван</pfif:full_name>'))).message).toBe(
      'test.xml: line 1: person 1 has no person_record_id',
    );
    const noName = parseError(doc(person('<pfif:person_record_id>a.example/1</pfif:person_record_id>')));
    expect(noName.message).toMatch(/person 1 \(a\.example\/1\) has no full_name/);
  });

  it('a bad value names the record and field, not the value', () => {
    const e = parseError(
      doc(
        person(
          '<pfif:person_record_id>a.example/7</pfif:person_record_id>' +
            '<pfif:full_name>Иван</pfif:full_name><pfif:date_of_birth>Сорок второй</pfif:date_of_birth>',
        ),
      ),
    );
    expect(e.message).toMatch(
      /person 1 \(a\.example\/7\), field date_of_birth: must be YYYY, YYYY-MM or YYYY-MM-DD/,
    );
    expect(e.message).not.toContain('Сорок');
  });

  it('unknown fields, repeated fields, stray text, elements inside a field, a note for another person', () => {
    const id = '<pfif:person_record_id>a.example/1</pfif:person_record_id><pfif:full_name>И</pfif:full_name>';
    expect(parseError(doc(person(`${id}<pfif:nickname>x</pfif:nickname>`))).message).toMatch(
      /person 1: unknown field pfif:nickname/,
    );
    expect(
      parseError(doc(person(`${id}<pfif:sex>male</pfif:sex><pfif:sex>male</pfif:sex>`))).message,
    ).toMatch(/field sex appears twice/);
    expect(parseError(doc(person(`${id} loose words`))).message).toMatch(/text outside a field in person 1/);
    expect(parseError(doc(person(`${id}<pfif:age><pfif:age>3</pfif:age></pfif:age>`))).message).toMatch(
      /field age must hold text/,
    );
    const other =
      '<pfif:note><pfif:note_record_id>a.example/n1</pfif:note_record_id>' +
      '<pfif:person_record_id>a.example/2</pfif:person_record_id></pfif:note>';
    expect(parseError(doc(person(`${id}${other}`))).message).toMatch(/names another person_record_id/);
  });

  it('a note at the top level needs its person, any note its id, statuses their names', () => {
    expect(
      parseError(doc('<pfif:note><pfif:note_record_id>a.example/n</pfif:note_record_id></pfif:note>'))
        .message,
    ).toMatch(/note 1 \(a\.example\/n\) has no person_record_id/);
    expect(parseError(doc('<pfif:note><pfif:text>hi</pfif:text></pfif:note>')).message).toMatch(
      /note 1 has no note_record_id/,
    );
    const note =
      '<pfif:note><pfif:note_record_id>a.example/n</pfif:note_record_id>' +
      '<pfif:person_record_id>a.example/1</pfif:person_record_id><pfif:status>found</pfif:status></pfif:note>';
    expect(parseError(doc(note)).message).toMatch(/field status: must be one of information_sought/);
  });
});
