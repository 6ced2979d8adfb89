/**
 * Finding cases: by words of the name in either script (blind indexes, no
 * decryption of every case), by reference (the case's own, or one given to a
 * family whose second report was attached), by region, status and assignee.
 * Names and contacts are invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSecurity } from '../../../test/support/test-security.ts';
import { createTestStore, type TestStore } from '../../../test/support/test-store.ts';
import { createUser } from '../../security/accounts/users.ts';
import type { Security } from '../../security/services.ts';
import { submitIntake } from '../intake/intake.ts';
import { createCase, listCases, setAssignees } from '../repository.ts';

describe('finding cases', () => {
  let store: TestStore;
  let security: Security;
  const ids: Record<string, string> = {};
  let worker = '';
  const find = async (filter: Parameters<typeof listCases>[3]) =>
    (await listCases(store.db, security, 'u', filter)).map((c) => c.title).sort();

  beforeAll(async () => {
    store = await createTestStore();
    security = createTestSecurity(store.db, () => new Date('2026-12-07T10:00:00Z'));
    const open = async (personName: string, region: string, status: 'detained' | 'missing') =>
      (
        await createCase(store.db, security, 'u', {
          personName,
          region,
          status,
          statusOn: '2024-04-14',
        })
      ).id;
    ids.a = await open('Тимофей Заречный', 'RU-BU', 'detained');
    ids.b = await open('Григорий Ветлугин', 'RU-AMU', 'missing');
    ids.c = await open('Пётр Заречный-Лесной', 'RU-BU', 'missing');
    const { user } = await createUser(store.db, security, {
      username: 'worker',
      password: 'a long passphrase for the worker',
      role: 'caseworker',
      actor: 'system',
    });
    worker = user.id;
    await setAssignees(store.db, security, 'u', ids.a, [worker]);
  });
  afterAll(() => store.dispose());

  it('finds a case by words of the name, in Cyrillic or a transliteration, every word required', async () => {
    expect(await find({ q: 'Заречный' })).toEqual(['Пётр Заречный-Лесной', 'Тимофей Заречный']);
    expect(await find({ q: 'zarechny' })).toEqual(['Пётр Заречный-Лесной', 'Тимофей Заречный']);
    expect(await find({ q: 'Timofey Zarechnyi' })).toEqual(['Тимофей Заречный']);
    expect(await find({ q: 'петр' })).toEqual(['Пётр Заречный-Лесной']);
    expect(await find({ q: 'Иванов' })).toEqual([]);
    expect(await find({ q: '—' })).toEqual([]);
  });

  it('stores the words only as blind indexes', async () => {
    const rows = await store.db.selectFrom('case_name_tokens').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/zarech|Заречн/i);
  });

  it('finds cases opened before the name index existed', async () => {
    await store.db
      .deleteFrom('case_name_tokens')
      .where('case_id', '=', ids.b as string)
      .execute();
    expect(await find({ q: 'Ветлугин' })).toEqual(['Григорий Ветлугин']);
  });

  it('filters by region, status and assignee, and combines them with a search', async () => {
    expect(await find({ region: 'RU-BU' })).toEqual(['Пётр Заречный-Лесной', 'Тимофей Заречный']);
    expect(await find({ region: 'RU-BU', status: 'missing' })).toEqual(['Пётр Заречный-Лесной']);
    expect(await find({ assignee: worker })).toEqual(['Тимофей Заречный']);
    expect(await find({ assignee: 'none' })).toEqual(['Григорий Ветлугин', 'Пётр Заречный-Лесной']);
    expect(await find({ q: 'Заречный', assignee: 'none' })).toEqual(['Пётр Заречный-Лесной']);
  });

  it("finds a case by its reference, and by the reference a family's second report was given", async () => {
    const report = {
      name: 'Семён Выдуманный',
      birthDate: '1990',
      contact: '+7 900 555-88-01',
      language: 'ru' as const,
      consent: true as const,
    };
    const first = await submitIntake(store.db, security, report, { address: '203.0.113.1', search: 'later' });
    const second = await submitIntake(
      store.db,
      security,
      { ...report, contact: '+7 900 555-88-02' },
      { address: '203.0.113.2', search: 'later' },
    );
    expect(second.disposition).toBe('attached');
    expect(second.ref).not.toBe(first.ref);
    expect(await find({ q: first.ref })).toEqual(['Семён Выдуманный']);
    expect(await find({ q: second.ref })).toEqual(['Семён Выдуманный']);
    // As read out over the phone: lower case, without the dash.
    expect(await find({ q: second.ref.toLowerCase().replace('-', '') })).toEqual(['Семён Выдуманный']);
  });
});
