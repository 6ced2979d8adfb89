/**
 * The case file API on the secured app: caseworkers open, read and change
 * cases; researchers and viewers are refused; a case's notes are reachable
 * only through the case. Names are invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createSecuredApp, type TestApp } from '../../../../test/security/support.ts';
import { createTestStore, type TestStore } from '../../../../test/support/test-store.ts';

describe('case routes', () => {
  let store: TestStore;
  let t: TestApp;
  let caseId = '';
  const send = (path: string, method: string, role: keyof TestApp['sessions'], body?: unknown) =>
    t.app.request(path, {
      method,
      headers: as(t.sessions[role], { 'content-type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
  });
  afterAll(() => store.dispose());

  it('opens a case for a caseworker and refuses a researcher', async () => {
    const input = {
      personName: 'Выдуманов Пётр',
      unit: '1st Invented Brigade',
      status: 'missing',
      statusOn: '2026-01-05',
    };
    expect((await send('/api/cases', 'POST', 'researcher', input)).status).toBe(403);
    const res = await send('/api/cases', 'POST', 'caseworker', input);
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; status: string };
    expect(created.status).toBe('missing');
    caseId = created.id;
    expect((await send(`/api/cases/${caseId}`, 'GET', 'viewer')).status).toBe(403);
    expect((await send(`/api/cases/${caseId}`, 'GET', 'researcher')).status).toBe(403);
  });

  it('records a status change with evidence and shows it in the file', async () => {
    const bad = await send(`/api/cases/${caseId}/status`, 'POST', 'caseworker', {
      status: 'detained',
      onDate: '2026-01-09',
      evidenceKind: 'source',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toContain('evidenceRef');
    const ok = await send(`/api/cases/${caseId}/status`, 'POST', 'caseworker', {
      status: 'detained',
      onDate: '2026-01-09',
      evidenceKind: 'call',
      note: 'heard from a cellmate',
    });
    expect(ok.status).toBe(201);
    const file = (await (await send(`/api/cases/${caseId}`, 'GET', 'caseworker')).json()) as {
      status: string;
      statusHistory: { status: string; note: string | null }[];
    };
    expect(file.status).toBe('detained');
    expect(file.statusHistory.map((s) => s.status)).toEqual(['missing', 'detained']);
  });

  it('keeps case notes behind the cases right', async () => {
    const added = await send(`/api/cases/${caseId}/notes`, 'POST', 'caseworker', {
      body: 'The mother asks us not to call after nine.',
    });
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: string };
    const list = (await (await send(`/api/cases/${caseId}/notes`, 'GET', 'caseworker')).json()) as {
      items: { body: string }[];
    };
    expect(list.items.map((n) => n.body)).toEqual(['The mother asks us not to call after nine.']);
    // A researcher may read general notes, but never a case's, by subject or by id.
    expect((await send(`/api/notes?subjectKind=case&subjectId=${caseId}`, 'GET', 'researcher')).status).toBe(
      400,
    );
    expect((await send(`/api/notes/${id}`, 'GET', 'researcher')).status).toBe(404);
  });

  it('answers 404 for an unknown case and validates the state', async () => {
    expect((await send('/api/cases/case_nope', 'GET', 'caseworker')).status).toBe(404);
    expect((await send(`/api/cases/${caseId}`, 'PATCH', 'caseworker', { state: 'archived' })).status).toBe(
      400,
    );
    expect((await send(`/api/cases/${caseId}`, 'PATCH', 'caseworker', { state: 'closed' })).status).toBe(200);
    expect((await send('/api/cases?state=closed', 'GET', 'caseworker')).status).toBe(200);
  });

  it('lists assignable accounts and assigns the case', async () => {
    const { items } = (await (await send('/api/casework/assignable', 'GET', 'caseworker')).json()) as {
      items: { userId: string; username: string }[];
    };
    expect(items.map((u) => u.username).sort()).toEqual(['test-admin', 'test-caseworker']);
    const me = items.find((u) => u.username === 'test-caseworker')!;
    expect(
      (await send(`/api/cases/${caseId}/assignees`, 'PUT', 'caseworker', { userIds: [me.userId] })).status,
    ).toBe(200);
    const mine = (await (await send('/api/cases?mine=true', 'GET', 'caseworker')).json()) as {
      items: { id: string }[];
    };
    expect(mine.items.map((c) => c.id)).toEqual([caseId]);
  });
});
