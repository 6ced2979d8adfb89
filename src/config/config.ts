/**
 * Configuration, read once from the environment into a typed, frozen object.
 * Settings depend on each other: DATABASE_URL set means a PostgreSQL server,
 * otherwise the embedded PGlite database in a folder.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  OBJECTOR_DATA: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  OBJECTOR_MAX_FILE_MB: z.coerce.number().positive().max(1024).optional(),
  /** Sensitive: base64 of a 32-byte master key or of a whole key file. Never log it. */
  OBJECTOR_KEY: z.string().min(1).optional(),
  OBJECTOR_KEY_FILE: z.string().min(1).optional(),
  OBJECTOR_AUDIT_ANCHOR: z.string().min(1).optional(),
  /** `auto` (default): Secure cookies when the request came over TLS; `true` always; `false` never. */
  OBJECTOR_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).optional(),
  /** `true` behind a reverse proxy on the same machine: the client address is taken from X-Forwarded-For. */
  OBJECTOR_TRUST_PROXY: z.enum(['true', 'false']).optional(),
});

export type StoreConfig =
  | { kind: 'pglite'; dataDir: string }
  | {
      kind: 'postgres';
      /** Sensitive: holds a password. Never log it; use `describeStore` for messages. */
      url: string;
    };

/** Where the keys come from: an environment variable, or a key file outside the database. */
export type KeySource =
  | {
      kind: 'env';
      /** Sensitive: key material. Never log it. */
      value: string;
    }
  | { kind: 'file'; path: string };

export interface SecurityConfig {
  readonly key: KeySource;
  /** The audit anchor (last seq and hash of the log), kept outside the database. */
  readonly auditAnchorPath: string;
  readonly cookieSecure: 'auto' | 'always' | 'never';
  readonly trustProxy: boolean;
}

export interface Config {
  readonly store: StoreConfig;
  readonly port: number;
  readonly maxFileBytes: number;
  readonly security: SecurityConfig;
}

export class ConfigError extends Error {
  readonly code = 'invalid_config';
}

export interface ConfigOverrides {
  dataDir?: string | undefined;
  port?: number | undefined;
}

/** Reads and checks the configuration. Throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`environment variable ${String(issue?.path[0])} ${issue?.message ?? 'is invalid'}`);
  }
  const e = parsed.data;
  const store: StoreConfig = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : { kind: 'pglite', dataDir: resolve(overrides.dataDir ?? e.OBJECTOR_DATA ?? 'objector-data') };
  const dataDir = resolve(overrides.dataDir ?? e.OBJECTOR_DATA ?? 'objector-data');
  return Object.freeze({
    store: Object.freeze(store),
    port: overrides.port ?? e.PORT ?? 8080,
    maxFileBytes: Math.round((e.OBJECTOR_MAX_FILE_MB ?? 20) * 1024 * 1024),
    security: Object.freeze(securityConfig(e, dataDir)),
  });
}

/**
 * Keys and the audit anchor default to files BESIDE the data folder, named
 * after it (`objector-data.keys.json`, `objector-data.audit-anchor.json`), not
 * inside it: copying or seizing the data folder alone (or a backup of it) must
 * not carry the key. Named after the folder, so two stores in one parent
 * folder never share an anchor. With DATABASE_URL the same names are used
 * beside OBJECTOR_DATA (default ./objector-data).
 */
function securityConfig(e: z.infer<typeof Env>, dataDir: string): SecurityConfig {
  const beside = (suffix: string) => join(dirname(dataDir), `${basename(dataDir)}.${suffix}`);
  const key: KeySource = e.OBJECTOR_KEY
    ? { kind: 'env', value: e.OBJECTOR_KEY }
    : { kind: 'file', path: resolve(e.OBJECTOR_KEY_FILE ?? beside('keys.json')) };
  const secure = e.OBJECTOR_COOKIE_SECURE ?? 'auto';
  return {
    key,
    auditAnchorPath: resolve(e.OBJECTOR_AUDIT_ANCHOR ?? beside('audit-anchor.json')),
    cookieSecure: secure === 'true' ? 'always' : secure === 'false' ? 'never' : 'auto',
    trustProxy: e.OBJECTOR_TRUST_PROXY === 'true',
  };
}

/** A description of the store that is safe to print (no password). */
export function describeStore(store: StoreConfig): string {
  if (store.kind === 'pglite') return `embedded database in ${store.dataDir}`;
  const u = new URL(store.url);
  return `PostgreSQL at ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
}
