/**
 * Identity checks: questions whose answers only the family knows ("what did
 * he call the dog?"), so a caseworker can test whether a chat partner who
 * writes in a missing man's name is really him.
 *
 * The question is an encrypted field like every case field. The answer is
 * never stored: only the argon2id hash (src/security/passwords.ts) of its
 * normal form (normalise.ts), the same slow salted hash as a password. A
 * check compares an answer with that hash and says match or no match, never
 * more; it is limited (CHALLENGE_LIMITS) and audited as 'challenge_check'
 * with the question's id and the outcome only. Answers appear in no return
 * value, error, audit entry or log.
 */
import type { Kysely, Transaction } from 'kysely';
import { blindIndex } from '../../security/crypto/blind-index.ts';
import { hashPassword, verifyPassword } from '../../security/passwords.ts';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { auditCase, requireCase } from '../case-rows.ts';
import { CaseError } from '../errors.ts';
import { newId, rowSeal } from '../sealed.ts';
import { isoTime } from '../time.ts';
import { type AttemptLimit, takeAttempt } from './attempts.ts';
import { MIN_ANSWER_LENGTH, normaliseAnswer } from './normalise.ts';
import { type Challenge, ChallengeInput } from './schema.ts';

/**
 * Attempts allowed per hour: 5 on one question (from anyone), 20 by one
 * account (on any questions); going over locks for an hour. A right answer
 * forgives the question's earlier misses (whoever gave it knows the answer),
 * never the account's.
 */
export const CHALLENGE_LIMITS = Object.freeze({
  perChallenge: 5,
  perAccount: 20,
  windowSeconds: 60 * 60,
  lockSeconds: 60 * 60,
});

/** Adds a question to a case; the answer is kept only as the argon2id hash of its normal form. */
export async function addChallenge(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  caseId: string,
  raw: ChallengeInput,
): Promise<Challenge> {
  const input = ChallengeInput.parse(raw);
  const normal = normaliseAnswer(input.answer);
  if ([...normal].length < MIN_ANSWER_LENGTH) {
    throw new CaseError(
      'invalid_input',
      `answer: give at least ${MIN_ANSWER_LENGTH} letters or digits (punctuation and case are ignored)`,
    );
  }
  await requireCase(db, caseId);
  // Hashing takes a while and memory: done before the transaction, not inside it.
  const answerHash = await hashPassword(normal, security.argon2);
  const id = newId('challenge');
  const now = security.now();
  return db.transaction().execute(async (trx) => {
    await requireCase(trx, caseId);
    await trx
      .insertInto('case_challenges')
      .values({
        id,
        case_id: caseId,
        question: rowSeal(security, 'case_challenges', id).seal('question', input.question) as string,
        answer_hash: answerHash,
        created_by: actor,
        created_at: now,
      })
      .execute();
    await auditCase(trx, security, actor, 'update', caseId, { part: 'challenge', challenge: id });
    return { id, question: input.question, createdAt: now.toISOString(), createdBy: actor };
  });
}

/**
 * The case's questions, oldest first, without answers. Not audited by itself:
 * it is read as part of the case file, whose view is audited (readCase).
 */
export async function listChallenges(
  db: Kysely<DB> | Transaction<DB>,
  security: Security,
  caseId: string,
): Promise<Challenge[]> {
  const rows = await db
    .selectFrom('case_challenges')
    .select(['id', 'question', 'created_at', 'created_by'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    question: rowSeal(security, 'case_challenges', r.id).open('question', r.question) as string,
    createdAt: isoTime(r.created_at),
    createdBy: r.created_by,
  }));
}

/**
 * Whether `answer` is the answer to the question. Throws item_not_found (no
 * such question on this case) or throttled (with the seconds to wait); a
 * throttled attempt is audited too, so a run of guesses shows in the log.
 */
export async function checkChallenge(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  caseId: string,
  challengeId: string,
  answer: string,
): Promise<{ match: boolean }> {
  const row = await db
    .selectFrom('case_challenges')
    .select(['id', 'answer_hash'])
    .where('id', '=', challengeId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!row) {
    await requireCase(db, caseId);
    throw new CaseError('item_not_found', 'no such question on this case');
  }
  const limits = challengeLimits(security, challengeId, actor);
  const decision = await takeAttempt(security.throttle, [limits.account, limits.question], security.now());
  if (!decision.allowed) {
    await auditCase(db, security, actor, 'challenge_check', caseId, {
      challenge: challengeId,
      throttled: true,
    });
    throw new CaseError(
      'throttled',
      'too many attempts at this question; wait before trying again',
      decision.retryAfterSeconds,
    );
  }
  const match = await verifyPassword(normaliseAnswer(answer), row.answer_hash);
  if (match) await security.throttle.clear(limits.question.key);
  await auditCase(db, security, actor, 'challenge_check', caseId, { challenge: challengeId, match });
  return { match };
}

/** Removes a question; throws item_not_found. */
export async function deleteChallenge(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  caseId: string,
  challengeId: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requireCase(trx, caseId);
    const done = await trx
      .deleteFrom('case_challenges')
      .where('id', '=', challengeId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (done.numDeletedRows === 0n) throw new CaseError('item_not_found', 'no such question on this case');
    await auditCase(trx, security, actor, 'delete', caseId, { part: 'challenge', challenge: challengeId });
  });
}

/** The limits of one check: the account's is taken first, so a refused account does not use up the question's attempts. */
function challengeLimits(
  security: Security,
  challengeId: string,
  actor: string,
): { account: AttemptLimit; question: AttemptLimit } {
  const key = (value: string, purpose: string) =>
    blindIndex(security.keyring, value, purpose, { normalise: (v) => v });
  const { windowSeconds, lockSeconds } = CHALLENGE_LIMITS;
  return {
    account: {
      key: key(actor, 'throttle.challenge-account'),
      limit: CHALLENGE_LIMITS.perAccount,
      windowSeconds,
      lockSeconds,
    },
    question: {
      key: key(challengeId, 'throttle.challenge'),
      limit: CHALLENGE_LIMITS.perChallenge,
      windowSeconds,
      lockSeconds,
    },
  };
}
