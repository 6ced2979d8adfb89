/**
 * Identity checks on a real store: the answer is kept only as an argon2id
 * hash of its normal form, checks are limited and audited without the
 * answer, and a lock holds even against the right answer until it passes.
 * Questions and answers here are invented.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSecurity } from '../../../test/support/test-security.ts';
import { createTestStore, type TestStore } from '../../../test/support/test-store.ts';
import type { Security } from '../../security/services.ts';
import { CaseError } from '../errors.ts';
import { createCase } from '../repository.ts';
import {
  addChallenge,
  CHALLENGE_LIMITS,
  checkChallenge,
  deleteChallenge,
  listChallenges,
} from './challenges.ts';

const QUESTION = 'Как звали собаку, которая была у него в детстве?';
const ANSWER = 'Ёлка';
const WORKER = 'user_worker';

describe('challenge questions', () => {
  let store: TestStore;
  let security: Security;
  let clock = new Date('2026-04-01T09:00:00Z');
  let caseId: string;

  beforeAll(async () => {
    store = await createTestStore();
    security = createTestSecurity(store.db, () => clock);
    caseId = (await createCase(store.db, security, WORKER, { personName: 'Придуманов Тест Ильич' })).id;
  });
  afterAll(() => store.dispose());

  it('stores the question encrypted and the answer only as an argon2id hash', async () => {
    const made = await addChallenge(store.db, security, WORKER, caseId, {
      question: QUESTION,
      answer: ANSWER,
    });
    expect(made).toEqual({
      id: made.id,
      question: QUESTION,
      createdAt: clock.toISOString(),
      createdBy: WORKER,
    });
    expect(made).not.toHaveProperty('answer');
    const row = await store.db
      .selectFrom('case_challenges')
      .selectAll()
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(row.answer_hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(row.question).toMatch(/^enc1:/);
    const everything = JSON.stringify(
      (await sql`select * from case_challenges`.execute(store.db)).rows.concat(
        (await sql`select * from audit_log`.execute(store.db)).rows,
      ),
    ).toLowerCase();
    expect(everything).not.toContain('елка');
    expect(everything).not.toContain('ёлка');
    expect(await listChallenges(store.db, security, caseId)).toEqual([made]);
  });

  it('matches the normal form and audits every check by id and outcome only', async () => {
    const { id } = await addChallenge(store.db, security, WORKER, caseId, {
      question: 'Кличка кота?',
      answer: ' «Барсик» ',
    });
    expect(await checkChallenge(store.db, security, WORKER, caseId, id, 'барсик')).toEqual({ match: true });
    expect(await checkChallenge(store.db, security, WORKER, caseId, id, 'Мурзик')).toEqual({ match: false });
    const audits = await store.db
      .selectFrom('audit_log')
      .select(['action', 'target_id', 'details'])
      .where('action', '=', 'challenge_check')
      .orderBy('seq')
      .execute();
    expect(audits.map((a) => a.details)).toEqual([
      { challenge: id, match: true },
      { challenge: id, match: false },
    ]);
    expect(audits.every((a) => a.target_id === caseId)).toBe(true);
    expect(JSON.stringify(audits).toLowerCase()).not.toMatch(/барсик|мурзик/);
  });

  it('refuses answers with no letters or digits, and questions on other cases', async () => {
    await expect(
      addChallenge(store.db, security, WORKER, caseId, { question: 'Что?', answer: ' «—» ' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    const other = (await createCase(store.db, security, WORKER, { personName: 'Другой Тест' })).id;
    const { id } = await addChallenge(store.db, security, WORKER, caseId, {
      question: 'Город?',
      answer: 'Тестоград',
    });
    await expect(checkChallenge(store.db, security, WORKER, other, id, 'Тестоград')).rejects.toMatchObject({
      code: 'item_not_found',
    });
    await expect(checkChallenge(store.db, security, WORKER, 'case_nope', id, 'x')).rejects.toMatchObject({
      code: 'case_not_found',
    });
  });

  it('locks a question after five wrong answers, even against the right one, until the lock passes', async () => {
    const { id } = await addChallenge(store.db, security, WORKER, caseId, {
      question: 'Река?',
      answer: 'Тестовка',
    });
    for (let i = 0; i < CHALLENGE_LIMITS.perChallenge; i++) {
      expect(await checkChallenge(store.db, security, 'user_guesser', caseId, id, `неверно ${i}`)).toEqual({
        match: false,
      });
    }
    const refused = await checkChallenge(store.db, security, WORKER, caseId, id, 'Тестовка').catch((e) => e);
    expect(refused).toBeInstanceOf(CaseError);
    expect(refused).toMatchObject({ code: 'throttled', retryAfterSeconds: CHALLENGE_LIMITS.lockSeconds });
    expect(String(refused.message)).not.toContain('Тестовка');
    clock = new Date(clock.getTime() + 30 * 60 * 1000);
    await expect(checkChallenge(store.db, security, WORKER, caseId, id, 'Тестовка')).rejects.toMatchObject({
      code: 'throttled',
      retryAfterSeconds: CHALLENGE_LIMITS.lockSeconds - 30 * 60,
    });
    clock = new Date(clock.getTime() + 31 * 60 * 1000);
    expect(await checkChallenge(store.db, security, WORKER, caseId, id, 'тестовка')).toEqual({ match: true });
    const throttled = await store.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'challenge_check')
      .execute();
    expect(throttled.filter((a) => (a.details as { throttled?: boolean }).throttled)).toHaveLength(2);
  });

  it('limits one account across questions', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        (
          await addChallenge(store.db, security, WORKER, caseId, {
            question: `Вопрос ${i}`,
            answer: `ответ ${i}`,
          })
        ).id,
      );
    }
    let refusedAt = -1;
    for (let n = 0; n < CHALLENGE_LIMITS.perAccount + 1 && refusedAt < 0; n++) {
      const outcome = await checkChallenge(
        store.db,
        security,
        'user_roamer',
        caseId,
        ids[n % 5]!,
        'мимо',
      ).catch((e: CaseError) => e.code);
      if (outcome === 'throttled') refusedAt = n;
    }
    expect(refusedAt).toBe(CHALLENGE_LIMITS.perAccount);
    // Another account is not held up by the roamer's misses.
    expect(await checkChallenge(store.db, security, WORKER, caseId, ids[0]!, 'Ответ 0')).toEqual({
      match: true,
    });
  });

  it('deletes a question, audited', async () => {
    const { id } = await addChallenge(store.db, security, WORKER, caseId, {
      question: 'Лишний?',
      answer: 'да да',
    });
    await deleteChallenge(store.db, security, WORKER, caseId, id);
    expect((await listChallenges(store.db, security, caseId)).map((c) => c.id)).not.toContain(id);
    await expect(deleteChallenge(store.db, security, WORKER, caseId, id)).rejects.toMatchObject({
      code: 'item_not_found',
    });
    const last = await store.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ action: 'delete', details: { part: 'challenge', challenge: id } });
  });
});
