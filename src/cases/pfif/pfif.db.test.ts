/**
 * PFIF exchange on a real store: a file becomes case files and comes back
 * out the same; importing twice changes nothing; a bad file writes nothing;
 * nothing personal is stored in the clear. Every record in the fixtures is
 * invented.
 */
import { readFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../../test/support/test-store.ts';
import { generateKeyring } from '../../security/crypto/keyring.ts';
import { createSecurity, type Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { CaseError } from '../errors.ts';
import { createCase, readCase, updateCase } from '../repository.ts';
import { exportPfif } from './export.ts';
import { importPfif } from './import.ts';
import { parsePfif } from './parse.ts';

const full = readFileSync(new URL('./fixtures/full.xml', import.meta.url), 'utf8');
const ACTOR = 'user_test';
const NOW = new Date('2024-05-01T10:00:00Z');

async function secureStore(): Promise<{ store: TestStore; security: Security }> {
  const store = await createTestStore();
  const security = createSecurity(store.db, { keyring: generateKeyring(), anchorPath: null, now: () => NOW });
  return { store, security };
}

const TABLES = [
  'cases',
  'case_status',
  'case_whereabouts',
  'case_contacts',
  'case_family',
  'notes',
  'case_pfif_records',
] as const;

async function counts(db: Kysely<DB>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

/** A case opened here, with an entry of each kind the export writes. */
async function localCase(db: Kysely<DB>, security: Security): Promise<string> {
  const opened = await createCase(db, security, ACTOR, {
    personName: 'Вымыслов Олег',
    birthDate: '1990',
    region: 'RU-BU',
    status: 'detained',
    statusOn: '2024-04-10',
  });
  await db.transaction().execute(async (trx) => {
    const { addContact, addWhereabouts } = await import('../entries.ts');
    await addWhereabouts(trx, security, ACTOR, opened.id, { place: 'СИЗО-0, г. Нигде', since: '2024-04-11' });
    await addContact(trx, security, ACTOR, opened.id, {
      channel: 'call',
      direction: 'in',
      counterpart: 'его мать',
      summary: 'Says he was moved on 11 April & has a lawyer now.',
    });
  });
  return opened.id;
}

describe('PFIF import and export', () => {
  let one: { store: TestStore; security: Security };
  let two: { store: TestStore; security: Security };
  beforeAll(async () => {
    one = await secureStore();
    two = await secureStore();
  });
  afterAll(async () => {
    await one.store.dispose();
    await two.store.dispose();
  });

  it('imports persons as cases in triage, notes as status, whereabouts and contact-log entries', async () => {
    const report = await importPfif(one.store.db, one.security, ACTOR, full, { source: 'full.xml' });
    expect(report).toEqual({
      personsCreated: 2,
      personsUpdated: 0,
      personsUnchanged: 0,
      notesImported: 4,
      notesSkipped: 0,
      notesWithoutPerson: 0,
      personsExpired: 0,
      rejected: [],
    });
    const cases = await one.store.db.selectFrom('cases').selectAll().orderBy('external_id').execute();
    expect(cases.map((c) => [c.external_id, c.state, c.origin, c.region, c.status])).toEqual([
      ['finder.example.org/person.4107', 'triage', 'pfif', 'RU-BU', 'missing'],
      ['finder.example.org/person.4111', 'triage', 'pfif', 'RU-ROS', 'deceased'],
    ]);
    const file = await readCase(one.store.db, one.security, ACTOR, cases[0]!.id);
    expect(file).toMatchObject({ personName: 'Сорокин Павел Андреевич', birthDate: '1996-07' });
    expect(file.statusHistory).toMatchObject([
      {
        status: 'missing',
        onDate: '2024-03-29',
        evidenceKind: 'import',
        evidenceRef: 'finder.example.org/note.9001',
      },
    ]);
    expect(file.whereabouts.map((w) => w.place)).toEqual(['в/ч 00000, Ростовская область']);
    expect(file.family).toMatchObject([{ name: 'Галина Сорокина', contact: '+7 900 000-00-17' }]);
    // believed_alive is no case status: it stays a line of the contact log, with the contacts the note gives.
    const alive = file.contacts.find((c) => c.counterpart === 'Olga N.');
    expect(alive?.summary).toContain('PFIF status: believed alive');
    expect(alive?.summary).toContain('Author made contact with him: yes');
    expect(alive?.summary).toContain('+7 900 000-00-18');
    expect(alive).toMatchObject({ channel: 'other', direction: 'in', at: '2024-04-05T10:40:00.000Z' });
  });

  it('exports, and an export imported into a fresh store exports the same text', async () => {
    const local = await localCase(one.store.db, one.security);
    const first = await exportPfif(one.store.db, one.security, ACTOR);
    expect(first.persons).toBe(3);
    // 4 imported notes; the local case's status, whereabouts and call.
    expect(first.notes).toBe(7);
    expect(first.xml).toContain(`<pfif:person_record_id>objector.invalid/${local}</pfif:person_record_id>`);
    expect(first.xml).toContain('<pfif:note_record_id>finder.example.org/note.9002</pfif:note_record_id>');
    expect(first.xml).toContain('has a lawyer now');

    await importPfif(two.store.db, two.security, ACTOR, first.xml, { source: 'first.xml' });
    const second = await exportPfif(two.store.db, two.security, ACTOR);
    expect(second.xml).toBe(first.xml);

    // The imported records come back whole: every field of the fixture's first person.
    const back = parsePfif(first.xml, 'first.xml').persons.find(
      (p) => p.person.person_record_id === 'finder.example.org/person.4107',
    );
    const original = parsePfif(full, 'full.xml').persons[0]!;
    expect(back?.person).toEqual({ ...original.person, entry_date: '2024-05-01T10:00:00Z' });
  });

  it('a re-import changes nothing, in the store it came from or in another', async () => {
    for (const { store, security } of [one, two]) {
      const before = await counts(store.db);
      const again = await exportPfif(store.db, security, ACTOR);
      const report = await importPfif(store.db, security, ACTOR, again.xml, { source: 'again.xml' });
      expect(report).toMatchObject({
        personsCreated: 0,
        personsUpdated: 0,
        personsUnchanged: 3,
        notesImported: 0,
      });
      expect(report.notesSkipped).toBe(7);
      await importPfif(store.db, security, ACTOR, full, { source: 'full.xml' });
      expect(await counts(store.db)).toEqual(before);
    }
  });

  it('a newer version of a person replaces the kept copy; the caseworker’s own changes win on export', async () => {
    const { store, security } = one;
    const newer = full
      .replace(
        '<pfif:source_date>2024-04-03T07:55:00Z</pfif:source_date>',
        '<pfif:source_date>2024-04-25T07:55:00Z</pfif:source_date>',
      )
      .replace(
        '<pfif:full_name>Тимур Ахметов</pfif:full_name>',
        '<pfif:full_name>Тимур Ахметов</pfif:full_name><pfif:description>Найден рюкзак.</pfif:description>',
      );
    const before = await counts(store.db);
    const report = await importPfif(store.db, security, ACTOR, newer, { source: 'newer.xml' });
    expect(report).toMatchObject({ personsUpdated: 1, personsUnchanged: 1, notesSkipped: 4 });
    expect(await counts(store.db)).toEqual({ ...before, notes: before.notes! + 1 });

    const row = await store.db
      .selectFrom('cases')
      .select('id')
      .where('external_id', '=', 'finder.example.org/person.4107')
      .executeTakeFirstOrThrow();
    await updateCase(store.db, security, ACTOR, row.id, { personName: 'Сорокин Павел', region: null });
    const out = parsePfif((await exportPfif(store.db, security, ACTOR, { caseId: row.id })).xml, 'one.xml');
    expect(out.persons).toHaveLength(1);
    const person = out.persons[0]!.person;
    expect(person).toMatchObject({ full_name: 'Сорокин Павел', author_email: 'galina.s@example.org' });
    expect(person.given_name).toBeUndefined();
    expect(person.home_state).toBeUndefined();
    const all = parsePfif((await exportPfif(store.db, security, ACTOR)).xml, 'all.xml');
    expect(all.persons.find((p) => p.person.full_name === 'Тимур Ахметов')?.person.description).toBe(
      'Найден рюкзак.',
    );
  });

  it('audits each case exported, and the import with its counts only', async () => {
    const { store } = two;
    const entries = await store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', 'in', ['import', 'export'])
      .orderBy('seq')
      .execute();
    const imported = entries.find((e) => e.action === 'import');
    expect(imported?.details).toMatchObject({ format: 'pfif', persons_created: 3, notes_imported: 7 });
    expect(entries.filter((e) => e.action === 'export' && e.target_kind === 'cases')).not.toHaveLength(0);
  });

  it('keeps nothing personal in the clear, anywhere in the store', async () => {
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(
      one.store.db,
    );
    let dump = '';
    for (const { table_name } of tables.rows) {
      const rows = await sql`select * from ${sql.table(table_name)}`.execute(one.store.db);
      dump += JSON.stringify(rows.rows);
    }
    expect(dump).toContain('finder.example.org/person.4107');
    for (const secret of [
      'Сорокин',
      'Галина',
      'galina.s@example.org',
      '000-00-17',
      'Ростовская',
      'подвал',
      'hospital',
      'Лейла',
      'Улан-Удэ',
      'шрам',
      'Вымыслов',
      'lawyer',
    ]) {
      expect(dump, secret).not.toContain(secret);
    }
  });
});

describe('a bad file writes nothing; a file with bad records imports the good ones', () => {
  let s: { store: TestStore; security: Security };
  beforeAll(async () => {
    s = await secureStore();
  });
  afterAll(() => s.store.dispose());

  const fails = async (xml: string, message: RegExp) => {
    const attempt = importPfif(s.store.db, s.security, ACTOR, xml, { source: 'bad.xml' });
    await expect(attempt).rejects.toBeInstanceOf(CaseError);
    await expect(attempt).rejects.toThrow(message);
  };

  it('malformed XML or the wrong namespace: nothing is written', async () => {
    await fails(full.replace('</pfif:person>', ''), /^bad\.xml: line \d+, column \d+: not well-formed XML/);
    await fails(full.replace('http://zesty.ca/pfif/1.4', 'http://zesty.ca/pfif/1.3'), /this is PFIF 1\.3/);
    expect(Object.values(await counts(s.store.db)).every((n) => n === 0)).toBe(true);
    const audit = await s.store.db.selectFrom('audit_log').select('action').execute();
    expect(audit.map((a) => a.action)).not.toContain('import');
  });

  it('a person without id, or with a value too long for its column, is named and left out; the rest come in', async () => {
    const noId = await importPfif(
      s.store.db,
      s.security,
      ACTOR,
      full.replace(/<pfif:person_record_id>finder\.example\.org\/person\.4111<\/pfif:person_record_id>/, ''),
      { source: 'bad.xml' },
    );
    expect(noId.personsCreated).toBe(1);
    expect(noId.rejected[0]).toEqual({
      file: 'bad.xml',
      record: 'person 2',
      field: 'person_record_id',
      reason: 'is missing',
    });
    // Refused by the case file's own schema, after person 1 was written: only person 2 is left out.
    const long = await importPfif(
      s.store.db,
      s.security,
      ACTOR,
      full.replace('Тимур Ахметов', 'Т'.repeat(201)),
      {
        source: 'bad.xml',
      },
    );
    expect(long).toMatchObject({ personsCreated: 0, personsUnchanged: 1 });
    expect(long.rejected.map((r) => [r.file, r.record, r.field])).toEqual([
      ['bad.xml', 'person 2 (finder.example.org/person.4111)', 'full_name'],
      ...long.rejected.slice(1).map((r) => ['bad.xml', r.record, null]),
    ]);
    expect(JSON.stringify(long.rejected)).not.toContain('ТТТ');
    const cases = await s.store.db.selectFrom('cases').select('external_id').execute();
    expect(cases.map((c) => c.external_id)).toEqual(['finder.example.org/person.4107']);
  });
});

describe('expired records (expiry_date passed) come in without their personal data', () => {
  let s: { store: TestStore; security: Security };
  beforeAll(async () => {
    s = await secureStore();
  });
  afterAll(() => s.store.dispose());

  it('cuts the kept copy of a known person to the placeholder, opens no case for an unknown one', async () => {
    await importPfif(s.store.db, s.security, ACTOR, full, { source: 'full.xml' });
    const expired = full.replaceAll('2025-04-02T00:00:00Z', '2024-04-30T00:00:00Z');
    const report = await importPfif(s.store.db, s.security, ACTOR, expired, { source: 'later.xml' });
    expect(report).toMatchObject({ personsExpired: 1, notesImported: 0, rejected: [] });
    const back = await exportPfif(s.store.db, s.security, ACTOR, {
      caseId: await caseOf(s, 'finder.example.org/person.4107'),
    });
    expect(parsePfif(back.xml, 'back').persons[0]).toEqual({
      person: {
        person_record_id: 'finder.example.org/person.4107',
        entry_date: '2024-04-30T00:00:00Z',
        expiry_date: '2024-04-30T00:00:00Z',
        source_date: '2024-04-30T00:00:00Z',
      },
      notes: [],
    });
    const fresh = await secureStore();
    const only = await importPfif(fresh.store.db, fresh.security, ACTOR, expired, { source: 'later.xml' });
    expect(only).toMatchObject({ personsExpired: 1, personsCreated: 1 });
    const cases = await fresh.store.db.selectFrom('cases').select('external_id').execute();
    expect(cases.map((c) => c.external_id)).toEqual(['finder.example.org/person.4111']);
    await fresh.store.dispose();
  });
});

async function caseOf(s: { store: TestStore }, externalId: string): Promise<string> {
  const row = await s.store.db
    .selectFrom('cases')
    .select('id')
    .where('external_id', '=', externalId)
    .executeTakeFirstOrThrow();
  return row.id;
}
