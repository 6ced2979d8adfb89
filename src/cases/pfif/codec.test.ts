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
      rejected: [],
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
});

/** What a parse of `xml` refused: one line per record, "record | field | reason". */
function refused(xml: string): string[] {
  return parsePfif(xml, 'test.xml').rejected.map((r) => `${r.record} | ${r.field} | ${r.reason}`);
}

describe('refusing bad records one by one, naming record and field, never the value', () => {
  const id = '<pfif:person_record_id>a.example/1</pfif:person_record_id><pfif:full_name>И</pfif:full_name>';

  it('keeps the good records of a file beside the bad ones', () => {
    const good = person(
      '<pfif:person_record_id>a.example/2</pfif:person_record_id><pfif:full_name>Пётр</pfif:full_name>',
    );
    const bad = person(`${id}<pfif:sex>secret-value</pfif:sex>`);
    const d = parsePfif(doc(bad + good), 'test.xml');
    expect(d.persons.map((p) => p.person.person_record_id)).toEqual(['a.example/2']);
    expect(d.rejected).toEqual([
      { record: 'person 1 (a.example/1)', field: 'sex', reason: 'must be one of female, male, other' },
    ]);
    expect(JSON.stringify(d.rejected)).not.toContain('secret-value');
  });

  it('a person without person_record_id, or without a name (unless it is an expired placeholder)', () => {
    expect(refused(doc(person('<pfif:full_name>Иван</pfif:full_name>')))).toEqual([
      'person 1 | person_record_id | is missing',
    ]);
    expect(refused(doc(person('<pfif:person_record_id>a.example/1</pfif:person_record_id>')))).toEqual([
      'person 1 (a.example/1) | full_name | is missing',
    ]);
    const placeholder =
      '<pfif:person_record_id>a.example/1</pfif:person_record_id>' +
      '<pfif:expiry_date>2020-01-01T00:00:00Z</pfif:expiry_date>';
    expect(parsePfif(doc(person(placeholder)), 'test.xml').persons).toHaveLength(1);
  });

  it('a bad value names the record and field, not the value', () => {
    const xml = doc(person(`${id}<pfif:date_of_birth>Сорок второй</pfif:date_of_birth>`));
    expect(refused(xml)).toEqual([
      'person 1 (a.example/1) | date_of_birth | must be YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
    expect(refused(xml).join()).not.toContain('Сорок');
  });

  it('unknown fields, repeated fields, stray text, elements inside a field, a note for another person', () => {
    expect(refused(doc(person(`${id}<pfif:nickname>x</pfif:nickname>`)))).toEqual([
      'person 1 (a.example/1) | nickname | unknown field pfif:nickname',
    ]);
    expect(refused(doc(person(`${id}<pfif:sex>male</pfif:sex><pfif:sex>male</pfif:sex>`)))).toEqual([
      'person 1 (a.example/1) | sex | appears twice',
    ]);
    expect(refused(doc(person(`${id} loose words`)))).toEqual([
      'person 1 (a.example/1) | null | text outside a field',
    ]);
    expect(refused(doc(person(`${id}<pfif:age><pfif:age>3</pfif:age></pfif:age>`)))).toEqual([
      'person 1 (a.example/1) | age | must hold text, not elements',
    ]);
    const other =
      '<pfif:note><pfif:note_record_id>a.example/n1</pfif:note_record_id>' +
      '<pfif:person_record_id>a.example/2</pfif:person_record_id></pfif:note>';
    const d = parsePfif(doc(person(`${id}${other}`)), 'test.xml');
    expect(d.persons[0]!.notes).toEqual([]);
    expect(refused(doc(person(`${id}${other}`)))).toEqual([
      'note 1 of person 1 (a.example/n1) | person_record_id | names another person than the one the note is inside',
    ]);
  });

  it('a note at the top level needs its person, any note its id, statuses their names', () => {
    expect(
      refused(doc('<pfif:note><pfif:note_record_id>a.example/n</pfif:note_record_id></pfif:note>')),
    ).toEqual(['note 1 (a.example/n) | person_record_id | is missing']);
    expect(refused(doc('<pfif:note><pfif:text>hi</pfif:text></pfif:note>'))).toEqual([
      'note 1 | note_record_id | is missing',
    ]);
    const note =
      '<pfif:note><pfif:note_record_id>a.example/n</pfif:note_record_id>' +
      '<pfif:person_record_id>a.example/1</pfif:person_record_id><pfif:status>found</pfif:status></pfif:note>';
    expect(refused(doc(note))[0]).toMatch(
      /^note 1 \(a\.example\/n\) \| status \| must be one of information_sought/,
    );
  });

  it('still refuses a whole document whose fault is not in one record', () => {
    expect(parseError(doc('<pfif:other/>')).message).toMatch(/unknown element pfif:other/);
    expect(parseError(doc('stray')).message).toMatch(/text outside a record/);
  });
});
