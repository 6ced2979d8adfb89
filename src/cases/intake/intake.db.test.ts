/**
 * A family's report on a real store with an invented knowledge base: it
 * opens a triage case with its entries in one go, runs the match search,
 * attaches a second report for the same man to the same case, drops robots
 * and counts reports per network. Names, contacts and places are invented.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSecurity } from '../../../test/support/test-security.ts';
import { createTestStore, type TestStore } from '../../../test/support/test-store.ts';
import { loadKbDeps } from '../../kb/lexicon.ts';
import { rebuildKnowledge } from '../../kb/repository.ts';
import { loadResolver } from '../../kb/resolver.ts';
import type { Security } from '../../security/services.ts';
import { ingestBytes } from '../../sources/ingest-sources.ts';
import { readCase } from '../repository.ts';
import { INTAKE_LIMIT, submitIntake } from './intake.ts';
import type { IntakeInput } from './schema.ts';

const report = (over: Partial<IntakeInput> = {}): IntakeInput => ({
  name: 'Придуманов Тест Ильич',
  birthDate: '1996-07',
  region: 'RU-BU',
  contact: '+7 900 555-01-02',
  reporterName: 'Вера Придуманова',
  relation: 'мать',
  language: 'ru',
  consent: true,
  ...over,
});

describe('family intake', () => {
  let store: TestStore;
  let security: Security;
  let clock = new Date('2026-05-04T08:00:00Z');
  let address = 0;
  /** Each report from its own address, except where the limit is the point. */
  const from = () => ({ address: `198.51.100.${++address}` });

  beforeAll(async () => {
    store = await createTestStore();
    for (const f of ['ledger.md', 'reprint.md', 'post.md']) {
      const bytes = readFileSync(new URL(`../../kb/fixtures/${f}`, import.meta.url));
      await ingestBytes(store.db, f, new Uint8Array(bytes));
    }
    await rebuildKnowledge(store.db, loadKbDeps(), loadResolver(), 'test');
    security = createTestSecurity(store.db, () => clock);
  });
  afterAll(() => store.dispose());

  it('opens a triage case with the reporter, the report, the place and a first status, all audited as anonymous', async () => {
    const out = await submitIntake(
      store.db,
      security,
      report({
        lastContactOn: '2026-04-28',
        lastWords: 'Сказал, что их держат в подвале и телефоны забирают.',
        lastPlace: 'подвал в Тестограде',
        situation: 'detained',
        unit: 'в/ч 00000',
      }),
      from(),
    );
    expect(out).toMatchObject({ disposition: 'opened', receivedAt: clock.toISOString() });
    expect(out.ref).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const file = await readCase(store.db, security, 'user_reader', out.caseId!);
    expect(file).toMatchObject({
      ref: out.ref,
      state: 'triage',
      origin: 'intake',
      personName: 'Придуманов Тест Ильич',
      birthDate: '1996-07',
      region: 'RU-BU',
      unit: 'в/ч 00000',
      status: 'detained',
    });
    expect(file.family).toMatchObject([
      { name: 'Вера Придуманова', relation: 'мать', contact: '+7 900 555-01-02' },
    ]);
    expect(file.contacts).toHaveLength(1);
    expect(file.contacts[0]).toMatchObject({
      channel: 'form',
      direction: 'in',
      counterpart: 'Вера Придуманова (мать)',
    });
    // Written in the form's language: the family's words and the labels around them read alike.
    expect(file.contacts[0]!.summary).toContain('Последняя связь: 2026-04-28');
    expect(file.contacts[0]!.summary).toContain('Что случилось, по мнению семьи: задержан');
    expect(file.contacts[0]!.summary).toContain('их держат в подвале');
    expect(file.whereabouts).toMatchObject([{ place: 'подвал в Тестограде', since: '2026-04-28' }]);
    expect(file.statusHistory).toMatchObject([
      // Dated by his last contact, not by the day of the form.
      { status: 'detained', evidenceKind: 'intake', onDate: '2026-04-28' },
    ]);
    const audits = await store.db
      .selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('target_id', '=', out.caseId)
      .where('action', '!=', 'view')
      .execute();
    expect(audits.length).toBeGreaterThanOrEqual(5);
    expect(audits.every((a) => a.actor === 'anonymous')).toBe(true);
    const stored = JSON.stringify((await sql`select * from case_contacts`.execute(store.db)).rows);
    expect(stored).not.toContain('подвале');
  });

  it('runs the match search: a report that fits a public report gets suggestions, the reporter sees none', async () => {
    const fits = await submitIntake(
      store.db,
      security,
      report({
        name: 'Иван Петров',
        birthDate: '2000',
        unit: '64 ОМСБр',
        lastPlace: 'Брянка',
        contact: 'ivan.family@example.org',
      }),
      from(),
    );
    expect(fits.suggestions).toBeGreaterThan(0);
    const pending = await store.db
      .selectFrom('case_links')
      .select('state')
      .where('case_id', '=', fits.caseId!)
      .execute();
    expect(pending.length).toBe(fits.suggestions);
    const stranger = await submitIntake(
      store.db,
      security,
      report({ name: 'Выдумкин Ноль Нолевич', contact: '@nobody_here' }),
      from(),
    );
    expect(stranger.suggestions).toBe(0);
  });

  it('attaches a second report for the same man to his case and gives a fresh reference', async () => {
    const first = await submitIntake(
      store.db,
      security,
      report({ name: 'Сочинёнов Артём', birthDate: '1990-01-15' }),
      from(),
    );
    const again = await submitIntake(
      store.db,
      security,
      report({
        name: '  сочиненов   АРТЕМ ',
        birthDate: '1990-01-15',
        contact: 'sister@example.org',
        reporterName: 'Оля',
        relation: 'сестра',
        situation: 'missing',
        unit: '64 ОМСБр',
      }),
      from(),
    );
    expect(again.disposition).toBe('attached');
    expect(again.caseId).toBe(first.caseId);
    expect(again.ref).not.toBe(first.ref);
    expect(
      await store.db.selectFrom('cases').select('id').where('ref', '=', again.ref).execute(),
    ).toHaveLength(0);
    const file = await readCase(store.db, security, 'user_reader', first.caseId!);
    expect(file.family.map((f) => f.relation)).toEqual(['мать', 'сестра']);
    expect(file.contacts).toHaveLength(2);
    expect(file.contacts[1]!.summary).toContain(`Номер, выданный отправителю: ${again.ref}`);
    expect(file.contacts[1]!.summary).toContain('Часть, как написано: 64 ОМСБр');
    // A stranger's report changes neither the case's fields nor its status.
    expect(file).toMatchObject({ unit: null, status: 'unknown', personName: 'Сочинёнов Артём' });
    expect(file.statusHistory).toHaveLength(1);

    // The same reporter again, without a birth date: the same case, no second family contact.
    const third = await submitIntake(
      store.db,
      security,
      report({ name: 'Сочинёнов Артём', birthDate: undefined, contact: 'sister@example.org' }),
      from(),
    );
    expect(third.caseId).toBe(first.caseId);
    expect((await readCase(store.db, security, 'user_reader', first.caseId!)).family).toHaveLength(2);
  });

  it('opens a new case for the same name with another or no birth date, or when the earlier case is closed', async () => {
    const a = await submitIntake(
      store.db,
      security,
      report({ name: 'Тезкин Иван', birthDate: '1991' }),
      from(),
    );
    const b = await submitIntake(
      store.db,
      security,
      report({ name: 'Тезкин Иван', birthDate: '1992', contact: '@other_mother' }),
      from(),
    );
    const c = await submitIntake(
      store.db,
      security,
      report({ name: 'Тезкин Иван', birthDate: undefined, contact: '@third_one' }),
      from(),
    );
    expect(new Set([a.caseId, b.caseId, c.caseId]).size).toBe(3);
    await store.db.updateTable('cases').set({ state: 'closed' }).where('id', '=', a.caseId!).execute();
    const d = await submitIntake(
      store.db,
      security,
      report({ name: 'Тезкин Иван', birthDate: '1991' }),
      from(),
    );
    expect(d.disposition).toBe('opened');
  });

  it('opens one case when two reports of the same man arrive at the same moment', async () => {
    const twin = report({ name: 'Одновременный Пётр', birthDate: '1990-01-01' });
    const [a, b] = await Promise.all([
      submitIntake(store.db, security, twin, from()),
      submitIntake(store.db, security, { ...twin, contact: '+7 900 555-09-09' }, from()),
    ]);
    expect([a.disposition, b.disposition].sort()).toEqual(['attached', 'opened']);
    expect(a.caseId).toBe(b.caseId);
    expect(a.ref).not.toBe(b.ref);
  });

  it('answers a robot like anyone and stores nothing', async () => {
    const before = await store.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const bot = await submitIntake(
      store.db,
      security,
      report({ name: 'Спам Спамович', website: 'http://spam.example' }),
      from(),
    );
    expect(bot).toMatchObject({ disposition: 'dropped', caseId: null });
    expect(bot.ref).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const after = await store.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('accepts five reports an hour from one network, then refuses for an hour', async () => {
    const one = { address: '2001:db8:1:2::10' };
    const sameNetwork = { address: '2001:db8:1:2:ffff::99' };
    for (let i = 0; i < INTAKE_LIMIT.perNetwork; i++) {
      await submitIntake(store.db, security, report({ name: `Лимитов ${i}` }), i % 2 ? one : sameNetwork);
    }
    await expect(
      submitIntake(store.db, security, report({ name: 'Лимитов Лишний' }), one),
    ).rejects.toMatchObject({
      code: 'throttled',
      retryAfterSeconds: INTAKE_LIMIT.lockSeconds,
    });
    // Another network is not affected.
    expect(
      (await submitIntake(store.db, security, report({ name: 'Другой Сеть' }), from())).disposition,
    ).toBe('opened');
    clock = new Date(clock.getTime() + (INTAKE_LIMIT.lockSeconds + 1) * 1000);
    expect((await submitIntake(store.db, security, report({ name: 'Лимитов Потом' }), one)).disposition).toBe(
      'opened',
    );
  });

  it('refuses a last contact in the future', async () => {
    await expect(
      submitIntake(store.db, security, report({ lastContactOn: '2099-01-01' }), from()),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
