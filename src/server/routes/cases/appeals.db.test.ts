/**
 * The appeals API on the whole app (access control, CSRF, problem documents)
 * with a clock the test moves: a caseworker files an appeal, sees it flagged
 * once its due date passes, records the answer and downloads a letter.
 * Researchers are refused. Names are invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, PASSWORD, type Session, signIn, TEST_ARGON2 } from '../../../../test/security/support.ts';
import { createTestStore, type TestStore } from '../../../../test/support/test-store.ts';
import { addFamily, createCase } from '../../../cases/repository.ts';
import { createUser } from '../../../security/accounts/users.ts';
import { generateKeyring } from '../../../security/crypto/keyring.ts';
import { createSecurity, type Security } from '../../../security/services.ts';
import { createApp } from '../../app.ts';

describe('appeal routes', () => {
  let store: TestStore;
  let security: Security;
  let app: ReturnType<typeof createApp>;
  let clock = new Date(0);
  const sessions: Record<'caseworker' | 'researcher', Session> = {} as never;
  let caseId = '';
  let caseRef = '';
  let familyId = '';
  let appealId = '';

  const send = (path: string, method: string, who: keyof typeof sessions, body?: unknown) =>
    app.request(path, {
      method,
      headers: as(sessions[who], { 'content-type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  /** Moves the clock; sessions time out when idle, so both sign in again. */
  const moveClockTo = async (iso: string) => {
    clock = new Date(iso);
    for (const role of ['caseworker', 'researcher'] as const)
      sessions[role] = await signIn(app, `t-${role}`, PASSWORD);
  };
  const read = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;

  beforeAll(async () => {
    store = await createTestStore();
    security = createSecurity(store.db, {
      keyring: generateKeyring(),
      anchorPath: null,
      argon2: TEST_ARGON2,
      now: () => clock,
    });
    app = createApp({
      db: store.db,
      version: 'test',
      maxFileBytes: 1024 * 1024,
      security,
      connection: { trustProxy: false, socketAddress: () => '192.0.2.10' },
    });
    for (const role of ['caseworker', 'researcher'] as const)
      await createUser(store.db, security, {
        username: `t-${role}`,
        role,
        password: PASSWORD,
        actor: 'system',
      });
    await moveClockTo('2026-04-01T09:00:00Z');
    const c = await createCase(store.db, security, 'system', { personName: 'Придуманов Иван Ильич' });
    caseId = c.id;
    caseRef = c.ref;
    familyId = (
      await store.db
        .transaction()
        .execute((trx) =>
          addFamily(trx, security, 'system', c.id, { name: 'Придуманова Вера', relation: 'жена' }),
        )
    ).id;
  });
  afterAll(() => store.dispose());

  it('serves the due-date rules and the letter templates to caseworkers only', async () => {
    const rules = await read<{ items: { type: string; days: number; basis: { ru: string } }[] }>(
      send('/api/casework/addressees', 'GET', 'caseworker'),
    );
    expect(rules.items.map((r) => r.type)).toEqual([
      'unit_command',
      'military_prosecutor',
      'ombudsman',
      'investigative_committee',
      'court',
      'other',
    ]);
    expect(rules.items.find((r) => r.type === 'investigative_committee')?.days).toBe(3);
    const letters = await read<{ items: { id: string; title: { ru: string }; addresseeTypes: string[] }[] }>(
      send('/api/casework/letters', 'GET', 'caseworker'),
    );
    expect(letters.items).toContainEqual(
      expect.objectContaining({ id: 'ombudsman-complaint', addresseeTypes: ['ombudsman'] }),
    );
    expect((await send('/api/casework/addressees', 'GET', 'researcher')).status).toBe(403);
    expect((await send('/api/casework/due', 'GET', 'researcher')).status).toBe(403);
  });

  it('files an appeal, flags it once the due date passes, and clears it with the answer', async () => {
    const input = {
      addresseeType: 'unit_command',
      addressee: 'Командиру войсковой части 00000',
      filedOn: '2026-03-10',
    };
    expect((await send(`/api/cases/${caseId}/appeals`, 'POST', 'researcher', input)).status).toBe(403);
    // 10.03.2026 is a date as people write it (accepted); this is no date at all.
    const bad = await send(`/api/cases/${caseId}/appeals`, 'POST', 'caseworker', {
      ...input,
      filedOn: 'the tenth',
    });
    expect(bad.status).toBe(400);
    expect((await read<{ detail: string }>(bad)).detail).toMatch(/filedOn/);
    const impossible = await send(`/api/cases/${caseId}/appeals`, 'POST', 'caseworker', {
      ...input,
      filedOn: '2026-02-30',
    });
    expect(impossible.status).toBe(400);
    expect((await send('/api/cases/case_nope/appeals', 'POST', 'caseworker', input)).status).toBe(404);

    const res = await send(`/api/cases/${caseId}/appeals`, 'POST', 'caseworker', input);
    expect(res.status).toBe(201);
    const appeal = await read<{ id: string; dueOn: string; state: string; daysRemaining: number }>(res);
    expect(appeal).toMatchObject({ dueOn: '2026-04-09', state: 'pending', daysRemaining: 8 });
    appealId = appeal.id;

    const soon = await read<{ today: string; items: unknown[] }>(
      send('/api/casework/due', 'GET', 'caseworker'),
    );
    expect(soon).toEqual({ today: '2026-04-01', items: [] });
    const week = await read<{ items: { state: string }[] }>(
      send('/api/casework/due?withinDays=8', 'GET', 'caseworker'),
    );
    expect(week.items.map((i) => i.state)).toEqual(['due_soon']);

    await moveClockTo('2026-04-12T09:00:00Z');
    const late = await read<{ today: string; items: Record<string, unknown>[] }>(
      send('/api/casework/due', 'GET', 'caseworker'),
    );
    expect(late.today).toBe('2026-04-12');
    expect(late.items).toEqual([
      expect.objectContaining({ caseId, caseRef, appealId, state: 'overdue', daysOverdue: 3 }),
    ]);
    expect(late.items[0]).not.toHaveProperty('title');
    const named = await read<{ items: { title: string }[] }>(
      send('/api/casework/due?names=true', 'GET', 'caseworker'),
    );
    expect(named.items[0]?.title).toBe('Придуманов Иван Ильич');
    const asOf = await read<{ items: unknown[] }>(
      send('/api/casework/due?asOf=2026-03-20', 'GET', 'caseworker'),
    );
    expect(asOf.items).toEqual([]);

    const answered = await send(`/api/cases/${caseId}/appeals/${appealId}`, 'PATCH', 'caseworker', {
      response: 'Военнослужащий проходит службу, рапорт рассматривается.',
      respondedOn: '2026-04-11',
    });
    expect(answered.status).toBe(200);
    expect(await read(answered)).toMatchObject({ state: 'answered', respondedOn: '2026-04-11' });
    expect((await read<{ items: unknown[] }>(send('/api/casework/due', 'GET', 'caseworker'))).items).toEqual(
      [],
    );
    expect(
      (await send(`/api/cases/${caseId}/appeals/appeal_nope`, 'PATCH', 'caseworker', { dueOn: '2026-05-01' }))
        .status,
    ).toBe(404);
    expect((await send(`/api/cases/${caseId}/appeals/${appealId}`, 'PATCH', 'caseworker', {})).status).toBe(
      400,
    );
  });

  it('downloads a letter as plain text, audited as an export', async () => {
    const url = `/api/cases/${caseId}/appeals/${appealId}/letter?template=unit-command-information&family=${familyId}`;
    expect((await send(url, 'GET', 'researcher')).status).toBe(403);
    const res = await send(url, 'GET', 'caseworker');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="letter-unit-command-information-2026-03-10.txt"',
    );
    const text = await res.text();
    expect(text).toMatch(
      /^Командиру войсковой части 00000\n\nЗаявитель: Придуманова Вера\nКем приходится военнослужащему: жена\n/,
    );
    expect(text).toContain('фамилия, имя, отчество: Придуманов Иван Ильич;');
    // Dated by the appeal (filed 10 March), not by the day it is downloaded.
    expect(text).toContain('Дата: 10.03.2026');
    const exported = await store.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('target_id', '=', caseId)
      .where('action', '=', 'export')
      .execute();
    expect(exported).toEqual([
      {
        details: {
          part: 'appeal',
          appeal: appealId,
          template: 'unit-command-information',
          family: familyId,
          format: 'text',
        },
      },
    ]);
    const unknown = await send(
      `/api/cases/${caseId}/appeals/${appealId}/letter?template=nope`,
      'GET',
      'caseworker',
    );
    expect(unknown.status).toBe(400);
    expect((await read<{ detail: string }>(unknown)).detail).toMatch(/^template:/);
  });
  it('describes its routes in the OpenAPI document', async () => {
    const doc = await read<{ paths: Record<string, unknown> }>(
      send('/api/openapi.json', 'GET', 'caseworker'),
    );
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/casework/addressees',
        '/api/casework/letters',
        '/api/casework/due',
        '/api/cases/{id}/appeals',
        '/api/cases/{id}/appeals/{appealId}',
        '/api/cases/{id}/appeals/{appealId}/letter',
      ]),
    );
  });
});
