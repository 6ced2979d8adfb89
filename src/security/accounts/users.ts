/**
 * Accounts: creating them, passwords, roles, disabling. Every change is
 * audited in the same transaction, with the account's id (never the name or
 * a password) as the target.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, UserTable } from '../../store/db-types.ts';
import { checkNewPassword, generateOneTimePassword, hashPassword, verifyPassword } from '../passwords.ts';
import { isRole, type Role } from '../policy.ts';
import type { Security } from '../services.ts';
import { AccountError } from './errors.ts';
import { deleteUserSessions } from './sessions.ts';

type Db = Kysely<DB> | Transaction<DB>;
export type UserRow = Selectable<UserTable>;

export interface UserSummary {
  id: string;
  username: string;
  role: Role;
  disabled: boolean;
  totp: boolean;
  mustChangePassword: boolean;
}

/** Lower case, NFKC; letters, digits, dot, dash, underscore; 1–64 characters. */
export function normaliseUsername(raw: string): string {
  const name = raw.normalize('NFKC').trim().toLowerCase();
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u.test(name)) {
    throw new AccountError(
      'invalid_username',
      'a username is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit',
    );
  }
  return name;
}

export function summarise(row: UserRow): UserSummary {
  return {
    id: row.id,
    username: row.username,
    role: row.role as Role,
    disabled: row.disabled,
    totp: row.totp_secret !== null,
    mustChangePassword: row.must_change_password,
  };
}

export async function findUser(db: Db, username: string): Promise<UserRow | undefined> {
  let name: string;
  try {
    name = normaliseUsername(username);
  } catch {
    return undefined;
  }
  return db.selectFrom('users').selectAll().where('username', '=', name).executeTakeFirst();
}

export async function getUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listUsers(db: Db): Promise<UserSummary[]> {
  return (await db.selectFrom('users').selectAll().orderBy('username').execute()).map(summarise);
}

export interface NewUser {
  username: string;
  role: string;
  /** Omit for a generated one-time password (returned, to be changed at first login). */
  password?: string;
  /** Who does it: a user id, or 'system' / 'cli:<os user>'. */
  actor: string;
}

/** Creates an account; returns it and the one-time password when one was generated. */
export async function createUser(
  db: Kysely<DB>,
  security: Security,
  input: NewUser,
): Promise<{ user: UserSummary; oneTimePassword: string | null }> {
  const username = normaliseUsername(input.username);
  const role = checkRole(input.role);
  const oneTimePassword = input.password === undefined ? generateOneTimePassword() : null;
  const password = input.password ?? (oneTimePassword as string);
  checkStrength(password);
  const hash = await hashPassword(password, security.argon2);
  const id = `usr_${randomBytes(12).toString('base64url')}`;
  const row = await db.transaction().execute(async (trx) => {
    if (await findUser(trx, username)) throw new AccountError('username_taken', 'that username is taken');
    const inserted = await trx
      .insertInto('users')
      .values({ id, username, password_hash: hash, role, must_change_password: oneTimePassword !== null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await security.audit.record(trx, {
      actor: input.actor,
      action: 'create',
      targetKind: 'users',
      targetId: id,
      details: { role },
    });
    return inserted;
  });
  return { user: summarise(row), oneTimePassword };
}

/**
 * Creates the first admin account on a store without accounts; returns its
 * one-time password (to be printed once), or null when accounts exist.
 */
export async function ensureFirstAdmin(
  db: Kysely<DB>,
  security: Security,
): Promise<{ username: string; password: string } | null> {
  const any = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const created = await createUser(db, security, { username: 'admin', role: 'admin', actor: 'system' });
  return { username: created.user.username, password: created.oneTimePassword as string };
}

/**
 * Sets a password. With `password` omitted a one-time password is generated
 * and returned (an admin's reset: the user must change it). A chosen
 * password must differ from the current one (`same_password`): keeping a
 * printed one-time password would leave it valid. Ends the user's other
 * sessions either way.
 */
export async function setPassword(
  db: Kysely<DB>,
  security: Security,
  input: { userId: string; password?: string; actor: string; keepSessionId?: string },
): Promise<string | null> {
  const oneTime = input.password === undefined ? generateOneTimePassword() : null;
  const password = input.password ?? (oneTime as string);
  checkStrength(password);
  if (input.password !== undefined) await refuseCurrent(db, input.userId, input.password);
  const hash = await hashPassword(password, security.argon2);
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: oneTime !== null, updated_at: security.now() })
      .where('id', '=', input.userId)
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) throw new AccountError('not_found', 'no such account');
    await deleteUserSessions(trx, input.userId, input.keepSessionId);
    await security.audit.record(trx, {
      actor: input.actor,
      action: 'password_changed',
      targetKind: 'users',
      targetId: input.userId,
      details: { reset: oneTime !== null },
    });
  });
  return oneTime;
}

/** Changes a role; refuses to take the last enabled admin's role away. */
export async function setRole(
  db: Kysely<DB>,
  security: Security,
  userId: string,
  role: string,
  actor: string,
) {
  const checked = checkRole(role);
  await db.transaction().execute(async (trx) => {
    const user = await getUserById(trx, userId);
    if (!user) throw new AccountError('not_found', 'no such account');
    if (user.role === 'admin' && checked !== 'admin') await refuseLastAdmin(trx, userId);
    await trx
      .updateTable('users')
      .set({ role: checked, updated_at: security.now() })
      .where('id', '=', userId)
      .execute();
    await deleteUserSessions(trx, userId);
    await security.audit.record(trx, {
      actor,
      action: 'update',
      targetKind: 'users',
      targetId: userId,
      details: { role: checked },
    });
  });
}

/** Disables (or enables) an account; disabling ends its sessions at once. */
export async function setDisabled(
  db: Kysely<DB>,
  security: Security,
  userId: string,
  disabled: boolean,
  actor: string,
) {
  await db.transaction().execute(async (trx) => {
    const user = await getUserById(trx, userId);
    if (!user) throw new AccountError('not_found', 'no such account');
    if (disabled && user.role === 'admin') await refuseLastAdmin(trx, userId);
    await trx
      .updateTable('users')
      .set({ disabled, updated_at: security.now() })
      .where('id', '=', userId)
      .execute();
    if (disabled) await deleteUserSessions(trx, userId);
    await security.audit.record(trx, {
      actor,
      action: 'update',
      targetKind: 'users',
      targetId: userId,
      details: { disabled },
    });
  });
}

function checkRole(role: string): Role {
  if (!isRole(role))
    throw new AccountError('invalid_role', 'the role must be admin, researcher, caseworker or viewer');
  return role;
}

function checkStrength(password: string): void {
  const why = checkNewPassword(password);
  if (why === 'too_short') throw new AccountError('weak_password', 'a password needs at least 12 characters');
  if (why === 'too_long')
    throw new AccountError('weak_password', 'a password may have at most 1024 characters');
  if (why === 'common') {
    throw new AccountError(
      'weak_password',
      'that password is on a list of common leaked passwords; choose another (a few unrelated words work well)',
    );
  }
}

async function refuseCurrent(db: Db, userId: string, password: string): Promise<void> {
  const user = await getUserById(db, userId);
  if (user && (await verifyPassword(password, user.password_hash))) {
    throw new AccountError('same_password', 'the new password must differ from the current one');
  }
}

async function refuseLastAdmin(trx: Db, userId: string): Promise<void> {
  const others = await trx
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled', '=', false)
    .where('id', '!=', userId)
    .limit(1)
    .executeTakeFirst();
  if (!others)
    throw new AccountError('last_admin', 'this is the last enabled admin account; make another admin first');
}
