/**
 * Encryption at rest: a note and a case file with a distinctive name and
 * phone number are stored, the note found again by its phone number (blind
 * index), and then neither string (nor the phone's digits) is anywhere in the
 * database files of the embedded store, nor in a pg_dump of the PostgreSQL
 * database.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addAppeal } from '../../src/cases/appeals/repository.ts';
import { addChallenge } from '../../src/cases/challenges/challenges.ts';
import { addContact, addFamily, addStatus, addWhereabouts } from '../../src/cases/entries.ts';
import { createCase, readCase } from '../../src/cases/repository.ts';
import { addTask } from '../../src/cases/tasks.ts';
import { ensureStoreKey } from '../../src/security/keys/load.ts';
import { createNote, findNotesByContact } from '../../src/security/notes/notes.ts';
import { createSecurity, type Security } from '../../src/security/services.ts';
import { openStore } from '../../src/store/db.ts';
import type { DB } from '../../src/store/db-types.ts';
import { createTestStore, testBackend } from '../support/test-store.ts';

// Invented for this test; no real person.
const NAME = 'Vsevolod Xylophonov-Quenby';
const PHONE = '+7 (903) 555-01-47';
/** Stored in the clear on purpose: proves the scan does see what the database holds. */
const VISIBLE = 'subject-marker-5e1f';
const ANSWER = 'Квазиморда';
const NEEDLES = [
  NAME,
  'Xylophonov',
  PHONE,
  '79035550147',
  '903) 555',
  'Всеволод Ксилофонов',
  ANSWER,
  'квазиморда',
];

async function storeSecrets(db: Kysely<DB>, keyFile: string) {
  const { keyring } = await ensureStoreKey(db, { kind: 'file', path: keyFile });
  const security = createSecurity(db, { keyring, anchorPath: null });
  const note = await createNote(db, security, 'usr_test', {
    subjectKind: 'persons',
    subjectId: VISIBLE,
    author: 'Всеволод Ксилофонов',
    body: `${NAME} called from ${PHONE}; his mother says he is held near the base.`,
    contact: PHONE,
  });
  // Exact lookup through the blind index, typed differently.
  const found = await findNotesByContact(db, security, 'usr_test', '8 903 555 01 47');
  expect(found.map((n) => n.id)).toEqual([note.id]);
  expect(found[0]?.body).toContain(NAME);
  await storeCaseFile(db, security);
}

/** Every personal part of a case file, each holding the name or the phone. */
async function storeCaseFile(db: Kysely<DB>, security: Security) {
  const opened = await createCase(db, security, 'usr_test', {
    personName: NAME,
    unit: 'в/ч 00000',
    region: 'RU-BU',
  });
  await db.transaction().execute(async (trx) => {
    await addStatus(trx, security, 'usr_test', opened.id, {
      status: 'detained',
      onDate: '2026-01-02',
      evidenceKind: 'call',
      note: `${NAME} was seen in a pit`,
    });
    await addWhereabouts(trx, security, 'usr_test', opened.id, {
      place: `pit near ${NAME}'s base`,
      howKnown: PHONE,
    });
    await addContact(trx, security, 'usr_test', opened.id, {
      channel: 'call',
      direction: 'in',
      counterpart: 'Всеволод Ксилофонов',
      summary: `${NAME} from ${PHONE}`,
    });
    await addFamily(trx, security, 'usr_test', opened.id, {
      name: 'Всеволод Ксилофонов',
      relation: 'father',
      contact: PHONE,
    });
  });
  await addTask(db, security, 'usr_test', opened.id, { title: `Call ${PHONE}` });
  await addAppeal(db, security, 'usr_test', opened.id, {
    addresseeType: 'military_prosecutor',
    subject: `Where is ${NAME}?`,
    filedOn: '2026-01-03',
    response: `${NAME} is not on our lists`,
  });
  // The answer is a secret of its own: it must not be in the files either.
  await addChallenge(db, security, 'usr_test', opened.id, {
    question: `What did ${NAME} call the dog?`,
    answer: ANSWER,
  });
  expect((await readCase(db, security, 'usr_test', opened.id)).family[0]?.contact).toBe(PHONE);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function leaks(bytes: Buffer): string[] {
  return NEEDLES.filter(
    (n) => bytes.includes(Buffer.from(n, 'utf8')) || bytes.includes(Buffer.from(n, 'utf16le')),
  );
}

describe('encryption at rest', () => {
  it('leaves neither the name nor the phone number in the embedded database files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'objector-leak-'));
    const dataDir = join(root, 'data');
    const store = await openStore({ kind: 'pglite', dataDir }, { command: 'test' });
    await storeSecrets(store.db, join(root, 'data.keys.json'));
    await store.db.selectFrom('notes').select('id').execute();
    await store.close();
    const files = filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => leaks(readFileSync(f)).map((n) => `${n} in ${f}`));
    expect(found).toEqual([]);
    expect(files.some((f) => readFileSync(f).includes(Buffer.from(VISIBLE)))).toBe(true);
  });

  it.runIf(testBackend === 'postgres')('leaves neither in a pg_dump of the PostgreSQL database', async () => {
    const store = await createTestStore();
    try {
      const root = mkdtempSync(join(tmpdir(), 'objector-leak-'));
      await storeSecrets(store.db, join(root, 'keys.json'));
      const url = new URL(process.env.DATABASE_URL!);
      const { rows } = await (await import('kysely')).sql<{
        db: string;
      }>`select current_database() as db`.execute(store.db);
      url.pathname = `/${rows[0]!.db}`;
      const { stdout } = await promisify(execFile)('pg_dump', ['--no-owner', url.toString()], {
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'buffer',
      });
      expect(stdout.length).toBeGreaterThan(1000);
      expect(stdout.includes(Buffer.from('enc1:'))).toBe(true);
      expect(leaks(stdout)).toEqual([]);
      expect(stdout.includes(Buffer.from(VISIBLE))).toBe(true);
    } finally {
      await store.dispose();
    }
  });
});
