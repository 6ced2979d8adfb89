/**
 * Appeals on a real store: due dates from the rules or a caseworker's date,
 * answers, the list of what is due across cases, and letters; encrypted at
 * rest and audited. Names, units and places are invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSecurity } from '../../../test/support/test-security.ts';
import { createTestStore, type TestStore } from '../../../test/support/test-store.ts';
import { createUser } from '../../security/accounts/users.ts';
import type { Security } from '../../security/services.ts';
import { CaseError } from '../errors.ts';
import { addFamily, addWhereabouts, createCase, readCase, setAssignees, updateCase } from '../repository.ts';
import { listDue } from './due.ts';
import { appealLetter } from './letters/letter.ts';
import { addAppeal, listAppeals, updateAppeal } from './repository.ts';

const NAME = 'Вымыслов Пётр Андреевич';
const ADDRESSEE = 'Военному прокурору Энского гарнизона';
const SUBJECT = 'Сын перестал выходить на связь после подачи рапорта.';
const ANSWER = 'Проверка проведена, военнослужащий находится в части.';

describe('appeals', () => {
  let store: TestStore;
  let security: Security;
  let clock = new Date('2026-03-01T10:00:00Z');
  let worker: string;
  let other: string;

  const audits = (caseId: string) =>
    store.db
      .selectFrom('audit_log')
      .select(['action', 'details', 'actor'])
      .where('target_kind', '=', 'cases')
      .where('target_id', '=', caseId)
      .orderBy('seq')
      .execute();
  const newCase = (name = NAME) =>
    createCase(store.db, security, worker, { personName: name, unit: 'в/ч 00000' });

  beforeAll(async () => {
    store = await createTestStore();
    security = createTestSecurity(store.db, () => clock);
    const user = (username: string) =>
      createUser(store.db, security, {
        username,
        role: 'caseworker',
        password: 'a long enough password',
        actor: 'system',
      });
    worker = (await user('appeals-worker')).user.id;
    other = (await user('appeals-other')).user.id;
  });
  afterAll(() => store.dispose());

  it('files an appeal with the rule’s due date, records status appealed, and seals what names people', async () => {
    const c = await newCase();
    const appeal = await addAppeal(store.db, security, worker, c.id, {
      addresseeType: 'military_prosecutor',
      addressee: ADDRESSEE,
      subject: SUBJECT,
      filedOn: '2026-01-31',
    });
    expect(appeal).toMatchObject({
      caseId: c.id,
      addresseeType: 'military_prosecutor',
      addressee: ADDRESSEE,
      subject: SUBJECT,
      filedOn: '2026-01-31',
      dueOn: '2026-03-02',
      state: 'due_soon',
      daysRemaining: 1,
      respondedOn: null,
    });
    const raw = await store.db
      .selectFrom('case_appeals')
      .selectAll()
      .where('id', '=', appeal.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toMatch(/Военному|рапорта/);
    expect(raw.addressee).toMatch(/^enc1:/);
    expect(raw.subject).toMatch(/^enc1:/);
    expect(raw.due_on).toBe('2026-03-02');

    const file = await readCase(store.db, security, worker, c.id);
    expect(file.status).toBe('appealed');
    expect(file.statusHistory).toEqual([
      expect.objectContaining({
        status: 'appealed',
        onDate: '2026-01-31',
        evidenceKind: 'document',
        evidenceRef: appeal.id,
      }),
    ]);
    const log = await audits(c.id);
    expect(log).toContainEqual(
      expect.objectContaining({
        action: 'create',
        actor: worker,
        details: { part: 'appeal', appeal: appeal.id },
      }),
    );
    expect(JSON.stringify(log)).not.toMatch(/Военному|Вымыслов/);
  });

  it('takes a caseworker’s due date over the rule, and can leave the status history alone', async () => {
    const c = await newCase();
    const appeal = await addAppeal(store.db, security, worker, c.id, {
      addresseeType: 'court',
      filedOn: '2026-02-20',
      dueOn: '2026-02-25',
      recordStatus: false,
    });
    expect(appeal).toMatchObject({ dueOn: '2026-02-25', state: 'overdue', daysOverdue: 4, addressee: null });
    expect((await readCase(store.db, security, worker, c.id)).statusHistory).toEqual([]);
    await expect(
      addAppeal(store.db, security, worker, c.id, {
        addresseeType: 'court',
        filedOn: '2026-02-20',
        dueOn: '2026-02-19',
      }),
    ).rejects.toThrow(/dueOn: must not be before filedOn/);
    await expect(
      addAppeal(store.db, security, worker, 'case_missing', {
        addresseeType: 'court',
        filedOn: '2026-02-20',
      }),
    ).rejects.toMatchObject({ code: 'case_not_found' });
  });

  it('records an answer (dated today when no date is given) and audits which fields changed', async () => {
    const c = await newCase();
    const a = await addAppeal(store.db, security, worker, c.id, {
      addresseeType: 'unit_command',
      filedOn: '2026-01-05',
    });
    expect(a.state).toBe('overdue');
    const answered = await updateAppeal(store.db, security, worker, c.id, a.id, { response: ANSWER });
    expect(answered).toMatchObject({
      response: ANSWER,
      respondedOn: '2026-03-01',
      state: 'answered',
      daysOverdue: null,
    });
    const raw = await store.db
      .selectFrom('case_appeals')
      .select('response')
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(raw.response).toMatch(/^enc1:/);
    expect(raw.response).not.toContain('Проверка');

    const reopened = await updateAppeal(store.db, security, worker, c.id, a.id, {
      respondedOn: null,
      dueOn: '2026-03-05',
    });
    expect(reopened).toMatchObject({ state: 'due_soon', daysRemaining: 4, response: ANSWER });
    expect(
      (await audits(c.id)).filter(
        (e) => e.action === 'update' && (e.details as { part?: string }).part === 'appeal',
      ),
    ).toEqual([
      expect.objectContaining({ details: { part: 'appeal', appeal: a.id, fields: 'response' } }),
      expect.objectContaining({ details: { part: 'appeal', appeal: a.id, fields: 'dueOn,respondedOn' } }),
    ]);
    const other = await newCase();
    await expect(
      updateAppeal(store.db, security, worker, other.id, a.id, { response: ANSWER }),
    ).rejects.toMatchObject({
      code: 'item_not_found',
    });
    await expect(
      updateAppeal(store.db, security, worker, c.id, a.id, { respondedOn: '2025-12-31' }),
    ).rejects.toThrow(CaseError);
  });

  it('lists a case’s appeals decrypted, classified on the clock’s day', async () => {
    const c = await newCase();
    await addAppeal(store.db, security, worker, c.id, {
      addresseeType: 'ombudsman',
      filedOn: '2026-02-25',
      subject: SUBJECT,
    });
    await addAppeal(store.db, security, worker, c.id, {
      addresseeType: 'unit_command',
      filedOn: '2026-02-01',
    });
    const list = await listAppeals(store.db, security, c.id);
    expect(list.map((a) => [a.filedOn, a.dueOn, a.state])).toEqual([
      ['2026-02-01', '2026-03-03', 'due_soon'],
      ['2026-02-25', '2026-03-07', 'pending'],
    ]);
    expect(list[1]?.subject).toBe(SUBJECT);
    clock = new Date('2026-03-08T00:30:00Z');
    expect((await listAppeals(store.db, security, c.id)).map((a) => [a.state, a.daysOverdue])).toEqual([
      ['overdue', 5],
      ['overdue', 1],
    ]);
    clock = new Date('2026-03-01T10:00:00Z');
  });

  it('lists what is due across open cases by id and reference, names only when asked, audited', async () => {
    const mine = await newCase('Первый Вымысел');
    const theirs = await newCase('Второй Вымысел');
    const closed = await newCase('Третий Вымысел');
    await setAssignees(store.db, security, worker, mine.id, [worker]);
    await setAssignees(store.db, security, worker, theirs.id, [other]);
    const late = await addAppeal(store.db, security, worker, mine.id, {
      addresseeType: 'unit_command',
      filedOn: '2025-12-01',
    });
    await addAppeal(store.db, security, worker, mine.id, {
      addresseeType: 'unit_command',
      filedOn: '2026-02-27',
    });
    const soon = await addAppeal(store.db, security, worker, theirs.id, {
      addresseeType: 'investigative_committee',
      filedOn: '2026-02-27',
    });
    await addAppeal(store.db, security, worker, closed.id, { addresseeType: 'court', filedOn: '2025-11-01' });
    await updateCase(store.db, security, worker, closed.id, { state: 'closed' });

    const today = '2026-03-01';
    const due = await listDue(store.db, security, worker, { today });
    const ours = due.filter((d) => [mine.id, theirs.id, closed.id].includes(d.caseId));
    expect(ours).toEqual([
      {
        caseId: mine.id,
        caseRef: mine.ref,
        appealId: late.id,
        addresseeType: 'unit_command',
        filedOn: '2025-12-01',
        dueOn: '2025-12-31',
        state: 'overdue',
        daysOverdue: 60,
        daysRemaining: null,
      },
      expect.objectContaining({
        appealId: soon.id,
        dueOn: '2026-03-02',
        state: 'due_soon',
        daysRemaining: 1,
      }),
    ]);
    expect(JSON.stringify(due)).not.toContain('Вымысел');

    const named = await listDue(store.db, security, worker, { today, assignee: worker, includeTitles: true });
    expect(named.map((d) => [d.appealId, d.title])).toEqual([[late.id, 'Первый Вымысел']]);
    const wide = await listDue(store.db, security, worker, { today, assignee: worker, withinDays: 30 });
    expect(wide.map((d) => d.state)).toEqual(['overdue', 'due_soon']);
    expect((await audits(mine.id)).at(-1)).toMatchObject({
      action: 'view',
      details: { part: 'appeal', list: 'due', count: 2, titles: false },
    });
  });

  it('renders a letter from the case file, with the chosen family member as applicant, audited as an export', async () => {
    const c = await newCase();
    const family = await store.db.transaction().execute(async (trx) => {
      await addWhereabouts(trx, security, worker, c.id, { place: 'посёлок Заречный', since: '2026-02-02' });
      return addFamily(trx, security, worker, c.id, {
        name: 'Вымыслова Ольга',
        relation: 'мать',
        contact: '+7 900 000-11-22',
      });
    });
    await addAppeal(store.db, security, worker, c.id, {
      addresseeType: 'unit_command',
      filedOn: '2026-01-10',
    });
    const a = await addAppeal(store.db, security, worker, c.id, {
      addresseeType: 'military_prosecutor',
      addressee: ADDRESSEE,
      subject: SUBJECT,
      filedOn: '2026-02-15',
    });
    const letter = await appealLetter(store.db, security, worker, c.id, a.id, {
      template: 'prosecutor-whereabouts',
      familyId: family.id,
    });
    expect(letter.filename).toBe('letter-prosecutor-whereabouts-2026-02-15.txt');
    expect(letter.text).toContain(
      `${ADDRESSEE}\n\nЗаявитель: Вымыслова Ольга\nКем приходится военнослужащему: мать\n`,
    );
    expect(letter.text).toContain(`фамилия, имя, отчество: ${NAME};`);
    expect(letter.text).toContain(
      'последнее известное местонахождение: посёлок Заречный (по сведениям на 02.02.2026);',
    );
    expect(letter.text).toContain(`Обстоятельства:\n${SUBJECT}\n`);
    // Dated by the appeal, not by the day it is printed.
    expect(letter.text).toContain('Дата: 15.02.2026');
    expect((await audits(c.id)).at(-1)).toMatchObject({
      action: 'export',
      details: {
        part: 'appeal',
        appeal: a.id,
        template: 'prosecutor-whereabouts',
        family: family.id,
        format: 'text',
      },
    });

    await expect(
      appealLetter(store.db, security, worker, c.id, a.id, { template: 'no-such-letter' }),
    ).rejects.toMatchObject({ code: 'unknown_template' });
    const stranger = await newCase();
    await expect(
      appealLetter(store.db, security, worker, stranger.id, a.id, { template: 'prosecutor-whereabouts' }),
    ).rejects.toMatchObject({ code: 'item_not_found' });
    await expect(
      appealLetter(store.db, security, worker, c.id, a.id, {
        template: 'prosecutor-whereabouts',
        familyId: 'family_x',
      }),
    ).rejects.toMatchObject({ code: 'item_not_found' });
  });
});
