/**
 * The PFIF API as a caseworker's tools call it: POST a document, GET the
 * export; only the roles with the cases rights get through; a bad document
 * is a 400 naming the record and field.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createSecuredApp, type TestApp } from '../../../test/security/support.ts';
import { createTestStore, type TestStore } from '../../../test/support/test-store.ts';
import { parsePfif } from './parse.ts';

const full = readFileSync(new URL('./fixtures/full.xml', import.meta.url), 'utf8');

describe('PFIF over HTTP', () => {
  let store: TestStore;
  let t: TestApp;
  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db, { now: () => new Date('2024-05-01T10:00:00Z') });
  });
  afterAll(() => store.dispose());

  const post = (role: keyof TestApp['sessions'] | null, body: string, type = 'application/xml') =>
    t.app.request('/api/casework/pfif', {
      method: 'POST',
      headers: as(role ? t.sessions[role] : null, { 'content-type': type }),
      body,
    });

  it('imports a document for a caseworker, and only for the roles that may', async () => {
    expect((await post('researcher', full)).status).toBe(403);
    expect((await post(null, full)).status).toBe(401);
    const res = await post('caseworker', full);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ personsCreated: 2, notesImported: 4 });
    const again = await post('caseworker', full);
    expect(await again.json()).toMatchObject({ personsCreated: 0, personsUnchanged: 2, notesSkipped: 4 });
  });

  it('leaves out a bad record naming it and its field, and refuses what is not a PFIF document', async () => {
    const bad = await post(
      'caseworker',
      full.replace('<pfif:sex>male</pfif:sex>', '<pfif:sex>мужской</pfif:sex>'),
    );
    expect(bad.status).toBe(200);
    const report = (await bad.json()) as { rejected: { file: string; record: string; field: string }[] };
    // The person is left out, and the notes written inside it with it.
    expect(report.rejected.map((r) => [r.record, r.field])).toEqual([
      ['person 1 (finder.example.org/person.4107)', 'sex'],
      ['note finder.example.org/note.9001', null],
      ['note finder.example.org/note.9002', null],
    ]);
    expect(report.rejected.every((r) => r.file === 'the request body')).toBe(true);
    expect(JSON.stringify(report)).not.toContain('мужской');
    const notXml = await post('caseworker', '<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">');
    expect(notXml.status).toBe(400);
    expect(((await notXml.json()) as { detail: string }).detail).toMatch(/^the request body: line \d+/);
    expect((await post('caseworker', '{"persons": []}', 'application/json')).status).toBe(415);
  });

  it('exports as application/xml, one case or all', async () => {
    const res = await t.app.request('/api/casework/pfif?state=triage&domain=helpline.example', {
      headers: as(t.sessions.caseworker),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    const doc = parsePfif(await res.text(), 'export');
    expect(doc.persons.map((p) => p.person.person_record_id)).toEqual([
      'finder.example.org/person.4107',
      'finder.example.org/person.4111',
    ]);
    expect((await t.app.request('/api/casework/pfif', { headers: as(t.sessions.researcher) })).status).toBe(
      403,
    );
    const missing = await t.app.request('/api/casework/pfif?caseId=case_nothing', {
      headers: as(t.sessions.caseworker),
    });
    expect(missing.status).toBe(404);
    const badDomain = await t.app.request('/api/casework/pfif?domain=not%20a%20domain', {
      headers: as(t.sessions.caseworker),
    });
    expect(badDomain.status).toBe(400);
  });

  it('is described in the OpenAPI document, with its XML bodies', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { requestBody?: { content: object } }>>;
    };
    const path = doc.paths['/api/casework/pfif'];
    expect(Object.keys(path ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(path?.post?.requestBody?.content ?? {})).toEqual(['application/xml']);
  });
});
