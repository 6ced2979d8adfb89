/**
 * Backups round-trip a store with sources, claims, reviews, notes, accounts
 * and the audit log, row for row; key rotation re-encrypts every encrypted
 * value and leaves it readable.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAppeal } from '../../src/cases/appeals/repository.ts';
import { caseFileOf } from '../../src/cases/case-file.ts';
import { addFamily, addWhereabouts } from '../../src/cases/entries.ts';
import { createCase } from '../../src/cases/repository.ts';
import { reviewClaim } from '../../src/claims/review.ts';
import { createUser } from '../../src/security/accounts/users.ts';
import { BackupError, createBackup, dumpText, restoreBackup } from '../../src/security/backup/index.ts';
import {
  generateKeyring,
  keyringToJson,
  retireKeyVersion,
  rotateKeyring,
} from '../../src/security/crypto/keyring.ts';
import { ensureStoreKey } from '../../src/security/keys/load.ts';
import { keyVersionsInUse, reencryptAll } from '../../src/security/keys/rotate.ts';
import { createNote, readNote } from '../../src/security/notes/notes.ts';
import { createSecurity, type Security } from '../../src/security/services.ts';
import { ingestBytes } from '../../src/sources/ingest-sources.ts';
import { inventedReport, reprint } from '../support/reports.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import { TEST_ARGON2 } from './support.ts';

const at = new Date('2025-07-01T12:00:00Z');

describe('backup and restore', () => {
  let source: TestStore;
  let security: Security;
  let noteId: string;
  let caseId: string;
  beforeAll(async () => {
    source = await createTestStore();
    const keyring = generateKeyring();
    await ensureStoreKey(source.db, {
      kind: 'env',
      value: Buffer.from(JSON.stringify(keyringToJson(keyring))).toString('base64'),
    });
    security = createSecurity(source.db, { keyring, anchorPath: null, argon2: TEST_ARGON2 });
    for (const seed of [1, 2, 3])
      await ingestBytes(source.db, `r${seed}.txt`, new TextEncoder().encode(inventedReport(seed)));
    await ingestBytes(source.db, 'reprint.txt', new TextEncoder().encode(reprint(inventedReport(1))));
    const claim = await source.db.selectFrom('claims').select('id').orderBy('id').executeTakeFirstOrThrow();
    await reviewClaim(source.db, { id: claim.id, action: 'accept', version: 'current', actor: 'usr_x' });
    await createUser(source.db, security, {
      username: 'anna',
      role: 'caseworker',
      password: 'a long enough password',
      actor: 'system',
    });
    noteId = (
      await createNote(source.db, security, 'usr_x', {
        subjectKind: 'claims',
        subjectId: claim.id,
        body: 'private',
        contact: '+7 900 000 00 01',
      })
    ).id;
    // A case file too: every case table's fields must follow a rotation and a restore.
    caseId = (
      await createCase(source.db, security, 'usr_x', { personName: 'Ротаций Тест', unit: 'в/ч 00000' })
    ).id;
    await source.db.transaction().execute(async (trx) => {
      await addFamily(trx, security, 'usr_x', caseId, { name: 'Мать Ротаций', contact: '+7 900 000 00 02' });
      await addWhereabouts(trx, security, 'usr_x', caseId, { place: 'подвал', howKnown: 'звонок' });
    });
    await addAppeal(source.db, security, 'usr_x', caseId, {
      addresseeType: 'court',
      subject: 'жалоба',
      filedOn: '2026-01-05',
    });
  });
  afterAll(() => source.dispose());

  it('restores every row of every table into an empty store, and refuses a non-empty one without force', async () => {
    const before = await dumpText(source.db, at);
    for (const table of [
      'sources',
      'source_bands',
      'claims',
      'claim_history',
      'notes',
      'users',
      'audit_log',
      'meta',
    ]) {
      expect(before, table).toContain(`["table","${table}"]`);
    }
    expect(before.split('\n').length).toBeGreaterThan(50);
    const file = await createBackup(source.db, security.keyring, at);
    expect(Buffer.from(file).includes(Buffer.from('Invented test report'))).toBe(false);

    const target = await createTestStore();
    try {
      await restoreBackup(target.db, security.keyring, file);
      expect(await dumpText(target.db, at)).toBe(before);
      const restored = createSecurity(target.db, { keyring: security.keyring, anchorPath: null });
      expect((await readNote(target.db, restored, 'usr_x', noteId))?.contact).toBe('+7 900 000 00 01');
      expect((await caseFileOf(target.db, restored, 'usr_x', caseId)).family[0]?.name).toBe('Мать Ротаций');
      // The serial ids continue after the restored ones.
      await reviewClaim(target.db, {
        id: (await target.db.selectFrom('claims').select('id').executeTakeFirstOrThrow()).id,
        action: 'reject',
        version: 'current',
        actor: 'usr_x',
      });

      await expect(restoreBackup(target.db, security.keyring, file)).rejects.toMatchObject({
        code: 'store_not_empty',
      });
      await restoreBackup(target.db, security.keyring, file, { force: true });
      expect(await dumpText(target.db, at)).toBe(before);
    } finally {
      await target.dispose();
    }
  });

  it('cannot be read with another key file, nor when altered', async () => {
    const file = await createBackup(source.db, security.keyring, at);
    await expect(restoreBackup(source.db, generateKeyring(), file)).rejects.toBeInstanceOf(BackupError);
    const altered = Buffer.from(file);
    altered[altered.length - 20]! ^= 1;
    await expect(restoreBackup(source.db, security.keyring, altered)).rejects.toMatchObject({
      code: 'backup_key',
    });
  });

  it('rotates keys: every encrypted value moves to the new key and stays readable; the old key can retire', async () => {
    const rotated = rotateKeyring(security.keyring);
    expect(await keyVersionsInUse(source.db)).toEqual(new Set([1]));
    const report = await reencryptAll(source.db, rotated, { batchSize: 1 });
    expect(report.rewritten).toBeGreaterThanOrEqual(2);
    expect(await keyVersionsInUse(source.db)).toEqual(new Set([2]));
    expect((await reencryptAll(source.db, rotated)).rewritten).toBe(0);
    const retired = retireKeyVersion(rotated, 1);
    const after = createSecurity(source.db, { keyring: retired, anchorPath: null });
    expect((await readNote(source.db, after, 'usr_x', noteId))?.body).toBe('private');
    const file = await caseFileOf(source.db, after, 'usr_x', caseId);
    expect([file.personName, file.unit, file.family[0]?.contact, file.whereabouts[0]?.howKnown]).toEqual([
      'Ротаций Тест',
      'в/ч 00000',
      '+7 900 000 00 02',
      'звонок',
    ]);
    expect(file.appeals[0]?.subject).toBe('жалоба');
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from notes where body like 'enc1:2:%'`.execute(source.db);
    expect(rows[0]?.n).toBe(1);
    // The store's key check follows, so the rotated keys open the store.
    await expect(
      ensureStoreKey(source.db, {
        kind: 'env',
        value: Buffer.from(JSON.stringify(keyringToJson(retired))).toString('base64'),
      }),
    ).resolves.toBeTruthy();
  });
});
