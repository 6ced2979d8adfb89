/**
 * The core case file on a real store: opening a case, its dated entries,
 * assignees and tasks; every personal field encrypted at rest, every view
 * and change audited. Names and places here are invented.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSecurity } from '../../test/support/test-security.ts';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { createUser } from '../security/accounts/users.ts';
import type { Security } from '../security/services.ts';
import { addContact, addFamily, addStatus, addWhereabouts } from './entries.ts';
import { caseHome } from './home.ts';
import { createCase, listCases, readCase, setAssignees, updateCase } from './repository.ts';
import { addTask, updateTask } from './tasks.ts';

const NAME = 'Тестов Вымысел Петрович';
const MOTHER = 'Галина Тестова';
const PHONE = '+7 900 123-45-67';

describe('case files', () => {
  let store: TestStore;
  let security: Security;
  let clock = new Date('2026-03-01T10:00:00Z');
  let worker: string;

  beforeAll(async () => {
    store = await createTestStore();
    security = createTestSecurity(store.db, () => clock);
    const user = await createUser(store.db, security, {
      username: 'worker-one',
      role: 'caseworker',
      password: 'a long enough password',
      actor: 'system',
    });
    worker = user.user.id;
  });
  afterAll(() => store.dispose());

  it('keeps a dated history, whereabouts, contacts and family, and shows the latest status', async () => {
    const opened = await createCase(store.db, security, worker, {
      personName: NAME,
      birthDate: '1995-04',
      unit: 'в/ч 00000',
      region: 'RU-BU',
      status: 'refused',
      statusOn: '2026-02-10',
    });
    expect(opened.ref).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(opened).toMatchObject({ state: 'open', status: 'refused', statusOn: '2026-02-10', title: NAME });
    await store.db.transaction().execute(async (trx) => {
      await addStatus(trx, security, worker, opened.id, {
        status: 'detained',
        onDate: '2026-02-20',
        evidenceKind: 'call',
        note: 'a fellow soldier called the mother',
      });
      // An older fact recorded later does not replace the current status.
      await addStatus(trx, security, worker, opened.id, {
        status: 'appealed',
        onDate: '2026-02-12',
        evidenceKind: 'document',
      });
      await addWhereabouts(trx, security, worker, opened.id, {
        place: 'a basement in Testograd',
        since: '2026-02-20',
      });
      await addContact(trx, security, worker, opened.id, {
        channel: 'call',
        direction: 'in',
        counterpart: MOTHER,
        summary: 'No call since Tuesday.',
      });
      await addFamily(trx, security, worker, opened.id, { name: MOTHER, relation: 'mother', contact: PHONE });
    });
    const file = await readCase(store.db, security, worker, opened.id);
    expect(file.status).toBe('detained');
    expect(file.statusHistory.map((s) => [s.onDate, s.status])).toEqual([
      ['2026-02-10', 'refused'],
      ['2026-02-12', 'appealed'],
      ['2026-02-20', 'detained'],
    ]);
    expect(file.whereabouts[0]).toMatchObject({ place: 'a basement in Testograd', since: '2026-02-20' });
    expect(file.family[0]).toMatchObject({ name: MOTHER, contact: PHONE });
    expect(file.contacts[0]?.summary).toBe('No call since Tuesday.');
  });

  it('stores no personal field in the clear', async () => {
    const tables = ['cases', 'case_status', 'case_whereabouts', 'case_contacts', 'case_family'];
    for (const table of tables) {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
        store.db,
      );
      const dump = JSON.stringify(rows);
      expect(rows.length, table).toBeGreaterThan(0);
      for (const secret of [NAME, MOTHER, 'Testograd', '123-45-67', 'Tuesday', 'fellow soldier'])
        expect(dump.includes(secret), `${table} holds "${secret}"`).toBe(false);
    }
  });

  it('audits every view and change by case id only', async () => {
    const [c] = await listCases(store.db, security, worker);
    const before = await countAudit(c!.id);
    await readCase(store.db, security, worker, c!.id);
    expect(await countAudit(c!.id)).toBe(before + 1);
    const { rows } = await sql<{
      details: unknown;
    }>`select details from audit_log where target_id = ${c!.id}`.execute(store.db);
    expect(JSON.stringify(rows)).not.toContain('Тестов');
  });

  it('moves a case from triage to open and lists by state and assignee', async () => {
    const reported = await createCase(
      store.db,
      security,
      'anonymous',
      { personName: 'Другой Человек' },
      { state: 'triage', origin: 'intake' },
    );
    expect((await listCases(store.db, security, worker, { state: 'triage' })).map((c) => c.id)).toContain(
      reported.id,
    );
    await updateCase(store.db, security, worker, reported.id, { state: 'open' });
    await setAssignees(store.db, security, worker, reported.id, [worker]);
    const mine = await listCases(store.db, security, worker, { assignee: worker });
    expect(mine.map((c) => c.id)).toEqual([reported.id]);
    expect(mine[0]?.assignees.map((a) => a.username)).toEqual(['worker-one']);
    await expect(
      setAssignees(store.db, security, worker, reported.id, ['user_nobody']),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('flags a task overdue once its date passes, on the assignee home screen', async () => {
    const [c] = await listCases(store.db, security, worker, { assignee: worker });
    const task = await addTask(store.db, security, worker, c!.id, {
      title: 'Call the unit',
      assignee: worker,
      dueOn: '2026-03-05',
    });
    expect(task.overdue).toBe(false);
    expect((await caseHome(store.db, security, worker)).overdueTasks).toEqual([]);
    clock = new Date('2026-03-06T09:00:00Z');
    const home = await caseHome(store.db, security, worker);
    expect(home.overdueTasks.map((t) => t.id)).toEqual([task.id]);
    expect(home.myCases.map((m) => m.id)).toEqual([c!.id]);
    await updateTask(store.db, security, worker, c!.id, task.id, { done: true });
    expect((await caseHome(store.db, security, worker)).overdueTasks).toEqual([]);
  });

  it('refuses an unknown case with a typed error', async () => {
    await expect(readCase(store.db, security, worker, 'case_missing')).rejects.toMatchObject({
      code: 'case_not_found',
    });
  });

  async function countAudit(caseId: string): Promise<number> {
    const r = await store.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('target_id', '=', caseId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
});
