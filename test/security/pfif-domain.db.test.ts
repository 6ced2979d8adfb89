/**
 * A PFIF file can only write onto this store's cases through ids under the
 * installation's own domain, and then only the store's own entries come back
 * (and are skipped). A note from another domain naming one of our cases, by
 * our id or by its local part under a stranger's domain, never adds a status
 * to it. Every record here is invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPfif } from '../../src/cases/pfif/export.ts';
import { importPfif } from '../../src/cases/pfif/import.ts';
import { createCase, readCase } from '../../src/cases/repository.ts';
import { generateKeyring } from '../../src/security/crypto/keyring.ts';
import { createSecurity, type Security } from '../../src/security/services.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';

const ACTOR = 'user_test';
const NS = 'http://zesty.ca/pfif/1.4';

const field = (name: string, value: string) => `<pfif:${name}>${value}</pfif:${name}>`;
const note = (id: string, person: string, status = 'believed_dead') =>
  `<pfif:note>${field('note_record_id', id)}${field('person_record_id', person)}` +
  `${field('entry_date', '2024-04-20T12:00:00Z')}${field('source_date', '2024-04-19T16:00:00Z')}` +
  `${field('status', status)}${field('text', 'Придуманная запись.')}</pfif:note>`;
const person = (id: string, notes = '') =>
  `<pfif:person>${field('person_record_id', id)}${field('entry_date', '2024-04-02T09:15:00Z')}` +
  `${field('full_name', 'Небывалов Игорь')}${notes}</pfif:person>`;
const pfif = (...records: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><pfif:pfif xmlns:pfif="${NS}">${records.join('')}</pfif:pfif>`;

describe('PFIF records from other domains', () => {
  let store: TestStore;
  let security: Security;
  let ours: string;
  const importXml = (xml: string) => importPfif(store.db, security, ACTOR, xml, { source: 'evil.xml' });
  /** Imports `xml`, which must import no note, and gives its refused records as "file: record, field f: why". */
  const refused = async (
    xml: string,
    options: { source: string; ownDomain?: string } = { source: 'evil.xml' },
  ) => {
    const report = await importPfif(store.db, security, ACTOR, xml, options);
    expect(report.notesImported).toBe(0);
    return report.rejected.map((r) => `${r.file}: ${r.record}, field ${r.field}: ${r.reason}`).join('\n');
  };
  const statuses = async (id: string) =>
    (await readCase(store.db, security, ACTOR, id)).statusHistory.map((s) => s.status);

  beforeAll(async () => {
    store = await createTestStore();
    const now = new Date('2024-05-01T10:00:00Z');
    security = createSecurity(store.db, { keyring: generateKeyring(), anchorPath: null, now: () => now });
    const opened = await createCase(store.db, security, ACTOR, {
      personName: 'Выдуманный Степан',
      status: 'detained',
      statusOn: '2024-04-10',
    });
    ours = opened.id;
  });
  afterAll(() => store.dispose());

  it("never reads a stranger's domain as ours: evil.example/<our case id> is someone else's record", async () => {
    const report = await importXml(pfif(note('evil.example/n1', `evil.example/${ours}`)));
    expect(report).toMatchObject({ notesImported: 0, notesWithoutPerson: 1 });
    // As a person record it becomes a clone of its own, a new case in triage: ours is untouched.
    const clone = await importXml(
      pfif(person(`evil.example/${ours}`, note('evil.example/n2', `evil.example/${ours}`))),
    );
    expect(clone).toMatchObject({ personsCreated: 1, personsUnchanged: 0, notesImported: 1 });
    expect(await statuses(ours)).toEqual(['detained']);
    const copy = await store.db
      .selectFrom('cases')
      .select(['id', 'state', 'status'])
      .where('external_id', '=', `evil.example/${ours}`)
      .executeTakeFirstOrThrow();
    expect(copy).toMatchObject({ state: 'triage', status: 'deceased' });
    expect(copy.id).not.toBe(ours);
  });

  it('leaves out a note from another domain that names our case by its own id, naming file, record and field', async () => {
    for (const xml of [
      pfif(note('evil.example/n3', `objector.invalid/${ours}`)),
      pfif(person(`objector.invalid/${ours}`, note('evil.example/n4', `objector.invalid/${ours}`))),
    ]) {
      expect(await refused(xml)).toMatch(
        /^evil\.xml: note 1 (of person 1 \(objector\.invalid\/case_[\w-]+\) )?\(evil\.example\/n[34]\), field note_record_id: a note from evil\.example may not change a case of this store/,
      );
    }
    expect(await statuses(ours)).toEqual(['detained']);
  });

  it('refuses a note under our own domain that is not one of our entries, and still skips our own', async () => {
    expect(await refused(pfif(note('objector.invalid/status_forged', `objector.invalid/${ours}`)))).toMatch(
      /note 1 \(objector\.invalid\/status_forged\), field note_record_id/,
    );
    const back = await exportPfif(store.db, security, ACTOR, { caseId: ours });
    const report = await importXml(back.xml);
    expect(report).toMatchObject({ personsUnchanged: 1, notesImported: 0, notesSkipped: 1 });
    expect(await statuses(ours)).toEqual(['detained']);
  });

  it("reads ids under the installation's own domain setting as ours, and the default domain as a stranger's", async () => {
    const own = { source: 'back.xml', ownDomain: 'helpline.example.org' };
    const back = await exportPfif(store.db, security, ACTOR, {
      caseId: ours,
      domain: 'helpline.example.org',
    });
    expect(back.xml).toContain(`helpline.example.org/${ours}`);
    expect(await importPfif(store.db, security, ACTOR, back.xml, own)).toMatchObject({
      personsUnchanged: 1,
      personsCreated: 0,
    });
    // With the setting in force, objector.invalid is just another domain: a note under it changes nothing of ours.
    expect(await refused(pfif(note('objector.invalid/n7', `helpline.example.org/${ours}`)), own)).toMatch(
      /a note from objector\.invalid may not change a case of this store/,
    );
    expect(await statuses(ours)).toEqual(['detained']);
  });

  it("lets a repository add notes to its own person's clone, and no other domain", async () => {
    await importXml(pfif(person('finder.example.org/p1')));
    expect(await refused(pfif(note('evil.example/n5', 'finder.example.org/p1')))).toMatch(
      /field note_record_id: a note from evil\.example may not change a case imported from finder\.example\.org/,
    );
    const report = await importXml(pfif(note('finder.example.org/n6', 'finder.example.org/p1')));
    expect(report).toMatchObject({ notesImported: 1 });
  });
});
