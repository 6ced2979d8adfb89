/**
 * Security: accounts, sessions, login throttling and the audit log.
 * No key, password or session token is ever stored here in the clear:
 * passwords as argon2id hashes, session and CSRF tokens as SHA-256 hashes,
 * TOTP secrets encrypted with a key that lives outside the database.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table users (
      id text primary key,
      -- Stored in its normal form (lower case) so lookups and uniqueness ignore case.
      username text not null unique check (username = lower(username) and length(username) between 1 and 64),
      -- argon2id, PHC format (src/security/passwords.ts).
      password_hash text not null,
      role text not null check (role in ('admin', 'researcher', 'caseworker', 'viewer')),
      -- Encrypted field (enc1:...), bound to users/totp_secret/<id>; null when no second factor.
      totp_secret text,
      -- The last TOTP time step accepted: a code is never accepted twice.
      totp_last_step bigint,
      -- Set for a one-time password given by an admin: the user must choose their own.
      must_change_password boolean not null default false,
      disabled boolean not null default false,
      -- An admin's lock; automatic lockout after failed logins lives in login_locks.
      locked_until timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table sessions (
      -- SHA-256 of the session token: a copy of this table cannot be used to log in.
      id text primary key,
      user_id text not null references users (id) on delete cascade,
      csrf_token_hash text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      last_seen_at timestamptz not null default now()
    );
    create index sessions_user on sessions (user_id);
    create index sessions_expires on sessions (expires_at);

    -- Failed logins by throttle key: a blind index of the account name or the
    -- client address (src/security/throttle.ts), never the name or address itself.
    create table login_attempts (
      id bigserial primary key,
      key text not null,
      at timestamptz not null
    );
    create index login_attempts_key_at on login_attempts (key, at);

    create table login_locks (
      key text primary key,
      until timestamptz not null
    );

    -- Append-only, hash-chained audit log (src/security/audit).
    create table audit_log (
      -- Assigned by the appender as last + 1 (not a sequence, which can skip on rollback), so a gap means a deletion.
      seq bigint primary key,
      at timestamptz not null,
      actor text not null,
      action text not null,
      target_kind text,
      target_id text,
      details jsonb not null,
      prev_hash text not null,
      -- SHA-256 over the canonical entry including prev_hash.
      hash text not null unique,
      -- HMAC of the hash under a key outside the database: a rewritten chain cannot be re-sealed.
      seal text not null
    );
    create index audit_log_target on audit_log (target_kind, target_id);
    create index audit_log_actor_at on audit_log (actor, at);

    -- The application never changes or removes audit entries; stop mistakes
    -- and injected SQL from doing it. (The owner of the database can still
    -- disable the trigger: the hash chain, seal and anchor detect that.)
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end
    $$;
    create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only();
  `.execute(db);
}
