/**
 * Sessions in the database. The browser holds a random token; the table holds
 * its SHA-256 (sessions.id) and the hash of the CSRF token derived from it.
 * A session ends after 12 hours, or after 2 hours without use.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import type { Role } from '../policy.ts';
import { csrfTokenFor, hashToken, newSessionTokens } from '../session-tokens.ts';

type Db = Kysely<DB> | Transaction<DB>;

export const SESSION_LIFETIME_SECONDS = 12 * 3600;
export const SESSION_IDLE_SECONDS = 2 * 3600;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_SECONDS = 60;

export interface SessionUser {
  sessionId: string;
  userId: string;
  username: string;
  role: Role;
  mustChangePassword: boolean;
  csrfHash: string;
}

/** Starts a session; returns the token for the cookie and the CSRF token for the page. */
export async function createSession(
  db: Db,
  userId: string,
  now: Date,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const { token, tokenHash } = newSessionTokens();
  const csrfToken = csrfTokenFor(token);
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_SECONDS * 1000);
  await db
    .insertInto('sessions')
    .values({
      id: tokenHash,
      user_id: userId,
      csrf_token_hash: hashToken(csrfToken),
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** The live session of `token` and its enabled user, or null. */
export async function resolveSession(db: Kysely<DB>, token: string, now: Date): Promise<SessionUser | null> {
  if (token.length > 100) return null;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token_hash as csrfHash',
      'sessions.expires_at as expiresAt',
      'sessions.last_seen_at as lastSeen',
      'users.id as userId',
      'users.username as username',
      'users.role as role',
      'users.must_change_password as mustChangePassword',
      'users.disabled as disabled',
    ])
    .where('sessions.id', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.disabled) return null;
  const idleSince = now.getTime() - new Date(row.lastSeen).getTime();
  if (new Date(row.expiresAt).getTime() <= now.getTime() || idleSince > SESSION_IDLE_SECONDS * 1000) {
    await db.deleteFrom('sessions').where('id', '=', row.sessionId).execute();
    return null;
  }
  if (idleSince > TOUCH_SECONDS * 1000) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', row.sessionId).execute();
  }
  return {
    sessionId: row.sessionId,
    userId: row.userId,
    username: row.username,
    role: row.role as Role,
    mustChangePassword: row.mustChangePassword,
    csrfHash: row.csrfHash,
  };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user, except `keep` (the one changing its own password). */
export async function deleteUserSessions(db: Db, userId: string, keep?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep) query = query.where('id', '!=', keep);
  await query.execute();
}

/** Deletes expired sessions: run now and then so the table stays small. */
export async function pruneSessions(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}
