/**
 * Configuration, read once from the environment into a typed, frozen object.
 * Settings depend on each other: DATABASE_URL set means a PostgreSQL server,
 * otherwise the embedded PGlite database in a folder.
 */
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The environment variables objector reads, checked. Checked by hand rather
 * than with a zod schema: every command reads the configuration at start-up,
 * and loading zod (about a hundred modules through the TypeScript loader)
 * cost a read-only command more than all its other start-up work.
 */
interface Env {
  DATABASE_URL?: string;
  OBJECTOR_DATA?: string;
  PORT?: number;
  OBJECTOR_MAX_FILE_MB?: number;
  /** Sensitive: base64 of a 32-byte master key or of a whole key file. Never log it. */
  OBJECTOR_KEY?: string;
  OBJECTOR_KEY_FILE?: string;
  OBJECTOR_AUDIT_ANCHOR?: string;
  /** `auto` (default): Secure cookies when the request came over TLS; `true` always; `false` never. */
  OBJECTOR_COOKIE_SECURE?: 'auto' | 'true' | 'false';
  /** `true` behind a reverse proxy on the same machine: the client address is taken from X-Forwarded-For. */
  OBJECTOR_TRUST_PROXY?: 'true' | 'false';
  /** The installation's own PFIF domain: record ids under it name cases opened here (lower case). */
  OBJECTOR_PFIF_DOMAIN?: string;
  /** `true`: the public numbers also count unreviewed machine suggestions (each such number says so). */
  OBJECTOR_PUBLISH_UNREVIEWED?: 'true' | 'false';
}

/** A message for a variable's bad value; never quotes the value (it may be a key or hold a password). */
class BadVariable extends Error {}

function text(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.length === 0) throw new BadVariable('must not be empty');
  return value;
}

function number(
  value: string | undefined,
  check: (n: number) => boolean,
  expected: string,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (Number.isNaN(n) || !check(n)) throw new BadVariable(`must be ${expected}`);
  return n;
}

function oneOf<T extends string>(value: string | undefined, options: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(options as readonly string[]).includes(value))
    throw new BadVariable(`must be one of ${options.join(', ')}`);
  return value as T;
}

const READERS: { [K in keyof Env]-?: (value: string | undefined) => Env[K] } = {
  DATABASE_URL: (v) => {
    if (v !== undefined && !/^postgres(ql)?:\/\//.test(v))
      throw new BadVariable('must start with postgres:// or postgresql://');
    return v;
  },
  OBJECTOR_DATA: text,
  PORT: (v) =>
    number(v, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'a whole number from 0 to 65535'),
  OBJECTOR_MAX_FILE_MB: (v) => number(v, (n) => n > 0 && n <= 1024, 'a number above 0, at most 1024'),
  OBJECTOR_KEY: text,
  OBJECTOR_KEY_FILE: text,
  OBJECTOR_AUDIT_ANCHOR: text,
  OBJECTOR_COOKIE_SECURE: (v) => oneOf(v, ['auto', 'true', 'false'] as const),
  OBJECTOR_TRUST_PROXY: (v) => oneOf(v, ['true', 'false'] as const),
  OBJECTOR_PUBLISH_UNREVIEWED: (v) => oneOf(v, ['true', 'false'] as const),
  OBJECTOR_PFIF_DOMAIN: (v) => {
    if (v === undefined) return undefined;
    if (!DOMAIN_RE.test(v)) throw new BadVariable('must be a domain name such as helpline.example.org');
    return v.toLowerCase();
  },
};

/** A DNS name of two or more labels: what PFIF record ids start with ("domain/local id"). */
const DOMAIN_RE =
  /^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/** The PFIF domain when none is set (the same as src/cases/pfif/export.ts DEFAULT_DOMAIN). */
const DEFAULT_PFIF_DOMAIN = 'objector.invalid';

/** Reads the variables objector knows; throws ConfigError naming the first bad one. */
function readEnv(env: NodeJS.ProcessEnv): Env {
  const out: Record<string, unknown> = {};
  for (const [name, read] of Object.entries(READERS) as [string, (v: string | undefined) => unknown][]) {
    try {
      out[name] = read(env[name]);
    } catch (error) {
      if (!(error instanceof BadVariable)) throw error;
      throw new ConfigError(`environment variable ${name} ${error.message}`);
    }
  }
  return out as Env;
}

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
  /** The installation's own PFIF domain (OBJECTOR_PFIF_DOMAIN, default objector.invalid). */
  readonly pfifDomain: string;
  /** Public numbers count unreviewed claims too (OBJECTOR_PUBLISH_UNREVIEWED=true); default: reviewed claims only. */
  readonly publishUnreviewed: boolean;
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
  const e = readEnv(env);
  const store: StoreConfig = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : { kind: 'pglite', dataDir: resolve(overrides.dataDir ?? e.OBJECTOR_DATA ?? 'objector-data') };
  const dataDir = resolve(overrides.dataDir ?? e.OBJECTOR_DATA ?? 'objector-data');
  return Object.freeze({
    store: Object.freeze(store),
    port: overrides.port ?? e.PORT ?? 8080,
    maxFileBytes: Math.round((e.OBJECTOR_MAX_FILE_MB ?? 20) * 1024 * 1024),
    security: Object.freeze(securityConfig(e, dataDir)),
    pfifDomain: e.OBJECTOR_PFIF_DOMAIN ?? DEFAULT_PFIF_DOMAIN,
    publishUnreviewed: e.OBJECTOR_PUBLISH_UNREVIEWED === 'true',
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
function securityConfig(e: Env, dataDir: string): SecurityConfig {
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
