/**
 * What a caseworker needs from the API beyond the case file itself: finding
 * a case by name, region and a family's second reference; a letter filled
 * with the family's last contact, dated by the appeal, as a DOCX to print;
 * an appeal's answer moving the status; and scans attached, type-checked,
 * size-limited and encrypted at rest. Names and contacts are invented.
 */
import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createSecuredApp, type TestApp } from '../../../../test/security/support.ts';
import { createTestStore, type TestStore } from '../../../../test/support/test-store.ts';
import { attachDocument } from '../../../cases/documents/repository.ts';
import { DOCUMENT_MAX_BYTES } from '../../../cases/documents/schema.ts';

/** A 1×1 PNG, as a phone's scanner app would save (smaller). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('casework through the API', () => {
  let store: TestStore;
  let t: TestApp;
  let caseId = '';
  let appealId = '';
  const clock = new Date('2026-12-07T10:00:00Z');
  const call = (path: string, init: RequestInit = {}, who: 'caseworker' | 'researcher' = 'caseworker') =>
    t.app.request(path, {
      ...init,
      headers: as(t.sessions[who], (init.headers ?? {}) as Record<string, string>),
    });
  const post = (path: string, body: unknown, method = 'POST') =>
    call(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const upload = (file: Blob, name: string, fields: Record<string, string>, who?: 'researcher') => {
    const form = new FormData();
    form.set('file', file, name);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return call(`/api/cases/${caseId}/documents`, { method: 'POST', body: form }, who);
  };

  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db, { now: () => clock });
    const intake = {
      name: 'Вымышленный Тарас',
      birthDate: '14.02.1998',
      region: 'Бурятия',
      lastContactOn: '14.04.2024',
      situation: 'detained',
      contact: '+7 900 555-66-01',
      language: 'ru',
      consent: true,
    };
    const first = await t.app.request('/api/public/intake', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(intake),
    });
    expect(first.status).toBe(202);
    const list = (await (await call('/api/cases?q=Taras')).json()) as { items: { id: string }[] };
    caseId = list.items[0]?.id ?? '';
  }, 60_000);
  afterAll(() => store.dispose());

  it("finds the case by name in Latin, by region name, and by the family's second reference", async () => {
    expect(caseId).not.toBe('');
    const ids = async (query: string) =>
      ((await (await call(`/api/cases?${query}`)).json()) as { items: { id: string }[] }).items.map(
        (c) => c.id,
      );
    expect(await ids(`region=${encodeURIComponent('Buryatia')}`)).toEqual([caseId]);
    expect(await ids('region=RU-AMU')).toEqual([]);
    expect(await ids('assignee=none&status=detained')).toEqual([caseId]);
    const again = await t.app.request('/api/public/intake', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
      body: JSON.stringify({
        name: 'вымышленный тарас',
        birthDate: '1998-02-14',
        contact: 'sister@example.org',
        language: 'en',
        consent: true,
      }),
    });
    const { ref } = (await again.json()) as { ref: string };
    expect(await ids(`q=${ref}`)).toEqual([caseId]);
  });

  it('fills a letter with the last contact, dates it by the appeal, and gives it as a DOCX to print', async () => {
    const filed = await post(`/api/cases/${caseId}/appeals`, {
      addresseeType: 'military_prosecutor',
      filedOn: '01.12.2026',
    });
    expect(filed.status).toBe(201);
    appealId = ((await filed.json()) as { id: string }).id;
    const url = `/api/cases/${caseId}/appeals/${appealId}/letter?template=prosecutor-whereabouts`;
    const text = await (await call(url)).text();
    expect(text).toContain('14.04.2024');
    expect(text).toContain('Дата: 01.12.2026');
    const docx = await call(`${url}&format=docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(docx.headers.get('content-disposition')).toMatch(/attachment; filename="letter-.*\.docx"/);
    const part = unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml'];
    const xml = part ? strFromU8(part) : '';
    expect(xml).toContain('Вымышленный Тарас');
    expect(xml).toContain('14.04.2024');
  });

  it("moves the case's status when an answer says so, dated by the answer", async () => {
    const res = await post(
      `/api/cases/${caseId}/appeals/${appealId}`,
      { response: 'Освобождён.', respondedOn: '05.12.2026', status: 'released' },
      'PATCH',
    );
    expect(res.status).toBe(200);
    const file = (await (await call(`/api/cases/${caseId}`)).json()) as {
      status: string;
      statusOn: string;
      statusHistory: { status: string; evidenceKind: string; evidenceRef: string }[];
    };
    expect(file).toMatchObject({ status: 'released', statusOn: '2026-12-05' });
    expect(file.statusHistory).toContainEqual(
      expect.objectContaining({ status: 'released', evidenceKind: 'document', evidenceRef: appealId }),
    );
  });

  it('attaches a scan and an answer, encrypted at rest, and gives them back only to caseworkers', async () => {
    const scan = await upload(new Blob([PNG], { type: 'image/png' }), 'паспорт Тараса.png', { kind: 'scan' });
    expect(scan.status).toBe(201);
    const doc = (await scan.json()) as { id: string; mediaType: string; filename: string; byteSize: number };
    expect(doc).toMatchObject({
      mediaType: 'image/png',
      filename: 'паспорт Тараса.png',
      byteSize: PNG.length,
    });
    const answer = await upload(new Blob([PDF]), 'ответ.pdf', { kind: 'answer', appealId });
    expect(answer.status).toBe(201);
    expect(await answer.json()).toMatchObject({ mediaType: 'application/pdf', appealId });
    const file = (await (await call(`/api/cases/${caseId}`)).json()) as { documents: { id: string }[] };
    expect(file.documents).toHaveLength(2);

    const back = await call(`/api/cases/${caseId}/documents/${doc.id}`);
    expect(back.status).toBe(200);
    expect(back.headers.get('content-type')).toBe('image/png');
    expect(back.headers.get('content-disposition')).not.toContain('Тарас');
    expect(Buffer.from(await back.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await call(`/api/cases/${caseId}/documents/${doc.id}`, {}, 'researcher')).status).toBe(403);
    expect((await upload(new Blob([PNG]), 'x.png', { kind: 'scan' }, 'researcher')).status).toBe(403);

    const rows = (await sql`select filename, content from case_documents`.execute(store.db)).rows as {
      filename: string;
      content: string;
    }[];
    for (const r of rows) {
      expect(r.filename).toMatch(/^enc1:/);
      expect(r.content).toMatch(/^enc1:/);
      expect(r.content).not.toContain(PNG.toString('base64').slice(0, 20));
    }
  });

  it('refuses a file that is not a scan whatever its name says, and one too large', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    const renamed = await upload(new Blob([exe], { type: 'application/pdf' }), 'scan.pdf', { kind: 'scan' });
    expect(renamed.status).toBe(415);
    const huge = await upload(new Blob([PDF, Buffer.alloc(DOCUMENT_MAX_BYTES + 128 * 1024)]), 'big.pdf', {
      kind: 'scan',
    });
    expect(huge.status).toBe(413);
    // Just over the document limit but inside the request's: the use case refuses it too.
    const over = Buffer.concat([PDF, Buffer.alloc(DOCUMENT_MAX_BYTES + 1 - PDF.length)]);
    await expect(
      attachDocument(store.db, t.security, 'system', caseId, { kind: 'scan', filename: 'a.pdf' }, over),
    ).rejects.toMatchObject({ code: 'too_large' });
    const count = await store.db.selectFrom('case_documents').select('id').execute();
    expect(count).toHaveLength(2);
  });
});
