/**
 * A case's current status and its date come from the facts: a family's
 * report is dated by his last contact, not by the day of the form, so
 * entries a caseworker records later with dates of 2024 take over the case
 * header, the list and the home screen. Names and contacts are invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSecurity } from '../../test/support/test-security.ts';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { createUser } from '../security/accounts/users.ts';
import type { Security } from '../security/services.ts';
import { caseHome } from './home.ts';
import { submitIntake } from './intake/intake.ts';
import { addStatus, listCases, readCase, setAssignees } from './repository.ts';

describe('current status from the facts', () => {
  let store: TestStore;
  let security: Security;
  const clock = new Date('2026-12-07T10:00:00Z');

  beforeAll(async () => {
    store = await createTestStore();
    security = createTestSecurity(store.db, () => clock);
  });
  afterAll(() => store.dispose());

  it('dates a family report by the last contact, and later entries dated 2024 move the header, list and home', async () => {
    const out = await submitIntake(
      store.db,
      security,
      {
        name: 'Выдуманный Степан',
        lastContactOn: '2024-04-14',
        situation: 'detained',
        contact: '+7 900 555-77-01',
        language: 'ru',
        consent: true,
      },
      { address: '203.0.113.7', search: 'later' },
    );
    const id = out.caseId as string;
    expect(await readCase(store.db, security, 'u', id)).toMatchObject({
      status: 'detained',
      statusOn: '2024-04-14',
    });
    const { user } = await createUser(store.db, security, {
      username: 'worker',
      password: 'a long passphrase for the worker',
      role: 'caseworker',
      actor: 'system',
    });
    await setAssignees(store.db, security, 'u', id, [user.id]);
    const record = (status: 'detained' | 'released', onDate: string) =>
      store.db
        .transaction()
        .execute((trx) => addStatus(trx, security, user.id, id, { status, onDate, evidenceKind: 'call' }));
    await record('detained', '2024-04-14');
    await record('released', '2024-06-01');
    const file = await readCase(store.db, security, user.id, id);
    expect(file).toMatchObject({ status: 'released', statusOn: '2024-06-01' });
    const [row] = await listCases(store.db, security, user.id, {});
    expect(row).toMatchObject({ status: 'released', statusOn: '2024-06-01' });
    const home = await caseHome(store.db, security, user.id);
    expect(home.myCases[0]).toMatchObject({ status: 'released', statusOn: '2024-06-01' });
  });
});
