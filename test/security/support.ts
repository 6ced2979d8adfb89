/**
 * Shared helpers of the security tests: an app with one signed-in account per
 * role, on a fresh keyring, and small request helpers that carry the session
 * cookie and the CSRF token like a browser page would.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { createUser } from '../../src/security/accounts/users.ts';
import { generateKeyring } from '../../src/security/crypto/keyring.ts';
import type { Argon2Params } from '../../src/security/passwords.ts';
import { ROLES, type Role } from '../../src/security/policy.ts';
import { createSecurity, type Security } from '../../src/security/services.ts';
import { createApp } from '../../src/server/app.ts';
import type { DB } from '../../src/store/db-types.ts';

export const PASSWORD = 'correct horse battery staple';
/** Cheap argon2id for tests about other things; the production cost is tested in passwords.test.ts. */
export const TEST_ARGON2 = { memoryKiB: 1024, iterations: 1, parallelism: 1 };

export interface Session {
  cookie: string;
  csrf: string;
}

export interface TestApp {
  app: OpenAPIHono;
  security: Security;
  sessions: Record<Role, Session>;
}

export async function createSecuredApp(
  db: Kysely<DB>,
  options: {
    anchorPath?: string | null;
    address?: string;
    now?: () => Date;
    /** Password hashing cost; TEST_ARGON2 unless a test needs checks that take a while. */
    argon2?: Argon2Params;
  } = {},
): Promise<TestApp> {
  const security = createSecurity(db, {
    keyring: generateKeyring(),
    anchorPath: options.anchorPath ?? null,
    argon2: options.argon2 ?? TEST_ARGON2,
    ...(options.now ? { now: options.now } : {}),
  });
  const app = createApp({
    db,
    version: 'test',
    maxFileBytes: 1024 * 1024,
    security,
    connection: { trustProxy: false, socketAddress: () => options.address ?? '192.0.2.10' },
  });
  const sessions = {} as Record<Role, Session>;
  for (const role of ROLES) {
    await createUser(db, security, { username: `test-${role}`, role, password: PASSWORD, actor: 'system' });
    sessions[role] = await signIn(app, `test-${role}`, PASSWORD);
  }
  return { app, security, sessions };
}

export async function signIn(
  app: OpenAPIHono,
  username: string,
  password: string,
  totp?: string,
): Promise<Session> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password, ...(totp ? { totp } : {}) }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed with ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

/** Request headers of a signed-in page (cookie + CSRF), or none for the public. */
export function as(session: Session | null, extra: Record<string, string> = {}): Record<string, string> {
  return session ? { cookie: session.cookie, 'x-csrf-token': session.csrf, ...extra } : extra;
}
