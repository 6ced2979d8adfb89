/**
 * Identity checks through the whole app: caseworkers add, check and remove
 * questions; the answer never comes back in any response; wrong answers
 * are limited with 429 and Retry-After; other roles are refused.
 * Questions and answers are invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createSecuredApp, type TestApp } from '../../../../test/security/support.ts';
import { createTestStore, type TestStore } from '../../../../test/support/test-store.ts';
import { CHALLENGE_LIMITS } from '../../../cases/challenges/challenges.ts';
import { createCase } from '../../../cases/repository.ts';

const ANSWER = 'Тестовая Ёлочка';

describe('challenge routes', () => {
  let store: TestStore;
  let t: TestApp;
  let caseId: string;
  const responses: string[] = [];

  const call = async (method: string, path: string, role: 'caseworker' | 'viewer' | null, body?: unknown) => {
    const res = await t.app.request(path, {
      method,
      headers: as(role ? t.sessions[role] : null, { 'content-type': 'application/json' }),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    responses.push(text);
    return {
      status: res.status,
      headers: res.headers,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    };
  };

  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
    caseId = (await createCase(store.db, t.security, 'user_x', { personName: 'Вымышленный Сын' })).id;
  });
  afterAll(() => store.dispose());

  it('adds a question and answers a check with match or not, nothing more', async () => {
    const made = await call('POST', `/api/cases/${caseId}/challenges`, 'caseworker', {
      question: 'Как он называл новогоднюю ёлку?',
      answer: ANSWER,
    });
    expect(made.status).toBe(201);
    expect(Object.keys(made.body!).sort()).toEqual(['createdAt', 'createdBy', 'id', 'question']);
    const id = made.body!.id as string;
    const right = await call('POST', `/api/cases/${caseId}/challenges/${id}/check`, 'caseworker', {
      answer: '  тестовая  елочка ',
    });
    expect(right).toMatchObject({ status: 200, body: { match: true } });
    const wrong = await call('POST', `/api/cases/${caseId}/challenges/${id}/check`, 'caseworker', {
      answer: 'Сосна',
    });
    expect(wrong).toMatchObject({ status: 200, body: { match: false } });
  });

  it('answers 429 with Retry-After once a question has had its attempts', async () => {
    const made = await call('POST', `/api/cases/${caseId}/challenges`, 'caseworker', {
      question: 'Кличка?',
      answer: ANSWER,
    });
    const path = `/api/cases/${caseId}/challenges/${made.body!.id as string}/check`;
    for (let i = 0; i < CHALLENGE_LIMITS.perChallenge; i++) {
      expect((await call('POST', path, 'caseworker', { answer: `догадка ${i}` })).status).toBe(200);
    }
    const refused = await call('POST', path, 'caseworker', { answer: ANSWER });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(CHALLENGE_LIMITS.lockSeconds));
  });

  it('removes a question; unknown ids are 404; other roles and the public are refused', async () => {
    const made = await call('POST', `/api/cases/${caseId}/challenges`, 'caseworker', {
      question: 'Лишний?',
      answer: 'нет нет',
    });
    const path = `/api/cases/${caseId}/challenges/${made.body!.id as string}`;
    expect((await call('POST', `${path}/check`, 'viewer', { answer: 'нет нет' })).status).toBe(403);
    expect((await call('POST', `${path}/check`, null, { answer: 'нет нет' })).status).toBe(401);
    expect((await call('DELETE', path, 'caseworker')).status).toBe(204);
    expect((await call('DELETE', path, 'caseworker')).status).toBe(404);
    expect((await call('POST', `${path}/check`, 'caseworker', { answer: 'нет нет' })).status).toBe(404);
    expect(
      (await call('POST', `/api/cases/case_nope/challenges`, 'caseworker', { question: 'Q?', answer: 'aa' }))
        .status,
    ).toBe(404);
    expect(
      (await call('POST', `/api/cases/${caseId}/challenges`, 'caseworker', { question: 'Q?', answer: '—' }))
        .status,
    ).toBe(400);
  });

  it('never returned an answer in any response', () => {
    const all = responses.join('\n').toLowerCase();
    expect(responses.length).toBeGreaterThan(10);
    for (const answer of ['ёлочка', 'елочка', 'нет нет', 'догадка', 'сосна'])
      expect(all).not.toContain(answer);
  });
});
